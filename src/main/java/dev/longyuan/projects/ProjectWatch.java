package dev.longyuan.projects;

import dev.longyuan.projects.persistence.ProgressRepository;
import dev.longyuan.projects.persistence.ProjectRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the warning rules watch of the key projects, across all of them: milestones past their due
 * date and not done, and projects whose investment this year is behind their plan.
 */
@Service
public class ProjectWatch {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ProjectRepository projects;
  private final ProgressRepository progress;

  ProjectWatch(ProjectRepository projects, ProgressRepository progress) {
    this.projects = projects;
    this.progress = progress;
  }

  /**
   * Milestones not done whose due date is before {@code asOf}, the longest overdue first; a
   * milestone marked done is never among them, however late.
   */
  public List<OverdueMilestone> overdueMilestones(LocalDate asOf) {
    List<Milestone> open = progress.openBefore(asOf);
    Map<String, Project> byCode =
        projects.findAll(open.stream().map(Milestone::projectCode).distinct().toList()).stream()
            .collect(Collectors.toMap(Project::code, Function.identity()));
    return open.stream()
        .map(
            m -> {
              Project p = byCode.get(m.projectCode());
              return new OverdueMilestone(
                  p.code(),
                  p.name(),
                  p.regionCode(),
                  p.sector(),
                  m.id(),
                  m.name(),
                  m.dueDate(),
                  m.daysOverdue(asOf));
            })
        .toList();
  }

  /**
   * Projects whose investment completed from January to {@code month} of {@code year} is below
   * their plan for the year, pro rata, by more than {@code percent} points of that plan.
   *
   * <p>The pro-rata rule: a year's plan is spread evenly over the project's months of that year —
   * January (or the start month, when the project starts in that year) to December (or the planned
   * finish month, when it finishes in that year). By the end of {@code month} the plan expects
   * {@code planned × elapsed ÷ months}, where {@code elapsed} counts the project's months of the
   * year up to and including {@code month}. The shortfall is {@code expected − completed}, and in
   * points {@code shortfall ÷ planned × 100}; a project is behind when the points exceed {@code
   * percent}. Example: 1,200 万元 planned for 2019 by a project built 2018–2020; by June the plan
   * expects 600; with 300 completed the shortfall is 300, 25 points, behind at any percent below
   * 25. A project with no plan for the year, or whose months of the year have not begun, is never
   * behind.
   */
  public List<InvestmentShortfall> investmentBehind(int year, int month, BigDecimal percent) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("not a month: " + month);
    }
    Map<String, BigDecimal> planned = projects.plannedIn(year);
    Map<String, BigDecimal> completed = progress.completedInYearTo(year, month);
    List<InvestmentShortfall> behind = new ArrayList<>();
    for (Project p : projects.findAll(List.copyOf(planned.keySet()))) {
      BigDecimal plan = planned.get(p.code());
      int first = p.startDate().getYear() < year ? 1 : p.startDate().getMonthValue();
      int last = p.plannedFinish().getYear() > year ? 12 : p.plannedFinish().getMonthValue();
      if (plan.signum() <= 0
          || p.startDate().getYear() > year
          || p.plannedFinish().getYear() < year
          || month < first) {
        continue;
      }
      int months = last - first + 1;
      int elapsed = Math.min(month, last) - first + 1;
      BigDecimal expected =
          plan.multiply(BigDecimal.valueOf(elapsed))
              .divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
      BigDecimal done = completed.getOrDefault(p.code(), BigDecimal.ZERO);
      BigDecimal shortfall = expected.subtract(done);
      BigDecimal points = shortfall.multiply(HUNDRED).divide(plan, 2, RoundingMode.HALF_UP);
      if (points.compareTo(percent) > 0) {
        behind.add(
            new InvestmentShortfall(
                p.code(),
                p.name(),
                p.regionCode(),
                p.sector(),
                year,
                month,
                plan,
                done,
                expected,
                shortfall,
                points));
      }
    }
    behind.sort(
        Comparator.comparing(InvestmentShortfall::shortfallPoints)
            .reversed()
            .thenComparing(InvestmentShortfall::projectCode));
    return behind;
  }
}
