package dev.longyuan.implementation.web;

import dev.longyuan.implementation.ImplementationRefused;
import dev.longyuan.implementation.WorkItem;
import dev.longyuan.implementation.WorkItems;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervision ledger (督办台账) of a year: every work item with its task, unit, due date, state and
 * latest report, filtered and exported to XLSX; the province adds items, and the responsible unit
 * reports each quarter.
 */
@Controller
class SupervisionPageController {

  private final WorkItems workItems;
  private final PlanCatalog plans;

  SupervisionPageController(WorkItems workItems, PlanCatalog plans) {
    this.workItems = workItems;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/supervision/{year}")
  String ledger(
      @PathVariable String planId,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String state,
      Model model) {
    Plan plan = plan(planId);
    WorkItems.Filter filter = new WorkItems.Filter(blank(unit), blank(state), null);
    try {
      model.addAttribute("items", workItems.items(planId, year, filter));
    } catch (ImplementationRefused outside) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("plan", plan);
    model.addAttribute("year", year);
    model.addAttribute("filter", filter);
    model.addAttribute("states", WorkItem.STATES);
    model.addAttribute("units", TaskPageController.units(plan));
    model.addAttribute(
        "years", IntStream.rangeClosed(plan.baseYear() + 1, plan.targetYear()).boxed().toList());
    return "implementation/supervision";
  }

  @GetMapping("/plans/{planId}/supervision/{year}/ledger.xlsx")
  ResponseEntity<byte[]> workbook(
      @PathVariable String planId,
      @PathVariable int year,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String state,
      Locale locale)
      throws IOException {
    Plan plan = plan(planId);
    List<WorkItem> items;
    try {
      items = workItems.items(planId, year, new WorkItems.Filter(blank(unit), blank(state), null));
    } catch (ImplementationRefused outside) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    byte[] bytes = LedgerWorkbook.write(plan, year, items, locale.getLanguage().equals("en"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"supervision-" + planId + "-" + year + ".xlsx\"")
        .header(
            HttpHeaders.CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(bytes);
  }

  @PostMapping("/plans/{planId}/supervision/{year}/items")
  String add(
      @PathVariable String planId,
      @PathVariable int year,
      @RequestParam(defaultValue = "") String task,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String deliverable,
      @RequestParam(defaultValue = "") String due,
      @RequestParam(defaultValue = "") String unit,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      workItems.add(
          planId,
          year,
          task.strip(),
          title,
          deliverable,
          date(due),
          unit.strip(),
          principal.getName(),
          "web");
    } catch (ImplementationRefused refused) {
      return refused(planId, year, refused, locale, model, response);
    }
    return "redirect:/plans/" + planId + "/supervision/" + year + "?added";
  }

  @PostMapping("/plans/{planId}/supervision/{year}/items/{id}/reports")
  String report(
      @PathVariable String planId,
      @PathVariable int year,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String state,
      @RequestParam(defaultValue = "") String narrative,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
      DataScope scope,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    try {
      workItems.report(
          planId,
          id,
          period.strip(),
          state,
          narrative,
          reason,
          Uploads.evidence(evidence),
          scope,
          principal.getName(),
          "web");
    } catch (ImplementationRefused refused) {
      return refused(planId, year, refused, locale, model, response);
    }
    return "redirect:/plans/" + planId + "/supervision/" + year + "#item-" + id;
  }

  @GetMapping("/plans/{planId}/supervision/{year}/items/{id}/evidence/{evidenceId}")
  ResponseEntity<byte[]> evidence(
      @PathVariable String planId,
      @PathVariable int year,
      @PathVariable long id,
      @PathVariable long evidenceId) {
    try {
      return workItems.evidence(planId, id, evidenceId).download();
    } catch (ImplementationRefused refused) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private String refused(
      String planId,
      int year,
      ImplementationRefused refused,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    if (refused.code().equals("plan.unknown") || refused.code().equals("item.unknown")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    response.setStatus(
        refused.code().equals("scope.outside")
            ? HttpStatus.FORBIDDEN.value()
            : HttpStatus.BAD_REQUEST.value());
    model.addAttribute(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return ledger(planId, year, null, null, model);
  }

  private Plan plan(String planId) {
    return plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static @Nullable LocalDate date(String value) {
    try {
      return value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADate) {
      throw new ImplementationRefused(
          "due.invalid",
          "“" + value + "”不是日期（YYYY-MM-DD）",
          "\"" + value + "\" is not a date (YYYY-MM-DD)");
    }
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
