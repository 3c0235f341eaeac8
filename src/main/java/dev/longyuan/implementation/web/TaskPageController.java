package dev.longyuan.implementation.web;

import dev.longyuan.implementation.AssignedTask;
import dev.longyuan.implementation.ImplementationRefused;
import dev.longyuan.implementation.Tasks;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.ResponsibleUnit;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The plan's tasks by chapter, with who leads and who co-operates, filtered by unit, chapter or
 * target; a task's page with its assignments, where province administrators assign its units.
 */
@Controller
class TaskPageController {

  private final Tasks tasks;
  private final PlanCatalog plans;

  TaskPageController(Tasks tasks, PlanCatalog plans) {
    this.tasks = tasks;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/tasks")
  String list(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String chapter,
      @RequestParam(required = false) @Nullable String target,
      Model model) {
    Plan plan = plan(planId);
    Tasks.Filter filter = new Tasks.Filter(blank(unit), blank(chapter), blank(target));
    Map<PlanSection, List<AssignedTask>> byChapter = new LinkedHashMap<>();
    List<AssignedTask> shown = tasks.tasks(planId, filter);
    for (PlanSection section : plan.sections().stream().filter(s -> s.level() == 1).toList()) {
      List<AssignedTask> in = shown.stream().filter(t -> t.chapter().equals(section.id())).toList();
      if (!in.isEmpty()) {
        byChapter.put(section, in);
      }
    }
    model.addAttribute("plan", plan);
    model.addAttribute("units", units(plan));
    model.addAttribute("filter", filter);
    model.addAttribute("shown", shown.size());
    model.addAttribute("tasksByChapter", byChapter);
    model.addAttribute(
        "chapters",
        plan.sections().stream()
            .filter(s -> s.level() == 1)
            .filter(
                s ->
                    plan.tasks().stream().anyMatch(t -> t.section().split("\\.")[0].equals(s.id())))
            .toList());
    return "implementation/tasks";
  }

  @GetMapping("/plans/{planId}/tasks/{code}")
  String task(@PathVariable String planId, @PathVariable String code, Model model) {
    Plan plan = plan(planId);
    model.addAttribute("plan", plan);
    model.addAttribute("units", units(plan));
    try {
      model.addAttribute("t", tasks.task(planId, code));
    } catch (ImplementationRefused unknown) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("history", tasks.history(planId, code));
    return "implementation/task";
  }

  @PostMapping("/plans/{planId}/tasks/{code}/units")
  String assign(
      @PathVariable String planId,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String leadUnit,
      @RequestParam(defaultValue = "") String coUnits,
      @RequestParam(defaultValue = "") String reason,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      tasks.assign(
          planId,
          code,
          leadUnit,
          Arrays.stream(coUnits.split("[,，\\s]+")).filter(u -> !u.isBlank()).toList(),
          reason,
          principal.getName(),
          "web");
    } catch (ImplementationRefused refused) {
      if (refused.code().equals("plan.unknown") || refused.code().equals("task.unknown")) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
      model.addAttribute(
          "asked", Map.of("leadUnit", leadUnit, "coUnits", coUnits, "reason", reason));
      return task(planId, code, model);
    }
    return "redirect:/plans/" + planId + "/tasks/" + code + "?assigned";
  }

  private Plan plan(String planId) {
    return plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The plan's units by code, for the pages to name them. */
  static Map<String, ResponsibleUnit> units(Plan plan) {
    Map<String, ResponsibleUnit> units = new LinkedHashMap<>();
    plan.units().forEach(u -> units.put(u.code(), u));
    return units;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
