package dev.longyuan.projects;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.Plan;
import dev.longyuan.projects.internal.ProgressChecks;
import dev.longyuan.projects.internal.ProjectChecks;
import dev.longyuan.projects.internal.ProjectTemplate;
import dev.longyuan.projects.internal.ProjectWorkbook;
import dev.longyuan.projects.internal.ProjectWorkbook.MilestoneRow;
import dev.longyuan.projects.internal.ProjectWorkbook.ProjectRow;
import dev.longyuan.projects.internal.ProjectWorkbook.ReportRow;
import dev.longyuan.projects.internal.ProjectWorkbook.YearPlanRow;
import dev.longyuan.projects.persistence.ProgressRepository;
import dev.longyuan.projects.persistence.ProjectRepository;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a projects workbook (see {@link ProjectWorkbook}) all or nothing: every row of every
 * sheet is checked — against the plan's codes, the registry, the other rows and the stored projects
 * — before anything is written, and one bad row refuses the whole file with every bad row listed.
 * New projects only: a code already stored is refused; their year plans, milestones and reports may
 * be for new or stored projects.
 */
@Service
public class ProjectImports {

  private final Projects projects;
  private final ProjectRepository repository;
  private final ProgressRepository progress;
  private final AuditLog audit;

  ProjectImports(
      Projects projects,
      ProjectRepository repository,
      ProgressRepository progress,
      AuditLog audit) {
    this.projects = projects;
    this.repository = repository;
    this.progress = progress;
    this.audit = audit;
  }

  public byte[] template() {
    return ProjectTemplate.of(projects.currentPlan());
  }

  @Transactional
  public ProjectImport importWorkbook(
      String fileName, byte[] content, DataScope scope, String actor) {
    ProjectWorkbook.Parsed parsed = ProjectWorkbook.read(content);
    List<ImportError> errors = new ArrayList<>(parsed.errors());
    Plan plan = projects.currentPlan();
    ProjectChecks checks = projects.checks(plan);
    ProgressChecks progressChecks = projects.progressChecks();
    Map<String, Project> fresh = new LinkedHashMap<>();
    for (ProjectRow row : parsed.projects()) {
      ProjectChecks.Checked checked = checks.project(row.row(), row.draft(), false);
      errors.addAll(located(parsed, ProjectWorkbook.PROJECTS, checked.problems()));
      Project p = checked.project();
      if (p == null) {
        continue;
      }
      if (fresh.containsKey(p.code()) || repository.exists(p.code())) {
        errors.add(
            at(
                row.row(),
                ProjectWorkbook.PROJECTS,
                "code",
                "code.duplicate",
                "项目编号 " + p.code() + (fresh.containsKey(p.code()) ? " 在文件中重复" : " 已存在"),
                "the project code "
                    + p.code()
                    + (fresh.containsKey(p.code()) ? " appears twice in the file" : " exists")));
      } else if (!Projects.mayCreate(scope) || !scope.coversRegion(p.regionCode())) {
        errors.add(outside(row.row(), ProjectWorkbook.PROJECTS, p.code()));
      } else {
        fresh.put(p.code(), p);
      }
    }
    Map<String, Map<Integer, BigDecimal>> plans = new LinkedHashMap<>();
    for (YearPlanRow row : parsed.yearPlans()) {
      Project p =
          known(row.row(), ProjectWorkbook.YEAR_PLANS, row.code(), fresh, scope, false, errors);
      if (p == null || row.year() == null) {
        if (row.year() == null
            && !parsed.unreadable(ProjectWorkbook.YEAR_PLANS, row.row(), "year")) {
          errors.add(
              at(
                  row.row(),
                  ProjectWorkbook.YEAR_PLANS,
                  "year",
                  "field.missing",
                  "缺少年度",
                  "the year is missing"));
        }
        continue;
      }
      List<ImportError> problems = checks.yearPlan(row.row(), p, row.year(), row.planned());
      errors.addAll(located(parsed, ProjectWorkbook.YEAR_PLANS, problems));
      Map<Integer, BigDecimal> years = plans.computeIfAbsent(p.code(), c -> new TreeMap<>());
      if (years.containsKey(row.year())) {
        errors.add(
            at(
                row.row(),
                ProjectWorkbook.YEAR_PLANS,
                "year",
                "year.duplicate",
                "项目 " + p.code() + " 的 " + row.year() + " 年计划在文件中重复",
                "project " + p.code() + "'s plan for " + row.year() + " appears twice"));
      } else if (problems.isEmpty()) {
        years.put(row.year(), row.planned());
        Map<Integer, BigDecimal> all = new HashMap<>();
        repository.years(p.code()).forEach(y -> all.put(y.year(), y.planned()));
        all.putAll(years);
        BigDecimal sum = all.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        errors.addAll(
            located(
                parsed, ProjectWorkbook.YEAR_PLANS, checks.plannedWithinTotal(row.row(), p, sum)));
      }
    }
    List<MilestoneRow> milestones = new ArrayList<>();
    for (MilestoneRow row : parsed.milestones()) {
      Project p =
          known(row.row(), ProjectWorkbook.MILESTONES, row.code(), fresh, scope, false, errors);
      if (p != null) {
        List<ImportError> problems = progressChecks.milestone(row.row(), row.draft());
        errors.addAll(located(parsed, ProjectWorkbook.MILESTONES, problems));
        milestones.add(row);
      }
    }
    Map<String, BigDecimal> completed = new HashMap<>();
    Set<String> periods = new HashSet<>();
    for (ReportRow row : parsed.reports()) {
      Project p = known(row.row(), ProjectWorkbook.REPORTS, row.code(), fresh, scope, true, errors);
      if (p == null) {
        continue;
      }
      List<ImportError> problems = progressChecks.report(row.row(), p, row.draft());
      errors.addAll(located(parsed, ProjectWorkbook.REPORTS, problems));
      if (!problems.isEmpty()) {
        continue;
      }
      String period = row.draft().period().strip();
      if (!periods.add(p.code() + " " + period) || progress.hasReport(p.code(), period)) {
        errors.add(
            at(
                row.row(),
                ProjectWorkbook.REPORTS,
                "period",
                "period.duplicate",
                "项目 " + p.code() + " 已有 " + period + " 的进展报告",
                "project " + p.code() + " already has a report for " + period));
        continue;
      }
      BigDecimal sum =
          completed.computeIfAbsent(p.code(), progress::completed).add(row.draft().invested());
      completed.put(p.code(), sum);
      errors.addAll(
          located(
              parsed,
              ProjectWorkbook.REPORTS,
              progressChecks.completedWithinTotal(row.row(), p, sum)));
    }
    if (!errors.isEmpty()) {
      return new ProjectImport(0, 0, 0, 0, errors);
    }
    fresh.values().forEach(p -> repository.save(p, actor));
    plans.forEach(repository::savePlans);
    for (MilestoneRow row : milestones) {
      progress.addMilestone(
          row.code().strip(),
          row.draft().name().strip(),
          row.draft().dueDate(),
          row.draft().doneDate());
    }
    for (ReportRow row : parsed.reports()) {
      ReportDraft d = row.draft();
      progress.addReport(
          row.code().strip(),
          d.period().strip(),
          d.invested(),
          d.narrative() == null ? "" : d.narrative().strip(),
          actor);
    }
    int yearPlans = plans.values().stream().mapToInt(Map::size).sum();
    ProjectImport done =
        new ProjectImport(
            fresh.size(), yearPlans, milestones.size(), parsed.reports().size(), List.of());
    audit.record(
        actor,
        "projects",
        "project.import",
        fileName,
        done.projects()
            + " projects "
            + String.join(",", fresh.keySet())
            + "; "
            + yearPlans
            + " year plans, "
            + done.milestones()
            + " milestones, "
            + done.reports()
            + " reports");
    return done;
  }

  /**
   * The project a row of a dependent sheet is about: one of the file's new projects or a stored one
   * the user may change (or, for a report, report on).
   */
  private @Nullable Project known(
      int row,
      String sheet,
      @Nullable String code,
      Map<String, Project> fresh,
      DataScope scope,
      boolean report,
      List<ImportError> errors) {
    if (code == null) {
      errors.add(at(row, sheet, "code", "field.missing", "缺少项目编号", "the project code is missing"));
      return null;
    }
    String c = code.strip();
    if (fresh.containsKey(c)) {
      return fresh.get(c);
    }
    Optional<Project> stored = repository.find(c);
    if (stored.isEmpty()) {
      errors.add(
          at(
              row,
              sheet,
              "code",
              "project.unknown",
              "没有编号为 " + c + " 的项目（文件中也没有）",
              "no project has the code " + c + " (nor does the file)"));
      return null;
    }
    boolean may =
        report ? Projects.mayReport(scope, stored.get()) : Projects.mayEdit(scope, stored.get());
    if (!may) {
      errors.add(outside(row, sheet, c));
      return null;
    }
    return stored.get();
  }

  /** The checks' problems with the sheet and header in place of the field, less double reports. */
  private static List<ImportError> located(
      ProjectWorkbook.Parsed parsed, String sheet, List<ImportError> problems) {
    return problems.stream()
        .filter(
            p ->
                !(p.code().equals("field.missing")
                    && parsed.unreadable(sheet, p.row(), p.column())))
        .map(
            p ->
                new ImportError(
                    p.row(),
                    ProjectWorkbook.column(sheet, p.column()),
                    p.code(),
                    p.messageZh(),
                    p.messageEn()))
        .toList();
  }

  private static ImportError at(
      int row, String sheet, String field, String code, String zh, String en) {
    return new ImportError(row, ProjectWorkbook.column(sheet, field), code, zh, en);
  }

  private static ImportError outside(int row, String sheet, String code) {
    return at(
        row,
        sheet,
        "code",
        "scope.outside",
        "项目 " + code + " 不在您的数据范围内",
        "project " + code + " is outside your data scope");
  }
}
