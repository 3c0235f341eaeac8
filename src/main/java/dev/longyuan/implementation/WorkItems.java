package dev.longyuan.implementation;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.implementation.persistence.WorkItemStore;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.ResponsibleUnit;
import dev.longyuan.plan.UnitKind;
import dev.longyuan.shared.AttachmentFile;
import dev.longyuan.shared.AttachmentType;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work items of the annual implementation plans and the supervision ledger (督办台账): the province
 * sets each item (a task, a deliverable, a due date, the responsible unit); the unit — the province
 * on a department's behalf, a city's own bureau for a city government — reports its progress each
 * quarter. An item past its due date and neither done nor cancelled is 滞后.
 */
@Service
public class WorkItems {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final PlanCatalog plans;
  private final WorkItemStore store;
  private final AuditLog audit;
  private final Tasks tasks;

  WorkItems(PlanCatalog plans, WorkItemStore store, AuditLog audit, Tasks tasks) {
    this.plans = plans;
    this.store = store;
    this.audit = audit;
    this.tasks = tasks;
  }

  /** Which items the ledger lists: of a unit, in a state, of a task; each null for any. */
  public record Filter(@Nullable String unit, @Nullable String state, @Nullable String task) {

    public static final Filter ALL = new Filter(null, null, null);

    boolean admits(WorkItem item) {
      return (unit == null || item.unit().equals(unit))
          && (state == null || item.state().equals(state))
          && (task == null || item.taskCode().equals(task));
    }
  }

  public List<WorkItem> items(String planId, int year, Filter filter) {
    plan(planId, year);
    LocalDate today = LocalDate.now(ZONE);
    return store.items(planId, year).stream()
        .map(r -> item(r, today))
        .filter(filter::admits)
        .toList();
  }

  /**
   * The items of every year of the plan that are neither done nor cancelled, as the warning rules
   * watch them: the state their unit reported, and the region their unit answers for (a city
   * government's, else the province's).
   */
  public List<OpenItem> open(String planId) {
    Plan plan = plans.plan(planId).orElseThrow(() -> ImplementationRefused.unknownPlan(planId));
    String province = plan.province().map(r -> r.code().value()).orElse("");
    LocalDate today = LocalDate.now(ZONE);
    java.util.Map<String, String> leads = new java.util.HashMap<>();
    tasks.tasks(planId, Tasks.Filter.ALL).forEach(t -> leads.put(t.code(), t.units().leadUnit()));
    List<OpenItem> open = new java.util.ArrayList<>();
    for (WorkItemStore.Row r : store.items(planId)) {
      WorkItem item = item(r, today);
      if (item.state().equals("done") || item.state().equals("cancelled")) {
        continue;
      }
      ResponsibleUnit unit = plan.unit(item.unit()).orElse(null);
      String region =
          unit != null && unit.kind() == UnitKind.CITY && unit.regionCode() != null
              ? unit.regionCode()
              : province;
      open.add(
          new OpenItem(
              item,
              region,
              unit == null ? item.unit() : unit.nameZh(),
              leads.getOrDefault(item.taskCode(), item.unit())));
    }
    return open;
  }

  /**
   * A work item not yet done, with the region its unit answers for, the unit's name, and the lead
   * unit in charge of its task now (to whom a long delay is escalated).
   */
  public record OpenItem(WorkItem item, String regionCode, String unitName, String taskLead) {}

  /** Every report on an item of the plan, the latest quarter first, with what each attached. */
  public List<WorkItemReport> reports(String planId, long id) {
    known(planId, id);
    return store.reports(id);
  }

  /** A file attached to a report on an item of the plan, with its content. */
  public AttachmentFile evidence(String planId, long id, long evidenceId) {
    known(planId, id);
    return store
        .evidenceFile(id, evidenceId)
        .orElseThrow(
            () ->
                new ImplementationRefused(
                    "evidence.unknown",
                    "工作事项 " + id + " 没有编号为 " + evidenceId + " 的佐证材料",
                    "work item " + id + " has no evidence " + evidenceId));
  }

  private WorkItemStore.Row known(String planId, long id) {
    return store
        .item(id)
        .filter(r -> r.planId().equals(planId))
        .orElseThrow(
            () ->
                new ImplementationRefused(
                    "item.unknown", "没有编号为 " + id + " 的工作事项", "no work item " + id));
  }

  /** A new work item of the year's plan for one of its tasks. */
  @Transactional
  public long add(
      String planId,
      int year,
      String taskCode,
      String title,
      String deliverable,
      @Nullable LocalDate dueDate,
      String unit,
      String actor,
      String origin) {
    Plan plan = plan(planId, year);
    if (plan.task(taskCode).isEmpty()) {
      throw new ImplementationRefused(
          "task.unknown", "规划中没有任务“" + taskCode + "”", "the plan has no task \"" + taskCode + "\"");
    }
    if (plan.unit(unit).isEmpty()) {
      throw new ImplementationRefused(
          "unit.unknown",
          "规划中没有编码为“" + unit + "”的单位",
          "the plan has no unit with the code \"" + unit + "\"");
    }
    if (title.isBlank() || deliverable.isBlank()) {
      throw new ImplementationRefused(
          "item.incomplete", "请写明工作事项和成果形式", "give the work item and its deliverable");
    }
    if (dueDate == null || dueDate.getYear() != year) {
      throw new ImplementationRefused(
          "due.outside", "完成时限须在" + year + "年内", "the due date must fall within " + year);
    }
    long id =
        store.add(planId, year, taskCode, title.strip(), deliverable.strip(), dueDate, unit, actor);
    audit.record(
        actor,
        origin,
        "work_item.add",
        planId + " " + year + " " + taskCode + " #" + id,
        title.strip() + " (" + unit + ", " + dueDate + ")");
    return id;
  }

  /** A file to attach to a report as evidence, as it was uploaded. */
  public record EvidenceUpload(String fileName, byte[] content) {}

  /** The most files one report may carry. */
  static final int MAX_EVIDENCE = 10;

  /**
   * A quarter's report on an item, by the province or, for a city government's item, by that city's
   * bureau, with its evidence (photos, PDF, Word or Excel, 10 MB each); a cancelled item gives its
   * reason. A file that cannot be attached refuses the whole report.
   */
  @Transactional
  public WorkItem report(
      String planId,
      long id,
      String period,
      String state,
      String narrative,
      @Nullable String reason,
      List<EvidenceUpload> evidence,
      DataScope scope,
      String actor,
      String origin) {
    WorkItemStore.Row row = known(planId, id);
    Plan plan = plan(planId, row.year());
    ResponsibleUnit unit = plan.unit(row.unit()).orElse(null);
    boolean mayReport =
        scope.isEverything()
            || (unit != null
                && unit.kind() == UnitKind.CITY
                && unit.regionCode() != null
                && scope.coversRegion(unit.regionCode()));
    if (!mayReport) {
      throw new ImplementationRefused(
          "scope.outside", "只能报告本单位负责的工作事项", "only the responsible unit reports on a work item");
    }
    if (!period.matches("\\d{4}-Q[1-4]")
        || Integer.parseInt(period.substring(0, 4)) != row.year()) {
      throw new ImplementationRefused(
          "period.invalid",
          "报告期须为" + row.year() + "年的季度，如 " + row.year() + "-Q2",
          "the period is a quarter of " + row.year() + ", such as " + row.year() + "-Q2");
    }
    if (!WorkItem.STATES.contains(state)) {
      throw new ImplementationRefused(
          "state.invalid",
          "“" + state + "”不是工作事项的状态",
          "\"" + state + "\" is not a state of a work item");
    }
    if (narrative.isBlank()) {
      throw new ImplementationRefused(
          "narrative.missing", "请写明本季度的进展", "say what was done in the quarter");
    }
    if (state.equals("cancelled") && (reason == null || reason.isBlank())) {
      throw new ImplementationRefused(
          "reason.missing", "已取消的工作事项须写明原因", "a cancelled work item gives its reason");
    }
    if (evidence.size() > MAX_EVIDENCE) {
      throw new ImplementationRefused(
          "evidence.too_many",
          "一次报告最多附 " + MAX_EVIDENCE + " 个佐证材料",
          "a report carries at most " + MAX_EVIDENCE + " files of evidence");
    }
    for (EvidenceUpload upload : evidence) {
      AttachmentType.problem(AttachmentType.fileName(upload.fileName()), upload.content())
          .ifPresent(
              refused -> {
                throw new ImplementationRefused(
                    "evidence." + refused.code().substring("attachment.".length()),
                    refused.messageZh(),
                    refused.messageEn());
              });
    }
    long reportId =
        store.report(
            id, period, state, narrative.strip(), reason == null ? null : reason.strip(), actor);
    List<String> files = new ArrayList<>();
    for (EvidenceUpload upload : evidence) {
      String name = AttachmentType.fileName(upload.fileName());
      String sha256 = AttachmentType.sha256(upload.content());
      store.attach(
          reportId,
          name,
          AttachmentType.of(name, upload.content()).orElseThrow().contentType(),
          upload.content(),
          sha256,
          actor);
      files.add(name + " sha256 " + sha256);
    }
    audit.record(
        actor,
        origin,
        "work_item.report",
        planId + " #" + id + " " + period,
        state + (files.isEmpty() ? "" : ", attached " + String.join(", ", files)));
    return item(store.item(id).orElseThrow(), LocalDate.now(ZONE));
  }

  private static WorkItem item(WorkItemStore.Row r, LocalDate today) {
    String reported = r.latest() == null ? "not_started" : r.latest().state();
    boolean overdue =
        r.dueDate().isBefore(today) && !reported.equals("done") && !reported.equals("cancelled");
    return new WorkItem(
        r.id(),
        r.planId(),
        r.year(),
        r.taskCode(),
        r.title(),
        r.deliverable(),
        r.dueDate(),
        r.unit(),
        overdue ? "lagging" : reported,
        r.latest());
  }

  private Plan plan(String planId, int year) {
    return ImplementationRefused.planYear(plans, planId, year);
  }
}
