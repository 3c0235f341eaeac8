package dev.longyuan.projects;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.plan.Region;
import dev.longyuan.projects.internal.ProgressChecks;
import dev.longyuan.projects.internal.ProjectChecks;
import dev.longyuan.projects.persistence.ProgressRepository;
import dev.longyuan.projects.persistence.ProjectRepository;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.AttachmentFile;
import dev.longyuan.shared.AttachmentType;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key projects within a user's data scope: a province user sees and (as administrator) changes
 * all of them, a city or county bureau those in its region, an enterprise those it owns, for which
 * it files progress reports. Every change is written to the audit log in its own transaction.
 */
@Service
public class Projects {

  private final ProjectRepository projects;
  private final ProgressRepository progress;
  private final PlanCatalog plans;
  private final ReportingService reporting;
  private final AuditLog audit;
  private final String planId;

  Projects(
      ProjectRepository projects,
      ProgressRepository progress,
      PlanCatalog plans,
      ReportingService reporting,
      AuditLog audit,
      @Value("${longyuan.projects.plan:}") String planId) {
    this.projects = projects;
    this.progress = progress;
    this.plans = plans;
    this.reporting = reporting;
    this.audit = audit;
    this.planId = planId;
  }

  /**
   * The plan whose codes new projects use: the one {@code longyuan.projects.plan} names when it is
   * stored, else the stored plan that reaches furthest, the first loaded of those (the platform's
   * own, not one loaded beside it later).
   */
  public Plan currentPlan() {
    return plans
        .plan(planId)
        .or(
            () ->
                plans.plans().stream()
                    .min(
                        Comparator.comparing((PlanSummary s) -> -s.targetYear())
                            .thenComparing(PlanSummary::loadedAt))
                    .flatMap(s -> plans.plan(s.id())))
        .orElseThrow(() -> new IllegalStateException("no plan is stored"));
  }

  public Plan plan(Project project) {
    return plans.plan(project.planId()).orElseGet(this::currentPlan);
  }

  public ProjectList list(ProjectFilter filter, DataScope scope) {
    String region = filter.region();
    List<ProjectList.Row> rows =
        projects.list(
            new ProjectRepository.Selection(
                scope.regionPrefix() == null ? "" : scope.regionPrefix(),
                region != null && RegionCode.isValid(region) ? RegionCode.of(region).prefix() : "",
                scope.kind() == DataScope.Kind.ENTERPRISE ? scope.enterprise() : null,
                filter.sector(),
                filter.chain(),
                filter.base(),
                filter.status() == null ? null : filter.status().word(),
                filter.year()));
    Plan plan = currentPlan();
    Map<String, List<ProjectList.Row>> byCity =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.project().cityCode(), TreeMap::new, Collectors.toList()));
    List<ProjectList.CityTotal> cities = new ArrayList<>();
    byCity.forEach(
        (city, cityRows) -> {
          Region known = plan.region(city).orElse(null);
          cities.add(
              new ProjectList.CityTotal(
                  city,
                  known == null ? city : known.nameZh(),
                  known == null ? city : known.nameEn(),
                  cityRows.size(),
                  sum(cityRows.stream().map(r -> r.project().totalInvestment()).toList())));
        });
    return new ProjectList(
        rows,
        sum(rows.stream().map(r -> r.project().totalInvestment()).toList()),
        sum(rows.stream().map(ProjectList.Row::planned).toList()),
        sum(rows.stream().map(ProjectList.Row::completed).toList()),
        cities);
  }

  /** A project the user may see, whole; refused when unknown or outside the scope. */
  public ProjectDetail detail(String code, DataScope scope) {
    Project project = visible(code, scope);
    return new ProjectDetail(
        project, projects.years(code), progress.milestones(code), progress.reports(code));
  }

  /** Whether the user may change the project, its plans and milestones. */
  public static boolean mayEdit(DataScope scope, Project project) {
    return scope.mayChange()
        && scope.kind() != DataScope.Kind.ENTERPRISE
        && scope.coversRegion(project.regionCode());
  }

  /** Whether the user may file the project's progress: its editors and its owner. */
  public static boolean mayReport(DataScope scope, Project project) {
    return mayEdit(scope, project)
        || (scope.kind() == DataScope.Kind.ENTERPRISE
            && scope.enterprise() != null
            && scope.enterprise().equals(project.ownerCreditCode()));
  }

  /** Whether the user may add projects at all (in some region). */
  public static boolean mayCreate(DataScope scope) {
    return scope.mayChange() && scope.kind() != DataScope.Kind.ENTERPRISE;
  }

  @Transactional
  public String create(ProjectDraft draft, DataScope scope, String actor) {
    Project project = checked(draft, scope);
    if (projects.exists(project.code())) {
      throw ProjectRefused.of(
          "code",
          "code.duplicate",
          "项目编号 " + project.code() + " 已存在",
          "a project with the code " + project.code() + " exists");
    }
    store(project, draft, actor);
    audit.record(actor, "projects", "project.create", project.code(), describe(project));
    return project.code();
  }

  @Transactional
  public void update(String code, ProjectDraft draft, DataScope scope, String actor) {
    Project stored = visible(code, scope);
    if (!mayEdit(scope, stored)) {
      throw ProjectRefused.outsideScope(code);
    }
    ProjectDraft sameCode = draft.withCode(code, stored.planId());
    Project project = checked(sameCode, scope);
    List<ImportError> problems =
        new ArrayList<>(
            progressChecks().completedWithinTotal(0, project, progress.completed(code)));
    if (!problems.isEmpty()) {
      throw new ProjectRefused(problems);
    }
    store(project, sameCode, actor);
    audit.record(
        actor,
        "projects",
        "project.update",
        code,
        "was " + describe(stored) + "; now " + describe(project));
  }

  @Transactional
  public long addMilestone(String code, MilestoneDraft draft, DataScope scope, String actor) {
    Project project = editable(code, scope);
    List<ImportError> problems = progressChecks().milestone(0, draft);
    if (!problems.isEmpty()) {
      throw new ProjectRefused(problems);
    }
    long id = progress.addMilestone(code, draft.name().strip(), draft.dueDate(), draft.doneDate());
    audit.record(
        actor,
        "projects",
        "project.milestone.add",
        code,
        "milestone "
            + id
            + " "
            + draft.name().strip()
            + ", due "
            + draft.dueDate()
            + (draft.doneDate() == null ? "" : ", done " + draft.doneDate()));
    return id;
  }

  @Transactional
  public void markDone(String code, long id, LocalDate done, DataScope scope, String actor) {
    Project project = editable(code, scope);
    Milestone milestone =
        progress
            .milestone(code, id)
            .orElseThrow(
                () ->
                    ProjectRefused.of(
                        "milestone",
                        "milestone.unknown",
                        "项目 " + code + " 没有第 " + id + " 号里程碑",
                        "project " + code + " has no milestone " + id));
    List<ImportError> problems = progressChecks().doneDate(0, done);
    if (!problems.isEmpty()) {
      throw new ProjectRefused(problems);
    }
    progress.markDone(id, done);
    audit.record(
        actor,
        "projects",
        "project.milestone.done",
        code,
        "milestone "
            + id
            + " "
            + milestone.name()
            + ", due "
            + milestone.dueDate()
            + ", done "
            + done
            + (milestone.doneDate() == null ? "" : " (was " + milestone.doneDate() + ")"));
  }

  @Transactional
  public long fileReport(String code, ReportDraft draft, DataScope scope, String actor) {
    Project project = visible(code, scope);
    if (!mayReport(scope, project)) {
      throw ProjectRefused.outsideScope(code);
    }
    ProgressChecks checks = progressChecks();
    List<ImportError> problems = new ArrayList<>(checks.report(0, project, draft));
    if (problems.isEmpty() && progress.hasReport(code, draft.period().strip())) {
      problems.add(
          ProjectChecks.error(
              0,
              "period",
              "period.duplicate",
              "项目 " + code + " 已有 " + draft.period() + " 的进展报告",
              "project " + code + " already has a report for " + draft.period()));
    }
    if (problems.isEmpty()) {
      problems.addAll(
          checks.completedWithinTotal(0, project, progress.completed(code).add(draft.invested())));
    }
    if (!problems.isEmpty()) {
      throw new ProjectRefused(problems);
    }
    String narrative = draft.narrative() == null ? "" : draft.narrative().strip();
    long id = progress.addReport(code, draft.period().strip(), draft.invested(), narrative, actor);
    List<String> files = new ArrayList<>();
    for (ReportDraft.Upload upload : draft.uploads()) {
      String name = AttachmentType.fileName(upload.fileName());
      String sha256 = AttachmentType.sha256(upload.content());
      progress.attach(
          id,
          name,
          AttachmentType.of(upload.fileName(), upload.content()).orElseThrow().contentType(),
          upload.content(),
          sha256);
      files.add(name + " sha256 " + sha256);
    }
    audit.record(
        actor,
        "projects",
        "project.report",
        code,
        draft.period().strip()
            + ": "
            + draft.invested().toPlainString()
            + " 万元"
            + (files.isEmpty() ? "" : ", attached " + String.join(", ", files)));
    return id;
  }

  public AttachmentFile attachment(String code, long id, DataScope scope) {
    visible(code, scope);
    return progress
        .attachment(code, id)
        .orElseThrow(
            () ->
                ProjectRefused.of(
                    "attachment",
                    "attachment.unknown",
                    "项目 " + code + " 没有第 " + id + " 号附件",
                    "project " + code + " has no attachment " + id));
  }

  /** The checks of a plan's codes, with the enterprise registry and today's date. */
  public ProjectChecks checks(Plan plan) {
    return new ProjectChecks(plan, reporting::enterprise, LocalDate.now());
  }

  /** The checks of milestones and reports, with today's date. */
  public ProgressChecks progressChecks() {
    return new ProgressChecks(LocalDate.now());
  }

  /** The project, when it exists and the user may see it. */
  public Project visible(String code, DataScope scope) {
    Project project = projects.find(code).orElseThrow(() -> ProjectRefused.unknown(code));
    boolean sees =
        switch (scope.kind()) {
          case ALL -> true;
          case REGION -> scope.coversRegion(project.regionCode());
          case ENTERPRISE -> scope.enterprise().equals(project.ownerCreditCode());
        };
    if (!sees) {
      throw ProjectRefused.outsideScope(code);
    }
    return project;
  }

  private Project editable(String code, DataScope scope) {
    Project project = visible(code, scope);
    if (!mayEdit(scope, project)) {
      throw ProjectRefused.outsideScope(code);
    }
    return project;
  }

  private Project checked(ProjectDraft draft, DataScope scope) {
    Plan plan =
        draft.planId() == null || draft.planId().isBlank()
            ? currentPlan()
            : plans
                .plan(draft.planId().strip())
                .orElseThrow(
                    () ->
                        ProjectRefused.of(
                            "planId",
                            "plan.unknown",
                            "没有规划 " + draft.planId(),
                            "no plan " + draft.planId()));
    ProjectChecks checks = checks(plan);
    ProjectChecks.Checked checked = checks.project(0, draft, false);
    if (checked.project() == null) {
      throw new ProjectRefused(checked.problems());
    }
    Project project = checked.project();
    if (!mayCreate(scope) || !scope.coversRegion(project.regionCode())) {
      throw ProjectRefused.of(
          "regionCode",
          "scope.outside",
          "地区 " + project.regionCode() + " 不在您的数据范围内",
          "the region " + project.regionCode() + " is outside your data scope");
    }
    List<ImportError> problems = new ArrayList<>();
    if (draft.yearPlans() != null) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ProjectDraft.YearPlan y : draft.yearPlans()) {
        problems.addAll(checks.yearPlan(0, project, y.year(), y.planned()));
        sum = y.planned() == null ? sum : sum.add(y.planned());
      }
      problems.addAll(checks.plannedWithinTotal(0, project, sum));
    }
    if (!problems.isEmpty()) {
      throw new ProjectRefused(problems);
    }
    return project;
  }

  private void store(Project project, ProjectDraft draft, String actor) {
    projects.save(project, actor);
    if (draft.yearPlans() != null) {
      Map<Integer, BigDecimal> plansByYear = new LinkedHashMap<>();
      draft.yearPlans().forEach(y -> plansByYear.put(y.year(), y.planned()));
      projects.replacePlans(project.code(), plansByYear);
    }
  }

  static String describe(Project p) {
    return p.name()
        + " ["
        + p.regionCode()
        + ", "
        + p.status().word()
        + ", total "
        + p.totalInvestment().toPlainString()
        + ", "
        + p.startDate()
        + "–"
        + p.plannedFinish()
        + ", owner "
        + (p.ownerCreditCode() == null ? p.ownerName() : p.ownerCreditCode())
        + "]";
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
