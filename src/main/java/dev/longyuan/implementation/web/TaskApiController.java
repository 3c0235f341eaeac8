package dev.longyuan.implementation.web;

import dev.longyuan.implementation.AssignedTask;
import dev.longyuan.implementation.Tasks;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan's tasks and who is in charge of them, for integrators. */
@RestController
class TaskApiController {

  private final Tasks tasks;

  TaskApiController(Tasks tasks) {
    this.tasks = tasks;
  }

  /** A task as the API gives it: the plan's sentence and the units in charge now. */
  record TaskJson(
      String code,
      String title,
      String titleEn,
      String sourceText,
      String section,
      String leadUnit,
      List<String> coUnits,
      String unitsBasis,
      List<String> targets,
      List<String> sectors,
      List<String> regions,
      List<String> places,
      String proposedLeadUnit,
      List<String> proposedCoUnits) {

    static TaskJson of(AssignedTask t) {
      return new TaskJson(
          t.code(),
          t.task().titleZh(),
          t.task().titleEn(),
          t.task().sourceText(),
          t.task().section(),
          t.units().leadUnit(),
          t.units().coUnits(),
          t.units().basis(),
          t.task().targets(),
          t.task().sectors(),
          t.task().regions(),
          t.task().places(),
          t.proposed().leadUnit(),
          t.proposed().coUnits());
    }
  }

  /** The units asked for a task, and why. */
  record UnitsChange(
      @Nullable String leadUnit, @Nullable List<String> coUnits, @Nullable String reason) {}

  @GetMapping("/api/plans/{planId}/tasks")
  List<TaskJson> tasks(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String chapter,
      @RequestParam(required = false) @Nullable String target) {
    return tasks.tasks(planId, new Tasks.Filter(unit, chapter, target)).stream()
        .map(TaskJson::of)
        .toList();
  }

  @GetMapping("/api/plans/{planId}/tasks/{code}")
  Map<String, Object> task(@PathVariable String planId, @PathVariable String code) {
    return Map.of(
        "task", TaskJson.of(tasks.task(planId, code)), "assignments", tasks.history(planId, code));
  }

  @PutMapping("/api/plans/{planId}/tasks/{code}/units")
  TaskJson assign(
      @PathVariable String planId,
      @PathVariable String code,
      @RequestBody UnitsChange change,
      Principal principal) {
    return TaskJson.of(
        tasks.assign(
            planId,
            code,
            change.leadUnit() == null ? "" : change.leadUnit(),
            change.coUnits() == null ? List.of() : change.coUnits(),
            change.reason() == null ? "" : change.reason(),
            principal.getName(),
            "api"));
  }
}
