package dev.longyuan.programs.internal;

import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Target;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plan targets the programmes and the ledger serve, read through the plan's facade: from the
 * plan named by {@code longyuan.programmes.plan} first, else from any stored plan that sets it.
 */
@Component
public class PlanTargets {

  private final PlanCatalog plans;
  private final String preferred;

  PlanTargets(
      PlanCatalog plans,
      @Value("${longyuan.programmes.plan:gansu-13fyp-industry}") String preferred) {
    this.plans = plans;
    this.preferred = preferred;
  }

  /** The province the plan covers (its one region ending in 0000), whose prefix selects all. */
  public String province() {
    return plans
        .plan(preferred)
        .flatMap(plan -> plan.province())
        .map(region -> region.code().value())
        .orElse("620000");
  }

  public Optional<Target> target(String code) {
    Optional<Target> found = plans.plan(preferred).flatMap(plan -> plan.target(code));
    if (found.isPresent()) {
      return found;
    }
    return plans.plans().stream()
        .flatMap(summary -> plans.plan(summary.id()).stream())
        .flatMap(plan -> plan.target(code).stream())
        .findFirst();
  }
}
