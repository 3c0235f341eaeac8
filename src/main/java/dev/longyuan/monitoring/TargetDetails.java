package dev.longyuan.monitoring;

import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Baseline;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds the detail of any target of a plan — not only those of the key indicators — from its
 * assessment. Empty when the plan has no such target.
 */
@Service
public class TargetDetails {

  private final PlanCatalog plans;
  private final PlanAssessor assessor;

  TargetDetails(PlanCatalog plans, PlanAssessor assessor) {
    this.plans = plans;
    this.assessor = assessor;
  }

  /** The target judged in the user's scope (the region defaults to the scope's own). */
  public Optional<TargetDetail> detail(
      String planId, String targetCode, int year, DataScope scope, @Nullable String region) {
    return find(planId, targetCode)
        .map(
            found ->
                detail(
                    found.plan(),
                    found.target(),
                    assessor.assess(planId, year, scope, region, null),
                    false));
  }

  /** The target as the public may see it: judged from official figures alone. */
  public Optional<TargetDetail> officialDetail(
      String planId, String targetCode, int year, @Nullable String region) {
    return find(planId, targetCode)
        .map(
            found ->
                detail(
                    found.plan(),
                    found.target(),
                    assessor.assessOfficial(planId, year, region),
                    true));
  }

  private record Found(Plan plan, Target target) {}

  // the target is looked up before anything is assessed, so an unknown one costs nothing
  private Optional<Found> find(String planId, String targetCode) {
    return plans
        .plan(planId)
        .flatMap(plan -> plan.target(targetCode).map(target -> new Found(plan, target)));
  }

  private static TargetDetail detail(
      Plan plan, Target target, PlanAssessment assessment, boolean officialOnly) {
    TargetAssessment assessed =
        assessment.targets().stream()
            .filter(t -> t.targetCode().equals(target.code()))
            .findFirst()
            .orElseThrow();
    Indicator indicator =
        target.indicator() == null ? null : plan.indicator(target.indicator()).orElse(null);
    List<Sector> sectors =
        target.sectors().stream().map(plan::sector).flatMap(Optional::stream).toList();
    List<Region> regions =
        target.regions().stream().map(plan::region).flatMap(Optional::stream).toList();
    return new TargetDetail(
        plan.id(),
        assessment.year(),
        assessment.regionCode(),
        officialOnly,
        target,
        assessed,
        indicator,
        baseline(plan, target, indicator),
        IndicatorDetails.requiredPath(assessed),
        PlanAssessor.thresholds(plan),
        sectors,
        regions,
        places(plan, target));
  }

  /**
   * The base-year value as the plan states it: its indicator's, else a base-year fact the plan
   * gives for the same indicator; none for a target the plan gives no base for.
   */
  private static @Nullable BigDecimal baseline(
      Plan plan, Target target, @Nullable Indicator indicator) {
    if (indicator != null && indicator.baseline() != null) {
      return indicator.baseline();
    }
    return target.indicator() == null
        ? null
        : plan.baselines().stream()
            .filter(b -> Objects.equals(b.indicator(), target.indicator()))
            .filter(b -> b.year() == null || b.year() == target.baseYear())
            .map(Baseline::value)
            .findFirst()
            .orElse(null);
  }

  /**
   * The places the target concerns: any it names among its regions, and the zones, bases and chains
   * lying in one of its regions that host one of its sectors (a target for 庆阳's petrochemicals
   * concerns the petrochemical base there). A target naming no region names no place, rather than
   * every place of its sectors in the province.
   */
  private static List<Place> places(Plan plan, Target target) {
    return plan.places().stream()
        .filter(
            place ->
                target.regions().contains(place.code())
                    || (place.regions().stream().anyMatch(target.regions()::contains)
                        && place.sectors().stream().anyMatch(target.sectors()::contains)))
        .toList();
  }
}
