package dev.longyuan.implementation;

import dev.longyuan.shared.Refusal;

/** A change to the running of the plan refused, with its code and reason in both languages. */
public class ImplementationRefused extends Refusal {

  public ImplementationRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }

  static ImplementationRefused unknownPlan(String planId) {
    return new ImplementationRefused(
        "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\"");
  }

  /** The plan, refused when there is none, or when the year is not one of its annual plans'. */
  static dev.longyuan.plan.Plan planYear(
      dev.longyuan.plan.PlanCatalog plans, String planId, int year) {
    dev.longyuan.plan.Plan plan = plans.plan(planId).orElseThrow(() -> unknownPlan(planId));
    if (year <= plan.baseYear() || year > plan.targetYear()) {
      throw new ImplementationRefused(
          "year.outside",
          "年度实施方案的年份须在 " + (plan.baseYear() + 1) + "–" + plan.targetYear() + " 之间",
          "an annual plan's year is between "
              + (plan.baseYear() + 1)
              + " and "
              + plan.targetYear());
    }
    return plan;
  }
}
