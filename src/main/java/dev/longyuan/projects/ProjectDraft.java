package dev.longyuan.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project as a form, a file row or the API gives it, checked whole before anything is stored. The
 * owner is a registered enterprise's credit code or, for an owner outside the registry, a name;
 * {@code status} is a word ({@code building}) or its Chinese name (在建); {@code yearPlans}, when
 * given, replaces the investment planned per year. {@code planId} defaults to the current plan.
 */
public record ProjectDraft(
    @Nullable String code,
    @Nullable String planId,
    @Nullable String name,
    @Nullable String ownerCreditCode,
    @Nullable String ownerName,
    @Nullable String regionCode,
    @Nullable String sector,
    @Nullable String industryCode,
    @Nullable String chain,
    @Nullable String base,
    @Nullable String zone,
    @Nullable BigDecimal totalInvestment,
    @Nullable LocalDate startDate,
    @Nullable LocalDate plannedFinish,
    @Nullable String status,
    @Nullable List<YearPlan> yearPlans) {

  /** The investment planned for a year, 万元. */
  public record YearPlan(int year, BigDecimal planned) {}

  /** The same draft for the stored project of this code and plan, whatever it said of them. */
  public ProjectDraft withCode(String storedCode, String storedPlanId) {
    return new ProjectDraft(
        storedCode,
        storedPlanId,
        name,
        ownerCreditCode,
        ownerName,
        regionCode,
        sector,
        industryCode,
        chain,
        base,
        zone,
        totalInvestment,
        startDate,
        plannedFinish,
        status,
        yearPlans);
  }

  /** The draft of a stored project, for a form that edits it. */
  public static ProjectDraft of(ProjectDetail detail) {
    Project p = detail.project();
    return new ProjectDraft(
        p.code(),
        p.planId(),
        p.name(),
        p.ownerCreditCode(),
        p.ownerName(),
        p.regionCode(),
        p.sector(),
        p.industryCode(),
        p.chain(),
        p.base(),
        p.zone(),
        p.totalInvestment(),
        p.startDate(),
        p.plannedFinish(),
        p.status().word(),
        detail.years().stream().map(y -> new YearPlan(y.year(), y.planned())).toList());
  }
}
