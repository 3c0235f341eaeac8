package dev.longyuan.implementation;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.analytics.YearValue;
import dev.longyuan.implementation.persistence.AnnualPlanStore;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual implementation plans (年度实施方案): for each year of the plan, every quantified target broken
 * down to the value it should reach that year on its own path ({@link TargetTrajectory}), from the
 * base-year value the assessment finds (the plan's stated base, or the figure of the base year);
 * the province may set a year's value otherwise, with a note, until it approves the year.
 */
@Service
public class AnnualPlans {

  private final PlanCatalog plans;
  private final PlanRevisions revisions;
  private final PlanAssessor assessor;
  private final AnnualPlanStore store;
  private final AuditLog audit;
  private final WorkItems workItems;

  AnnualPlans(
      PlanCatalog plans,
      PlanRevisions revisions,
      PlanAssessor assessor,
      AnnualPlanStore store,
      AuditLog audit,
      WorkItems workItems) {
    this.plans = plans;
    this.revisions = revisions;
    this.assessor = assessor;
    this.store = store;
    this.audit = audit;
    this.workItems = workItems;
  }

  public AnnualPlan annualPlan(String planId, int year) {
    Plan plan = plan(planId, year);
    Map<String, BigDecimal> bases = baseValues(plan);
    Map<String, AnnualPlanStore.SetValue> set =
        store.values(planId, year).stream()
            .collect(Collectors.toMap(AnnualPlanStore.SetValue::targetCode, Function.identity()));
    List<AnnualTarget> targets = new ArrayList<>();
    for (Target target : plan.targets()) {
      if (target.kind() == TargetKind.QUALITATIVE
          || target.value() == null
          || year <= target.baseYear()) {
        continue;
      }
      // only a level and a stock move from their base; a growth, a change and additions do not
      BigDecimal base =
          target.kind() == TargetKind.LEVEL
                  || (target.kind() == TargetKind.CUMULATIVE_COUNT
                      && target.countBasis() == CountBasis.STOCK)
              ? bases.get(target.code())
              : null;
      TargetTrajectory.Step step = TargetTrajectory.step(target, year, base);
      AnnualPlanStore.SetValue byHand = set.get(target.code());
      targets.add(
          new AnnualTarget(
              target.code(),
              target.nameZh(),
              target.nameEn(),
              target.unit(),
              target.kind().word(),
              target.attribute().word(),
              target.value(),
              target.targetYear(),
              base,
              step.value(),
              step.methodZh(),
              step.methodEn(),
              byHand != null ? byHand.value() : step.value(),
              byHand == null ? null : byHand.note(),
              byHand == null ? null : byHand.setBy(),
              byHand == null ? null : byHand.setAt()));
    }
    AnnualPlanStore.State state =
        store.state(planId, year).orElse(new AnnualPlanStore.State("draft", null, null));
    return new AnnualPlan(
        planId,
        year,
        state.status(),
        state.approvedBy(),
        state.approvedAt(),
        targets,
        workItems.items(planId, year, WorkItems.Filter.ALL));
  }

  /** Sets a target's value for the year otherwise than its path gives, with the reason. */
  @Transactional
  public AnnualPlan set(
      String planId,
      int year,
      String targetCode,
      @Nullable BigDecimal value,
      String note,
      String actor,
      String origin) {
    Plan plan = plan(planId, year);
    draft(planId, year);
    Target target =
        plan.target(targetCode)
            .filter(t -> t.value() != null && t.kind() != TargetKind.QUALITATIVE)
            .filter(t -> year > t.baseYear())
            .orElseThrow(
                () ->
                    new ImplementationRefused(
                        "target.unknown",
                        year + "年的年度实施方案中没有目标“" + targetCode + "”",
                        "the annual plan for " + year + " has no target \"" + targetCode + "\""));
    if (value == null) {
      throw new ImplementationRefused(
          "value.missing",
          "请填写" + target.code() + "的年度目标值",
          "give the year's value of " + target.code());
    }
    if (note.isBlank()) {
      throw new ImplementationRefused(
          "note.missing", "请写明调整年度目标值的理由", "give the reason for setting the year's value");
    }
    store.set(planId, year, targetCode, value, note.strip(), actor);
    audit.record(
        actor,
        origin,
        "annual_plan.set",
        planId + " " + year + " " + targetCode,
        value.toPlainString() + ": " + note.strip());
    return annualPlan(planId, year);
  }

  /** Puts the year's plan in force; its values cannot be changed afterwards. */
  @Transactional
  public AnnualPlan approve(String planId, int year, String actor, String origin) {
    plan(planId, year);
    if (!store.approve(planId, year, actor)) {
      throw approvedAlready(year);
    }
    audit.record(actor, origin, "annual_plan.approve", planId + " " + year, "approved");
    return annualPlan(planId, year);
  }

  private void draft(String planId, int year) {
    if (store.state(planId, year).map(s -> s.status().equals("approved")).orElse(false)) {
      throw approvedAlready(year);
    }
  }

  private static ImplementationRefused approvedAlready(int year) {
    return new ImplementationRefused(
        "annual_plan.approved",
        year + "年度实施方案已批准，不能再修改",
        "the annual plan for " + year + " is approved and cannot be changed");
  }

  /** Each target's base-year value: the plan's own statement of it, else the base year's figure. */
  private Map<String, BigDecimal> baseValues(Plan plan) {
    Map<String, BigDecimal> bases = new HashMap<>();
    TreeSet<Integer> baseYears = new TreeSet<>();
    plan.targets().forEach(t -> baseYears.add(Math.max(t.baseYear(), plan.baseYear())));
    for (int baseYear : baseYears) {
      for (TargetAssessment assessed :
          assessor.assess(plan.id(), baseYear, DataScope.everything(true), null, null).targets()) {
        Target target = plan.target(assessed.targetCode()).orElseThrow();
        if (Math.max(target.baseYear(), plan.baseYear()) != baseYear) {
          continue;
        }
        BigDecimal base =
            assessed.planBaseline() != null
                ? assessed.planBaseline()
                : assessed.series().stream()
                    .filter(v -> v.year() == target.baseYear() && v.value() != null)
                    .map(YearValue::value)
                    .findFirst()
                    .orElse(null);
        if (base != null) {
          bases.put(target.code(), base);
        }
      }
    }
    return bases;
  }

  /** The plan as in force at the end of the year: a revision in force by then sets its targets. */
  private Plan plan(String planId, int year) {
    return revisions.inForceForYear(ImplementationRefused.planYear(plans, planId, year), year);
  }
}
