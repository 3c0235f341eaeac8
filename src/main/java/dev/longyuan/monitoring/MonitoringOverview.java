package dev.longyuan.monitoring;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.analytics.YearValue;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds the overview of a plan: each key indicator from the assessment of the target it serves (so
 * the card and the assessment can never disagree), the industrial economy for the latest month the
 * region's enterprises reported, and the targets counted by progress label.
 */
@Service
public class MonitoringOverview {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final PlanCatalog plans;
  private final PlanAssessor assessor;
  private final IndicatorEngine engine;
  private final IndustryTables tables;
  private final VersionedCache<Asked, Overview> overviews = new VersionedCache<>(256);

  MonitoringOverview(
      PlanCatalog plans, PlanAssessor assessor, IndicatorEngine engine, IndustryTables tables) {
    this.plans = plans;
    this.assessor = assessor;
    this.engine = engine;
    this.tables = tables;
  }

  /** What an overview depends on besides the data and the plan. */
  private record Asked(String planId, int year, DataScope scope, @Nullable String region) {}

  /**
   * The overview in the user's scope, kept while the data and the plan stay as they were (its
   * dozens of aggregations would otherwise be repeated for every reader).
   */
  public Overview overview(String planId, int year, DataScope scope, @Nullable String region) {
    Plan plan = plans.plan(planId).orElse(null);
    if (plan == null) {
      return compute(planId, year, scope, region);
    }
    return overviews.get(
        new Asked(planId, year, scope.forReading(), region),
        engine.dataVersion(),
        plan,
        () -> compute(planId, year, scope, region));
  }

  private Overview compute(String planId, int year, DataScope scope, @Nullable String region) {
    PlanAssessment assessment = assessor.assess(planId, year, scope, region, null);
    String latest = tables.latestMonth(scope, assessment.regionCode(), year);
    return overview(
        assessment,
        latest,
        latest == null ? List.of() : economy(scope, assessment.regionCode(), Period.parse(latest)));
  }

  /**
   * The overview anyone may read: official figures only, and so no economy panel, whose figures are
   * sums of enterprises' reports.
   */
  public Overview publicOverview(String planId, int year, @Nullable String region) {
    return overview(assessor.assessOfficial(planId, year, region), null, List.of());
  }

  private Overview overview(
      PlanAssessment assessment, @Nullable String latest, List<EconomyFigure> economy) {
    String planId = assessment.planId();
    int year = assessment.year();
    Plan plan = plans.plan(planId).orElseThrow();
    Map<String, TargetAssessment> byTarget =
        assessment.targets().stream()
            .collect(Collectors.toMap(TargetAssessment::targetCode, Function.identity()));
    List<IndicatorCard> cards = new ArrayList<>();
    plan.indicators().stream()
        .sorted(Comparator.comparingInt(Indicator::number))
        .forEach(indicator -> cards.add(card(plan, indicator, byTarget)));
    Map<ProgressLabel, Integer> counts = new EnumMap<>(ProgressLabel.class);
    for (ProgressLabel label : ProgressLabel.values()) {
      counts.put(label, 0);
    }
    assessment.targets().forEach(t -> counts.merge(t.progress().label(), 1, Integer::sum));
    return new Overview(planId, year, assessment.regionCode(), cards, latest, economy, counts);
  }

  private static IndicatorCard card(
      Plan plan, Indicator indicator, Map<String, TargetAssessment> byTarget) {
    TargetAssessment target =
        indicator.targets().stream()
            .map(byTarget::get)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    List<Sparkline.Point> points = new ArrayList<>();
    if (target != null) {
      for (YearValue v : target.series()) {
        if (v.value() != null) {
          points.add(new Sparkline.Point(v.year(), v.value()));
        }
      }
    }
    return new IndicatorCard(
        indicator.code(),
        indicator.number(),
        indicator.nameZh(),
        indicator.nameEn(),
        indicator.unit(),
        indicator.attribute().word(),
        indicator.baseline(),
        plan.baseYear(),
        indicator.target(),
        indicator.targetText(),
        plan.targetYear(),
        target == null ? null : target.targetCode(),
        target == null ? null : target.latestYear(),
        target == null ? null : target.latestValue(),
        target == null ? ProgressLabel.NOT_ASSESSABLE : target.progress().label(),
        target == null ? "none" : target.dataSource(),
        new Sparkline(points));
  }

  /**
   * 规上工业增加值累计增速, 营业收入, 利润 and 亏损面 for the months so far, beside 上年同期: the overview's latest month,
   * or any month the monthly brief asks for.
   */
  public List<EconomyFigure> economy(DataScope scope, String regionCode, Period period) {
    String now = period.code();
    String before = period.previousYear().code();
    List<EconomyFigure> figures = new ArrayList<>();
    BigDecimal real = value("real(VA) / prev(VA) * 100 - 100", scope, regionCode, now);
    if (real != null) {
      figures.add(new EconomyFigure("va_growth", "%", real, null, "none", null, null));
    } else {
      figures.add(
          new EconomyFigure(
              "va_growth",
              "%",
              value("same(VA) / prev(VA) * 100 - 100", scope, regionCode, now),
              null,
              "none",
              "现价增速：缺少价格指数，未折算为可比价",
              "at current prices: no price index to bring it to comparable prices"));
    }
    for (String element : List.of("REV", "PROFIT")) {
      BigDecimal sum = value("sum(" + element + ")", scope, regionCode, now);
      BigDecimal previous = value("prev(" + element + ")", scope, regionCode, now);
      // growth on a loss, or on nothing, is no growth rate
      BigDecimal growth =
          previous == null || previous.signum() <= 0
              ? null
              : value(
                  "same(" + element + ") / prev(" + element + ") * 100 - 100",
                  scope,
                  regionCode,
                  now);
      figures.add(
          new EconomyFigure(
              element.toLowerCase(java.util.Locale.ROOT),
              "亿元",
              sum == null ? null : sum.divide(TEN_THOUSAND, MathContext.DECIMAL64),
              growth,
              "growth",
              null,
              null));
    }
    // a loss maker is an enterprise whose 利润总额 is below zero
    String lossShare = "countif(PROFIT < 0) / count(PROFIT) * 100";
    BigDecimal loss = value(lossShare, scope, regionCode, now);
    BigDecimal lossBefore = value(lossShare, scope, regionCode, before);
    figures.add(
        new EconomyFigure(
            "loss_share",
            "%",
            loss,
            loss == null || lossBefore == null ? null : loss.subtract(lossBefore),
            "points",
            null,
            null));
    return figures;
  }

  private @Nullable BigDecimal value(
      String definition, DataScope scope, String regionCode, String period) {
    return engine.evaluate(parse(definition), scope, regionCode, null, period, "ytd").value();
  }

  private IndicatorExpression parse(String definition) {
    return engine.parse(definition);
  }
}
