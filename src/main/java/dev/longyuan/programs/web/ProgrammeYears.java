package dev.longyuan.programs.web;

import dev.longyuan.plan.PlanCatalog;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The years the pages and the API show: the plan's base year to its target year. */
@Component
class ProgrammeYears {

  private final PlanCatalog plans;
  private final String planId;

  ProgrammeYears(
      PlanCatalog plans, @Value("${longyuan.programmes.plan:gansu-13fyp-industry}") String planId) {
    this.plans = plans;
    this.planId = planId;
  }

  List<Integer> years() {
    int from = plans.plan(planId).map(p -> p.baseYear()).orElse(2015);
    int to = plans.plan(planId).map(p -> p.targetYear()).orElse(2020);
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  String planId() {
    return planId;
  }
}
