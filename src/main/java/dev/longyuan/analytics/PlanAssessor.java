package dev.longyuan.analytics;

import dev.longyuan.plan.Attribute;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanRevision;
import dev.longyuan.plan.PlanRevisions;
import dev.longyuan.plan.ProgressBands;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
  private final List<RegisterFigures> registers;
  private final PlanRevisions revisions;
  private final VersionedCache<Asked, PlanAssessment> assessments = new VersionedCache<>(256);

  PlanAssessor(
      PlanCatalog plans,
      IndicatorEngine engine,
      List<RegisterFigures> registers,
      PlanRevisions revisions) {
    this.plans = plans;
    this.revisions = revisions;
    this.engine = engine;
    this.registers = List.copyOf(registers);
  }

  /**
   * The assessment in the user's scope; the region defaults to the scope's own (the province for
   * province users).
   */
  public PlanAssessment assess(
      String planId, int year, DataScope scope, @Nullable String region, @Nullable String sector) {
    return assess(planId, year, scope, region, sector, false);
  }

  /**
   * The assessment from official figures alone — what the public may see: nothing computed from
   * enterprises' reports, which are not published.
   */
  public PlanAssessment assessOfficial(String planId, int year, @Nullable String region) {
    return assess(planId, year, DataScope.everything(false), region, null, true);
  }

  /** What an assessment depends on besides the data and the plan. */
  private record Asked(
      String planId,
      int year,
      DataScope scope,
      @Nullable String region,
      @Nullable String sector,
      boolean officialOnly) {}

  private PlanAssessment assess(
      String planId,
      int year,
      DataScope scope,
      @Nullable String region,
      @Nullable String sector,
      boolean officialOnly) {
    Plan issued = plans.plan(planId).orElse(null);
    if (issued == null) {
      return compute(planId, year, scope, region, sector, officialOnly);
    }
    return assessments.get(
        new Asked(planId, year, scope.forReading(), region, sector, officialOnly),
        engine.dataVersion(),
        revisions.inForceForYear(issued, year),
        () -> compute(planId, year, scope, region, sector, officialOnly));
  }

  private PlanAssessment compute(
      String planId,
      int year,
      DataScope scope,
      @Nullable String region,
      @Nullable String sector,
      boolean officialOnly) {
    Plan issued =
        plans
            .plan(planId)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
    // each year is judged against the targets in force at its end
    Plan plan = revisions.inForceForYear(issued, year);
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    if (year < plan.baseYear()) {
      throw new AnalyticsRefused(
          "year.before_base",
          "评估年份 " + year + " 早于规划基期 " + plan.baseYear(),
          "the year " + year + " is before the plan's base year " + plan.baseYear());
    }
    String regionCode = region != null ? region : defaultRegion(plan, scope);
    ProgressThresholds thresholds = thresholds(plan);
    List<TargetAssessment> assessed = new ArrayList<>();
    Map<String, PlanRevision.TargetChange> changes = revisions.changes(issued, yearEnd);
    for (Target target : plan.targets()) {
      TargetAssessment assessment =
          assess(plan, target, year, scope, regionCode, sector, thresholds, officialOnly);
      PlanRevision.TargetChange change = changes.get(target.code());
      assessed.add(change == null ? assessment : assessment.revisedBy(change));
    }
    return new PlanAssessment(plan.id(), year, regionCode, sector, METHOD, thresholds, assessed);
  }

  /** The bounds progress ratios are compared with: the plan's own, or Open SDG's. */
  public static ProgressThresholds thresholds(Plan plan) {
    ProgressBands bands = plan.progressThresholds();
    return bands == null
        ? ProgressThresholds.FOR_TARGET
        : new ProgressThresholds(
            bands.high().doubleValue(), bands.med().doubleValue(), bands.low().doubleValue());
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
    return plan.province()
        .map(r -> r.code().value())
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
      @Nullable String sector,
      ProgressThresholds thresholds,
      boolean officialOnly) {
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
    if (target.register() != null) {
      return assessRegistered(target, year, regionCode, sector, thresholds, officialOnly);
    }
    if (definition == null) {
      return unassessed(
          target,
          indicator,
          true,
          "规划尚未定义如何由数据得到此目标的指标值",
          "the plan does not yet define how this target's indicator is found in the data");
    }
    String industries = industries(definition.industries(), sector);
    List<Integer> years = new ArrayList<>();
    for (int y = target.baseYear(); y <= year; y++) {
      years.add(y);
    }
    // computed bottom-up for every year, shown beside the region's own figures where it has them
    Map<Integer, IndicatorValue> computed = new HashMap<>();
    if (definition.expression() != null && !officialOnly) {
      List<IndicatorValue> values =
          engine.evaluate(
              engine.parse(definition.expression()),
              scope,
              regionCode,
              industries,
              years.stream().map(String::valueOf).toList(),
              "ytd");
      for (IndicatorValue value : values) {
        computed.put(Integer.parseInt(value.period()), value);
      }
    }
    // a region's own figures are for the indicator's whole scope, not for a sector of it; one
    // element serves the whole series, so that no comparison mixes two scopes
    Map<Integer, RegionFigure> official = Map.of();
    Map<Integer, RegionFigure> changes = Map.of();
    if (sector == null) {
      for (String element : definition.official()) {
        official = engine.regionFigures(scope, element, regionCode, years);
        if (!official.isEmpty()) {
          break;
        }
      }
      if (definition.officialChange() != null) {
        changes = engine.regionFigures(scope, definition.officialChange(), regionCode, years);
      }
    }
    boolean byRegion = !official.isEmpty() || !changes.isEmpty();
    Map<Integer, Double> levels = new TreeMap<>();
    for (int y : years) {
      BigDecimal value =
          byRegion
              ? (official.containsKey(y) ? official.get(y).value() : null)
              : (computed.containsKey(y) ? computed.get(y).value() : null);
      if (value != null) {
        levels.put(y, value.doubleValue());
      }
    }
    Map<Integer, Double> changeValues = new TreeMap<>();
    changes.forEach((y, f) -> changeValues.put(y, f.value().doubleValue()));
    boolean provinceWhole = sector == null && isProvince(plan, regionCode);
    BigDecimal planBase = indicator.map(Indicator::baseline).orElse(null);
    JudgedSeries judged =
        TargetMeasure.judge(
            target,
            levels,
            changeValues,
            provinceWhole && planBase != null ? planBase.doubleValue() : null,
            year);
    List<YearValue> series =
        series(target, years, byRegion, official, changes, computed, judged, definition);
    List<AssessmentNote> notes = new ArrayList<>(judged.notes());
    if (!official.isEmpty()) {
      String element = official.values().iterator().next().element();
      if (!element.equals(definition.official().get(0))) {
        notes.add(
            new AssessmentNote(
                "数值取自代理口径的统计指标项 " + element + "，与指标口径不完全相同",
                "the values are those of " + element + ", a proxy whose scope differs"));
      }
    }
    String source =
        series.stream().noneMatch(v -> v.value() != null)
            ? "none"
            : byRegion
                ? "official"
                : series.stream().anyMatch(YearValue::synthetic) ? "synthetic" : "enterprise";
    return assessment(
        target,
        judged,
        series,
        notes,
        thresholds,
        source,
        planBase,
        definition.expression(),
        industries);
  }

  /** Judges a target measured by a register's series, from that register's figures alone. */
  private TargetAssessment assessRegistered(
      Target target,
      int year,
      String regionCode,
      @Nullable String sector,
      ProgressThresholds thresholds,
      boolean officialOnly) {
    String register = target.register();
    Optional<RegisterFigures> keeper =
        registers.stream().filter(r -> r.keeps(register)).findFirst();
    if (keeper.isEmpty()) {
      return unassessed(
          target,
          Optional.empty(),
          true,
          "平台中没有登记簿保存序列 " + register,
          "no register of the platform keeps the series " + register);
    }
    if (sector != null) {
      return unassessed(
          target,
          Optional.empty(),
          true,
          "登记簿的数值按地区给出，不分产业",
          "a register's figures are given by region, not by sector");
    }
    if (officialOnly && !keeper.get().published(register)) {
      return unassessed(
          target,
          Optional.empty(),
          true,
          "此登记簿的数值不公开",
          "this register's figures are not published");
    }
    List<Integer> years = new ArrayList<>();
    for (int y = target.baseYear(); y <= year; y++) {
      years.add(y);
    }
    Map<Integer, RegisterFigure> figures = keeper.get().figures(register, regionCode, years);
    Map<Integer, Double> levels = new TreeMap<>();
    List<YearValue> series = new ArrayList<>();
    for (int y : years) {
      RegisterFigure figure = figures.get(y);
      if (figure != null) {
        levels.put(y, figure.value().doubleValue());
      }
      series.add(
          figure == null
              ? new YearValue(y, null, "none", null, null, List.of())
              : new YearValue(
                  y,
                  figure.value(),
                  figure.synthetic() ? "synthetic" : "register",
                  register,
                  null,
                  List.of()));
    }
    JudgedSeries judged = TargetMeasure.judge(target, levels, Map.of(), null, year);
    List<AssessmentNote> notes = new ArrayList<>(judged.notes());
    figures.values().stream()
        .max(java.util.Comparator.comparingInt(RegisterFigure::year))
        .ifPresent(
            latest ->
                notes.add(
                    new AssessmentNote(
                        "登记簿 " + register + "：" + latest.basisZh(),
                        "register " + register + ": " + latest.basisEn())));
    String source =
        figures.isEmpty()
            ? "none"
            : figures.values().stream().anyMatch(RegisterFigure::synthetic)
                ? "synthetic"
                : "register";
    return assessment(target, judged, series, notes, thresholds, source, null, null, null);
  }

  /** The judgement, projection and risk of a target from its judged series. */
  private static TargetAssessment assessment(
      Target target,
      JudgedSeries judged,
      List<YearValue> series,
      List<AssessmentNote> notes,
      ProgressThresholds thresholds,
      String source,
      @Nullable BigDecimal planBase,
      @Nullable String expression,
      @Nullable String industries) {
    ProgressAssessment progress = judge(judged, target, thresholds);
    List<Integer> observedYears = new ArrayList<>();
    List<Double> observedValues = new ArrayList<>();
    for (int i = 0; i < judged.years().size(); i++) {
      if (judged.values().get(i) != null) {
        observedYears.add(judged.years().get(i));
        observedValues.add(judged.values().get(i));
      }
    }
    Projection projection =
        judged.unassessable() != null
            ? null
            : TrendProjection.project(observedYears, observedValues, target.targetYear());
    YearValue latest =
        series.stream().filter(v -> v.value() != null).reduce((a, b) -> b).orElse(null);
    Boolean met = null;
    boolean serious = false;
    Integer judgedLatest = judged.latestYear();
    if (target.attribute() == Attribute.BINDING && judgedLatest != null && judged.goal() != null) {
      met = meets(judged.valueIn(judgedLatest), judged.goal(), judged.higherIsBetter());
      serious =
          projection != null && !meets(projection.value(), judged.goal(), judged.higherIsBetter());
    }
    AssessmentNote reason =
        judged.unassessable() != null
            ? judged.unassessable()
            : latest == null
                ? new AssessmentNote(
                    "所选地区、产业在这些年份没有已审核的数据",
                    "no approved values for the region and sector in these years")
                : progress.label() == ProgressLabel.NOT_ASSESSABLE
                    ? new AssessmentNote(
                        "可比的数据不足两年，无法计算进度",
                        "fewer than two comparable years of data: progress cannot be computed")
                    : null;
    List<TargetAssessment.YearPoint> points = new ArrayList<>();
    for (int i = 0; i < judged.years().size(); i++) {
      points.add(new TargetAssessment.YearPoint(judged.years().get(i), judged.values().get(i)));
    }
    return new TargetAssessment(
        target.code(),
        target.nameZh(),
        target.nameEn(),
        target.kind().word(),
        target.comparator().word(),
        target.value(),
        target.valueMax(),
        target.unit(),
        target.baseYear(),
        target.targetYear(),
        target.attribute().word(),
        target.direction().word(),
        target.section(),
        target.sourceText(),
        target.indicator(),
        target.register(),
        planBase,
        expression,
        industries,
        series,
        latest == null ? null : latest.year(),
        latest == null ? null : latest.value(),
        judged.measuredAs(),
        points,
        judged.goal(),
        progress,
        projection,
        true,
        met,
        serious,
        source,
        notes,
        reason == null ? null : reason.zh(),
        reason == null ? null : reason.en(),
        null);
  }

  /** The label: by the pace for running sums from zero, else by the progress measure. */
  private static ProgressAssessment judge(
      JudgedSeries judged, Target target, ProgressThresholds thresholds) {
    if (judged.unassessable() != null) {
      return new ProgressAssessment(
          ProgressLabel.NOT_ASSESSABLE, 2, target.baseYear(), null, null, null, null, null);
    }
    if (judged.pace()) {
      return PaceMeasure.assess(judged, target.targetYear(), thresholds);
    }
    try {
      return ProgressMeasure.assess(
          new ProgressSeries(
              judged.years(),
              judged.values(),
              judged.higherIsBetter(),
              judged.goal(),
              target.targetYear(),
              target.baseYear(),
              thresholds));
    } catch (AnalyticsRefused baseMovedToTargetYear) {
      return new ProgressAssessment(
          ProgressLabel.NOT_ASSESSABLE, 2, target.baseYear(), null, null, null, null, null);
    }
  }

  /** Each year's value of the indicator and where it comes from. */
  private static List<YearValue> series(
      Target target,
      List<Integer> years,
      boolean byRegion,
      Map<Integer, RegionFigure> official,
      Map<Integer, RegionFigure> changes,
      Map<Integer, IndicatorValue> computed,
      JudgedSeries judged,
      IndicatorDefinition definition) {
    List<YearValue> series = new ArrayList<>();
    for (int y : years) {
      IndicatorValue bottomUp = computed.get(y);
      List<AggregateFigure> figures = bottomUp == null ? List.of() : bottomUp.figures();
      BigDecimal computedValue = bottomUp == null ? null : bottomUp.value();
      if (!byRegion) {
        boolean synthetic = figures.stream().anyMatch(f -> f.syntheticValues() > 0);
        series.add(
            new YearValue(
                y,
                computedValue,
                computedValue == null ? "none" : synthetic ? "synthetic" : "enterprise",
                null,
                null,
                figures));
        continue;
      }
      RegionFigure own = official.get(y);
      if (own != null) {
        series.add(
            new YearValue(y, own.value(), own.source(), own.element(), computedValue, figures));
        continue;
      }
      // a change-vs-base target measures a level the region gave only as a change, or the plan's
      // base
      Double level = target.kind() == TargetKind.CHANGE_VS_BASE ? judged.valueIn(y) : null;
      if (level != null && y == target.baseYear()) {
        series.add(
            new YearValue(y, BigDecimal.valueOf(level), "plan", null, computedValue, figures));
      } else if (level != null && changes.containsKey(y)) {
        series.add(
            new YearValue(
                y,
                BigDecimal.valueOf(level)
                    .setScale(4, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros(),
                "derived",
                definition.officialChange(),
                computedValue,
                figures));
      } else {
        series.add(new YearValue(y, null, "none", null, computedValue, figures));
      }
    }
    return series;
  }

  private static boolean isProvince(Plan plan, String regionCode) {
    return plan.province().map(r -> r.code().value().equals(regionCode)).orElse(false);
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
    IndicatorDefinition definition = indicator.map(Indicator::definition).orElse(null);
    return new TargetAssessment(
        target.code(),
        target.nameZh(),
        target.nameEn(),
        target.kind().word(),
        target.comparator().word(),
        target.value(),
        target.valueMax(),
        target.unit(),
        target.baseYear(),
        target.targetYear(),
        target.attribute().word(),
        target.direction().word(),
        target.section(),
        target.sourceText(),
        target.indicator(),
        target.register(),
        indicator.map(Indicator::baseline).orElse(null),
        definition == null ? null : definition.expression(),
        definition == null ? null : definition.industries(),
        List.of(),
        null,
        null,
        null,
        List.of(),
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
        List.of(),
        reasonZh,
        reasonEn,
        null);
  }
}
