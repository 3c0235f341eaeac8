package dev.longyuan.monitoring;

import dev.longyuan.projects.InvestmentShortfall;
import dev.longyuan.projects.OverdueMilestone;
import dev.longyuan.projects.ProjectWatch;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The project rules (kind {@code project}): a key project's milestone overdue by more than the
 * threshold in days ({@code milestone_overdue}), or its investment this year behind its plan, pro
 * rata, by more than the threshold in points ({@code investment_behind}). Both are judged as of the
 * end of the year evaluated, or today within the current year, for the projects in the rule's
 * region and sector; each milestone or project is one alert, closed when it is done or caught up.
 */
@Component
class ProjectRuleChecks {

  private final ProjectWatch projects;

  ProjectRuleChecks(ProjectWatch projects) {
    this.projects = projects;
  }

  List<Alert.Finding> findings(WarningRule rule, int year) {
    LocalDate today = LocalDate.now(DataQualityChecks.ZONE);
    LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
    BigDecimal threshold = rule.threshold() == null ? BigDecimal.ZERO : rule.threshold();
    List<Alert.Finding> findings = new ArrayList<>();
    if (rule.comparator().equals("milestone_overdue")) {
      for (OverdueMilestone m : projects.overdueMilestones(asOf)) {
        if (watched(rule, m.regionCode(), m.sector())
            && BigDecimal.valueOf(m.daysOverdue()).compareTo(threshold) > 0) {
          findings.add(
              new Alert.Finding(
                  m.regionCode(),
                  m.sector(),
                  m.projectCode() + "#" + m.milestoneId(),
                  BigDecimal.valueOf(m.daysOverdue()),
                  threshold,
                  m.dueDate().toString(),
                  m.projectName() + "：" + m.milestone()));
        }
      }
    } else {
      for (InvestmentShortfall s :
          projects.investmentBehind(asOf.getYear(), asOf.getMonthValue(), threshold)) {
        if (watched(rule, s.regionCode(), s.sector())) {
          findings.add(
              new Alert.Finding(
                  s.regionCode(),
                  s.sector(),
                  s.projectCode(),
                  s.shortfallPoints(),
                  threshold,
                  String.format("%d-%02d", s.year(), s.month()),
                  s.projectName()
                      + "："
                      + s.completed().stripTrailingZeros().toPlainString()
                      + "/"
                      + s.expected().stripTrailingZeros().toPlainString()));
        }
      }
    }
    return findings;
  }

  private static boolean watched(WarningRule rule, String region, @Nullable String sector) {
    return region.startsWith(RegionCode.of(rule.regionCode()).prefix())
        && (rule.sector() == null || rule.sector().equals(sector));
  }
}
