package dev.longyuan.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project with its investment by year, its milestones and its progress reports (newest first).
 */
public record ProjectDetail(
    Project project,
    List<YearInvestment> years,
    List<Milestone> milestones,
    List<ProgressReport> reports) {

  public ProjectDetail {
    years = List.copyOf(years);
    milestones = List.copyOf(milestones);
    reports = List.copyOf(reports);
  }

  public BigDecimal planned() {
    return years.stream().map(YearInvestment::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal completed() {
    return years.stream().map(YearInvestment::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
