package dev.longyuan.analytics;

import dev.longyuan.plan.Attribute;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Judges every target of a plan for a year: a target set on an indicator the plan defines
 * (docs/plan-format.md, "Indicator definitions") is computed for each year from the plan's base
 * year, judged by the progress method (docs/progress-method.md) and projected to its target year;
 * every other target says why it is not assessed, and no value is ever invented for it.
 */
@Service
public class PlanAssessor {

  static final String METHOD = "open-sdg progress measure (sdg-build pull request #318)";

  private final PlanCatalog plans;
  private final IndicatorEngine engine;

  PlanAssessor(PlanCatalog plans, IndicatorEngine engine) {
    this.plans = plans;
    this.engine = engine;
  }

  /**
   * The assessment in the user's scope; the region defaults to the scope's own (the province for
   * province users).
   */
  public PlanAssessment assess(
      String planId, int year, DataScope scope, @Nullable String region, @Nullable String sector) {
    Plan plan =
        plans
            .plan(planId)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
    if (year < plan.baseYear()) {
      throw new AnalyticsRefused(
          "year.before_base",
          "评估年份 " + year + " 早于规划基期 " + plan.baseYear(),
          "the year " + year + " is before the plan's base year " + plan.baseYear());
    }
    String regionCode = region != null ? region : defaultRegion(plan, scope);
    List<TargetAssessment> assessed = new ArrayList<>();
    for (Target target : plan.targets()) {
      assessed.add(assess(plan, target, year, scope, regionCode, sector));
    }
    return new PlanAssessment(plan.id(), year, regionCode, sector, METHOD, assessed);
  }

  private static String defaultRegion(Plan plan, DataScope scope) {
    if (scope.kind() == DataScope.Kind.REGION) {
      return scope.region().value();
    }
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      throw new AnalyticsRefused(
          "scope.outside",
          "企业账号不能评估地区的规划目标",
          "an enterprise account cannot assess a region's plan targets");
    }
    return plan.regions().stream()
        .filter(r -> r.level() == RegionLevel.PROVINCE)
        .map(r -> r.code().value())
        .findFirst()
        .orElseThrow(
            () ->
                new AnalyticsRefused(
                    "region.missing",
                    "规划没有省级行政区划，请指明 region",
                    "the plan has no province region: give region"));
  }

  private TargetAssessment assess(
      Plan plan,
      Target target,
      int year,
      DataScope scope,
      String regionCode,
      @Nullable String sector) {
    Optional<Indicator> indicator =
        target.indicator() == null ? Optional.empty() : plan.indicator(target.indicator());
    IndicatorDefinition definition = indicator.map(Indicator::definition).orElse(null);
    if (target.kind() == TargetKind.QUALITATIVE || target.value() == null) {
      return unassessed(
          target,
          indicator,
          false,
          "定性目标，尚未量化：量化后可在规划文件中填写目标值",
          "a qualitative target, not quantified: give its value in the plan file once it is set");
    }
    if (definition == null) {
      return unassessed(
          target,
          indicator,
          true,
          "规划尚未定义如何由上报数据计算此目标",
          "the plan does not yet define how this target is computed from reported data");
    }
    if (target.kind() != TargetKind.LEVEL) {
      return unassessed(
          target,
          indicator,
          true,
          "此类目标（" + target.kind().word() + "）尚不能由指标定义评估",
          "targets of this kind ("
              + target.kind().word()
              + ") are not yet assessed from definitions");
    }
    String industries = industries(definition.industries(), sector);
    IndicatorExpression expression = engine.parse(definition.expression());
    List<YearValue> series = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    List<@Nullable Double> values = new ArrayList<>();
    List<Integer> observedYears = new ArrayList<>();
    List<Double> observedValues = new ArrayList<>();
    List<String> yearCodes = new ArrayList<>();
    for (int y = target.baseYear(); y <= year; y++) {
      yearCodes.add(String.valueOf(y));
    }
    List<IndicatorValue> computed =
        engine.evaluate(expression, scope, regionCode, industries, yearCodes, "ytd");
    for (IndicatorValue value : computed) {
      int y = Integer.parseInt(value.period());
      series.add(new YearValue(y, value.value(), value.figures()));
      years.add(y);
      values.add(value.value() == null ? null : value.value().doubleValue());
      if (value.value() != null) {
        observedYears.add(y);
        observedValues.add(value.value().doubleValue());
      }
    }
    boolean higherIsBetter = target.direction() == Direction.HIGHER_IS_BETTER;
    double goal = target.value().doubleValue();
    ProgressAssessment progress =
        ProgressMeasure.assess(
            new ProgressSeries(
                years, values, higherIsBetter, goal, target.targetYear(), target.baseYear(), null));
    Projection projection =
        TrendProjection.project(observedYears, observedValues, target.targetYear());
    Integer latestYear =
        observedYears.isEmpty() ? null : observedYears.get(observedYears.size() - 1);
    BigDecimal latest =
        latestYear == null ? null : series.get(latestYear - target.baseYear()).value();
    Boolean met = null;
    boolean serious = false;
    if (target.attribute() == Attribute.BINDING && latest != null) {
      met = meets(latest.doubleValue(), goal, higherIsBetter);
      serious = projection != null && !meets(projection.value(), goal, higherIsBetter);
    }
    String source =
        observedYears.isEmpty()
            ? "none"
            : series.stream().anyMatch(YearValue::synthetic) ? "synthetic" : "enterprise";
    return new TargetAssessment(
        target.code(),
        target.nameZh(),
        target.nameEn(),
        target.kind().word(),
        target.comparator().word(),
        target.value(),
        target.unit(),
        target.baseYear(),
        target.targetYear(),
        target.attribute().word(),
        target.direction().word(),
        target.section(),
        target.sourceText(),
        target.indicator(),
        indicator.map(Indicator::baseline).orElse(null),
        definition.expression(),
        industries,
        series,
        latestYear,
        latest,
        progress,
        projection,
        true,
        met,
        serious,
        source,
        observedYears.isEmpty() ? "所选地区、产业在这些年份没有已审核的数据" : null,
        observedYears.isEmpty()
            ? "no approved values for the region and sector in these years"
            : null);
  }

  /** The narrower of the definition's industries and the sector asked for. */
  private static @Nullable String industries(@Nullable String defined, @Nullable String asked) {
    if (asked == null) {
      return defined;
    }
    if (defined == null || asked.startsWith(defined)) {
      return asked;
    }
    if (defined.startsWith(asked)) {
      return defined;
    }
    throw new AnalyticsRefused(
        "sector.outside_indicator",
        "产业“" + asked + "”不在指标口径（" + defined + "）之内",
        "the sector \"" + asked + "\" lies outside the indicator's industries (" + defined + ")");
  }

  private static boolean meets(double value, double goal, boolean higherIsBetter) {
    return higherIsBetter ? value >= goal : value <= goal;
  }

  private static TargetAssessment unassessed(
      Target target,
      Optional<Indicator> indicator,
      boolean quantified,
      String reasonZh,
      String reasonEn) {
    return new TargetAssessment(
        target.code(),
        target.nameZh(),
        target.nameEn(),
        target.kind().word(),
        target.comparator().word(),
        target.value(),
        target.unit(),
        target.baseYear(),
        target.targetYear(),
        target.attribute().word(),
        target.direction().word(),
        target.section(),
        target.sourceText(),
        target.indicator(),
        indicator.map(Indicator::baseline).orElse(null),
        indicator.map(Indicator::definition).map(IndicatorDefinition::expression).orElse(null),
        indicator.map(Indicator::definition).map(IndicatorDefinition::industries).orElse(null),
        List.of(),
        null,
        null,
        new ProgressAssessment(
            ProgressLabel.NOT_ASSESSABLE,
            target.value() == null ? 1 : 2,
            target.baseYear(),
            null,
            null,
            null,
            null,
            null),
        null,
        quantified,
        null,
        false,
        "none",
        reasonZh,
        reasonEn);
  }
}
