package dev.longyuan.implementation.web;

import dev.longyuan.implementation.AnnualPlan;
import dev.longyuan.implementation.AnnualPlans;
import java.math.BigDecimal;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The annual implementation plans: each year's targets, set otherwise by hand, and approved. */
@RestController
class AnnualPlanApiController {

  private final AnnualPlans annualPlans;

  AnnualPlanApiController(AnnualPlans annualPlans) {
    this.annualPlans = annualPlans;
  }

  /** A year's value set by hand, and why. */
  record ValueChange(@Nullable BigDecimal value, @Nullable String note) {}

  @GetMapping("/api/plans/{planId}/annual-plans/{year}")
  AnnualPlan annualPlan(@PathVariable String planId, @PathVariable int year) {
    return annualPlans.annualPlan(planId, year);
  }

  @PutMapping("/api/plans/{planId}/annual-plans/{year}/targets/{code}")
  AnnualPlan set(
      @PathVariable String planId,
      @PathVariable int year,
      @PathVariable String code,
      @RequestBody ValueChange change,
      Principal principal) {
    return annualPlans.set(
        planId,
        year,
        code,
        change.value(),
        change.note() == null ? "" : change.note(),
        principal.getName(),
        "api");
  }

  @PostMapping("/api/plans/{planId}/annual-plans/{year}/approval")
  AnnualPlan approve(@PathVariable String planId, @PathVariable int year, Principal principal) {
    return annualPlans.approve(planId, year, principal.getName(), "api");
  }
}
