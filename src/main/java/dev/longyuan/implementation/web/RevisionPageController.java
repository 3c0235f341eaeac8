package dev.longyuan.implementation.web;

import dev.longyuan.implementation.Revisions;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.RevisionDraft;
import dev.longyuan.plan.RevisionRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
 * The revisions of a plan, public as the plan is: each with its document and the targets it
 * changed, the original beside; province administrators record a new one (up to {@value
 * #TARGET_ROWS} targets and one added task a form; the API takes any number).
 */
@Controller
class RevisionPageController {

  static final int TARGET_ROWS = 3;

  private final Revisions revisions;
  private final PlanRevisions planRevisions;
  private final PlanCatalog plans;

  RevisionPageController(Revisions revisions, PlanRevisions planRevisions, PlanCatalog plans) {
    this.revisions = revisions;
    this.planRevisions = planRevisions;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/revisions")
  String revisions(@PathVariable String planId, Model model) {
    Plan plan =
        plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("plan", plan);
    model.addAttribute("revisions", revisions.revisions(planId));
    model.addAttribute("targetRows", TARGET_ROWS);
    model.addAttribute(
        "quantified", plan.targets().stream().filter(t -> t.value() != null).toList());
    return "implementation/revisions";
  }

  @PostMapping("/plans/{planId}/revisions")
  String record(
      @PathVariable String planId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String documentNumber,
      @RequestParam(defaultValue = "") String decidedOn,
      @RequestParam(defaultValue = "") String effectiveFrom,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(name = "targetCode", required = false) @Nullable List<String> targetCodes,
      @RequestParam(name = "targetValue", required = false) @Nullable List<String> targetValues,
      @RequestParam(name = "targetValueMax", required = false) @Nullable List<String> targetMaxes,
      @RequestParam(name = "targetText", required = false) @Nullable List<String> targetTexts,
      @RequestParam(defaultValue = "") String taskCode,
      @RequestParam(defaultValue = "") String taskSection,
      @RequestParam(defaultValue = "") String taskTitle,
      @RequestParam(defaultValue = "") String taskText,
      @RequestParam(defaultValue = "") String taskLead,
      @RequestParam(name = "document", required = false) @Nullable MultipartFile document,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    boolean english = locale.getLanguage().equals("en");
    List<String> typos = new ArrayList<>();
    List<RevisionDraft.TargetDraft> targets = new ArrayList<>();
    int rows = targetCodes == null ? 0 : targetCodes.size();
    for (int i = 0; i < rows; i++) {
      String code = targetCodes.get(i);
      if (code.isBlank()) {
        continue;
      }
      targets.add(
          new RevisionDraft.TargetDraft(
              code,
              number(at(targetValues, i), "targets[" + i + "].value", english, typos),
              number(at(targetMaxes, i), "targets[" + i + "].valueMax", english, typos),
              at(targetTexts, i)));
    }
    List<RevisionDraft.TaskDraft> tasks =
        taskCode.isBlank()
            ? List.of()
            : List.of(
                new RevisionDraft.TaskDraft(
                    taskCode, taskSection, taskTitle, null, taskText, taskLead, null, null));
    RevisionDraft draft =
        new RevisionDraft(
            title, documentNumber, date(decidedOn), date(effectiveFrom), reason, targets, tasks);
    RevisionDraft.DocumentUpload upload = Uploads.document(document);
    if (!typos.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", typos);
      return revisions(planId, model);
    }
    try {
      revisions.record(planId, draft, upload, principal.getName(), "web");
    } catch (RevisionRefused refused) {
      if (refused.code().equals("plan.unknown")) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "errors",
          refused.problems().stream()
              .map(p -> p.field() + (english ? ": " + p.messageEn() : "：" + p.messageZh()))
              .toList());
      return revisions(planId, model);
    }
    return "redirect:/plans/" + planId + "/revisions?recorded";
  }

  @GetMapping("/plans/{planId}/revisions/{number}/document")
  ResponseEntity<byte[]> document(@PathVariable String planId, @PathVariable int number) {
    return planRevisions
        .document(planId, number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
        .download();
  }

  private static @Nullable String at(@Nullable List<String> values, int i) {
    return values == null || i >= values.size() ? null : values.get(i);
  }

  /** A number as typed; what is not one is named among the typos. */
  private static @Nullable BigDecimal number(
      @Nullable String text, String field, boolean english, List<String> typos) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      typos.add(
          field
              + (english
                  ? ": \"" + text.strip() + "\" is not a number"
                  : "：“" + text.strip() + "”不是数字"));
      return null;
    }
  }

  private static @Nullable LocalDate date(String text) {
    try {
      return text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
