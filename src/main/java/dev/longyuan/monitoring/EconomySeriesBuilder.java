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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The monthly series behind the overview's economy figures, and of any definition that adds up over
 * the months (a key indicator's, see {@link IndicatorMonthly}), five years to the latest month
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

  /**
   * What a monthly series computes: its key (a figure of the economy panel, or an indicator's
   * code), the definition giving its 当月 value and the industries it is restricted to (a plan sector
   * or GB/T 4754 code; null for all industry).
   */
  public record Definition(String key, String expression, @Nullable String industries) {}

  /** The economy panel's series of a key (va, rev or profit); refused for any other key. */
  public static Definition definition(String key) {
    String expression = DEFINITIONS.get(key);
    if (expression == null) {
      throw new AnalyticsRefused(
          "series.unknown",
          "没有月度序列“" + key + "”（可选 va、rev、profit）",
          "no monthly series \"" + key + "\" (va, rev or profit)");
    }
    return new Definition(key, expression, null);
  }

  /**
   * The key of the economy panel's series of an element's 当月 sum (va for VA), if it has one: where
   * an indicator built from the element can send a reader for its monthly series.
   */
  public static Optional<String> keyOfElement(String element) {
    return DEFINITIONS.entrySet().stream()
        .filter(e -> e.getValue().equals("sum(" + element + ") / 10000"))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** What a series depends on besides the data and the plan. */
  private record Asked(
      String planId, Definition definition, int year, DataScope scope, @Nullable String region) {}

  /** The economy panel's series of a key (va, rev or profit). */
  public EconomySeries series(
      String planId, String key, int year, DataScope scope, @Nullable String region) {
    return series(planId, definition(key), year, scope, region);
  }

  /**
   * The series of a definition that adds up over the months, kept while the data and the plan stay
   * as they were (X-13 takes a while).
   */
  public EconomySeries series(
      String planId, Definition definition, int year, DataScope scope, @Nullable String region) {
    Object plan = plans.plan(planId).orElse(null);
    if (plan == null) {
      return compute(planId, definition, year, scope, region);
    }
    return kept.get(
        new Asked(planId, definition, year, scope.forReading(), region),
        engine.dataVersion(),
        plan,
        () -> compute(planId, definition, year, scope, region));
  }

  private EconomySeries compute(
      String planId, Definition definition, int year, DataScope scope, @Nullable String region) {
    String key = definition.key();
    String regionCode = regionCode(planId, scope, region);
    List<IndicatorValue> values =
        engine.evaluate(
            engine.parse(definition.expression()),
            scope,
            regionCode,
            definition.industries(),
            fiveYearsOfMonths(year),
            "current");
    List<String> periods = new ArrayList<>();
    List<@Nullable Double> figures = new ArrayList<>();
    for (IndicatorValue value : reportedSpan(values)) {
      periods.add(value.period());
      figures.add(value.value() == null ? null : value.value().doubleValue());
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

  /**
   * The values from the first period with a value to the last: a period missing between them stays
   * a gap, to be shown as one.
   */
  static List<IndicatorValue> reportedSpan(List<IndicatorValue> values) {
    int first = 0;
    while (first < values.size() && values.get(first).value() == null) {
      first++;
    }
    int last = values.size() - 1;
    while (last >= first && values.get(last).value() == null) {
      last--;
    }
    return values.subList(first, last + 1);
  }

  /** The month periods of the five years to {@code year}: 1–2月, March … December each year. */
  static List<String> fiveYearsOfMonths(int year) {
    List<String> months = new ArrayList<>();
    for (int y = year - 4; y <= year; y++) {
      Period.monthsOf(y).forEach(p -> months.add(p.code()));
    }
    return months;
  }

  /** The region asked, or by default the user's own region, or else the plan's province. */
  String regionCode(String planId, DataScope scope, @Nullable String region) {
    if (region != null) {
      return region;
    }
    if (scope.kind() == DataScope.Kind.REGION) {
      return scope.region().value();
    }
    return plans.plan(planId).flatMap(Plan::province).orElseThrow().code().value();
  }
}
