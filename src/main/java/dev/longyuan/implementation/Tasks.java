package dev.longyuan.implementation;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.implementation.persistence.AssignmentStore;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.PlanTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's tasks with the units in charge of them: the plan file proposes a lead unit (牵头单位) and
 * co-operating units (配合单位) for each; the province confirms or changes them, each change with its
 * reason, kept and audited.
 */
@Service
public class Tasks {

  private final PlanCatalog plans;
  private final PlanRevisions revisions;
  private final AssignmentStore store;
  private final AuditLog audit;

  Tasks(PlanCatalog plans, PlanRevisions revisions, AssignmentStore store, AuditLog audit) {
    this.plans = plans;
    this.revisions = revisions;
    this.store = store;
    this.audit = audit;
  }

  /**
   * Which tasks a list shows: those a unit leads or co-operates in, of a chapter, serving a target.
   */
  public record Filter(@Nullable String unit, @Nullable String chapter, @Nullable String target) {

    public static final Filter ALL = new Filter(null, null, null);

    boolean admits(AssignedTask task) {
      return (unit == null || task.involves(unit))
          && (chapter == null || task.chapter().equals(chapter))
          && (target == null || task.targets().contains(target));
    }
  }

  public List<AssignedTask> tasks(String planId, Filter filter) {
    Plan plan = plan(planId);
    Map<String, TaskUnits> assigned = store.current(planId);
    List<AssignedTask> tasks = new ArrayList<>();
    for (PlanTask task : plan.tasks()) {
      TaskUnits proposed = proposed(task);
      AssignedTask row =
          new AssignedTask(task, assigned.getOrDefault(task.code(), proposed), proposed);
      if (filter.admits(row)) {
        tasks.add(row);
      }
    }
    return tasks;
  }

  public AssignedTask task(String planId, String code) {
    Plan plan = plan(planId);
    PlanTask task = task(plan, code);
    TaskUnits proposed = proposed(task);
    return new AssignedTask(task, store.current(planId).getOrDefault(code, proposed), proposed);
  }

  /** Every assignment the province made for the task, the latest (in force) first. */
  public List<TaskUnits> history(String planId, String code) {
    task(plan(planId), code);
    return store.history(planId, code);
  }

  /**
   * Assigns the task's units: a lead unit and co-operating units of the plan's units, for a reason
   * that is kept with the assignment and in the audit log.
   */
  @Transactional
  public AssignedTask assign(
      String planId,
      String code,
      String leadUnit,
      List<String> coUnits,
      String reason,
      String actor,
      String origin) {
    Plan plan = plan(planId);
    task(plan, code);
    String lead = leadUnit.strip();
    List<String> co =
        new ArrayList<>(
            new LinkedHashSet<>(
                coUnits.stream().map(String::strip).filter(u -> !u.isEmpty()).toList()));
    for (String unit : concat(lead, co)) {
      if (plan.unit(unit).isEmpty()) {
        throw new ImplementationRefused(
            "unit.unknown",
            "规划中没有编码为“" + unit + "”的单位",
            "the plan has no unit with the code \"" + unit + "\"");
      }
    }
    if (co.contains(lead)) {
      throw new ImplementationRefused(
          "unit.lead_also_co",
          "牵头单位“" + lead + "”不能同时是配合单位",
          "the lead unit \"" + lead + "\" cannot also co-operate");
    }
    if (reason.isBlank()) {
      throw new ImplementationRefused(
          "reason.missing", "请写明调整的理由", "give the reason for the assignment");
    }
    store.assign(planId, code, lead, co, reason.strip(), actor);
    audit.record(
        actor,
        origin,
        "task.assign",
        planId + " " + code,
        "lead " + lead + ", co " + String.join(",", co) + ": " + reason.strip());
    return task(planId, code);
  }

  private static List<String> concat(String lead, List<String> co) {
    List<String> all = new ArrayList<>();
    all.add(lead);
    all.addAll(co);
    return all;
  }

  private static TaskUnits proposed(PlanTask task) {
    return new TaskUnits(task.leadUnit(), task.coUnits(), task.unitsBasis(), null, null, null);
  }

  /** The plan in force today, with the tasks its revisions added. */
  private Plan plan(String planId) {
    return revisions.inForce(
        plans.plan(planId).orElseThrow(() -> ImplementationRefused.unknownPlan(planId)),
        LocalDate.now(WorkItems.ZONE));
  }

  private static PlanTask task(Plan plan, String code) {
    return plan.task(code)
        .orElseThrow(
            () ->
                new ImplementationRefused(
                    "task.unknown",
                    "规划中没有任务“" + code + "”",
                    "the plan has no task \"" + code + "\""));
  }
}
