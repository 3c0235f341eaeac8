package dev.longyuan.monitoring;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.MonthlySeries;
import dev.longyuan.analytics.SeasonalAdjustment;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The monthly series behind the overview's economy figures, five years to the latest month
 * reported, adjusted by X-13 with the Spring Festival regressor (docs/seasonal-adjustment.md).
 */
@Service
public class EconomySeriesBuilder {

  /** The figures that have a monthly series: each one's definition, in 亿元. */
  static final Map<String, String> DEFINITIONS =
      Map.of(
          "va", "sum(VA) / 10000",
          "rev", "sum(REV) / 10000",
          "profit", "sum(PROFIT) / 10000");

  private final IndicatorEngine engine;
  private final SeasonalAdjustment adjustment;
  private final PlanCatalog plans;
  private final VersionedCache<Asked, EconomySeries> kept = new VersionedCache<>(256);

  EconomySeriesBuilder(IndicatorEngine engine, SeasonalAdjustment adjustment, PlanCatalog plans) {
    this.engine = engine;
    this.adjustment = adjustment;
    this.plans = plans;
  }

  /** What a series depends on besides the data and the plan. */
  private record Asked(
      String planId, String key, int year, DataScope scope, @Nullable String region) {}

  /** The series, kept while the data and the plan stay as they were (X-13 takes a while). */
  public EconomySeries series(
      String planId, String key, int year, DataScope scope, @Nullable String region) {
    Object plan = plans.plan(planId).orElse(null);
    if (plan == null) {
      return compute(planId, key, year, scope, region);
    }
    return kept.get(
        new Asked(planId, key, year, scope, region),
        engine.dataVersion(),
        plan,
        () -> compute(planId, key, year, scope, region));
  }

  private EconomySeries compute(
      String planId, String key, int year, DataScope scope, @Nullable String region) {
    String definition = DEFINITIONS.get(key);
    if (definition == null) {
      throw new AnalyticsRefused(
          "series.unknown",
          "没有月度序列“" + key + "”（可选 va、rev、profit）",
          "no monthly series \"" + key + "\" (va, rev or profit)");
    }
    String regionCode = region != null ? region : defaultRegion(planId, scope);
    List<String> months = new ArrayList<>();
    for (int y = year - 4; y <= year; y++) {
      Period.monthsOf(y).forEach(p -> months.add(p.code()));
    }
    List<IndicatorValue> values =
        engine.evaluate(engine.parse(definition), scope, regionCode, null, months, "current");
    // from the first month reported to the last: a month missing between them stays a gap
    int first = 0;
    while (first < values.size() && values.get(first).value() == null) {
      first++;
    }
    int last = values.size() - 1;
    while (last >= first && values.get(last).value() == null) {
      last--;
    }
    List<String> periods = new ArrayList<>();
    List<@Nullable Double> figures = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      periods.add(values.get(i).period());
      figures.add(values.get(i).value() == null ? null : values.get(i).value().doubleValue());
    }
    if (periods.isEmpty()) {
      return new EconomySeries(
          key,
          regionCode,
          periods,
          null,
          "所选地区在这些年份没有月度数据",
          "no monthly values for the region in these years");
    }
    try {
      return new EconomySeries(
          key,
          regionCode,
          periods,
          adjustment.adjust(new MonthlySeries(periods, figures, MonthlySeries.Kind.FLOW)),
          null,
          null);
    } catch (AnalyticsRefused refused) {
      return new EconomySeries(
          key, regionCode, periods, null, refused.messageZh(), refused.messageEn());
    }
  }

  private String defaultRegion(String planId, DataScope scope) {
    if (scope.kind() == DataScope.Kind.REGION) {
      return scope.region().value();
    }
    return plans.plan(planId).flatMap(Plan::province).orElseThrow().code().value();
  }
}
