package dev.longyuan.monitoring;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A key indicator month by month, for the indicator page: the 当月 series of an indicator that adds
 * up over the months, seasonally adjusted as the economy panel's series are; the 累计 value by month
 * of any other. None for an indicator computed from yearly data.
 */
@Service
public class IndicatorMonthly {

  private static final Pattern REAL = Pattern.compile("\\breal\\s*\\(");

  private final PlanCatalog plans;
  private final IndicatorEngine engine;
  private final EconomySeriesBuilder economies;
  private final VersionedCache<Asked, MonthlyIndicator> kept = new VersionedCache<>(256);

  IndicatorMonthly(PlanCatalog plans, IndicatorEngine engine, EconomySeriesBuilder economies) {
    this.plans = plans;
    this.engine = engine;
    this.economies = economies;
  }

  /** What a monthly series depends on besides the data and the plan. */
  private record Asked(
      String planId, String indicatorCode, int year, DataScope scope, String regionCode) {}

  /**
   * The indicator by month for the region (by default the user's own, or the province) over the
   * five years to {@code year}; empty when it has no expression or an element of it is reported
   * only yearly, so that it has no value for a month. Kept while the data and the plan stay as they
   * were: the page and its file ask for the same series, and a growth rate's months take two
   * computations over five years of values.
   */
  public Optional<MonthlyIndicator> series(
      String planId, String indicatorCode, int year, DataScope scope, @Nullable String region) {
    Plan plan = plan(planId);
    Indicator indicator = indicator(plan, indicatorCode);
    IndicatorDefinition definition = indicator.definition();
    if (definition == null
        || definition.expression() == null
        || !engine.reportedMonthly(engine.parse(definition.expression()))) {
      return Optional.empty();
    }
    String regionCode = economies.regionCode(planId, scope, region);
    return Optional.of(
        kept.get(
            new Asked(planId, indicatorCode, year, scope.forReading(), regionCode),
            engine.dataVersion(),
            plan,
            () -> compute(planId, indicatorCode, definition, year, scope, regionCode)));
  }

  private MonthlyIndicator compute(
      String planId,
      String indicatorCode,
      IndicatorDefinition definition,
      int year,
      DataScope scope,
      String regionCode) {
    IndicatorExpression expression = engine.parse(definition.expression());
    List<String> elementSeries =
        expression.aggregates().stream()
            .map(IndicatorExpression.Aggregate::element)
            .distinct()
            .flatMap(element -> EconomySeriesBuilder.keyOfElement(element).stream())
            .toList();
    if (engine.addsUpOverMonths(expression)) {
      EconomySeries flow =
          economies.series(
              planId,
              new EconomySeriesBuilder.Definition(
                  indicatorCode, definition.expression(), definition.industries()),
              year,
              scope,
              regionCode);
      return new MonthlyIndicator(
          planId,
          indicatorCode,
          regionCode,
          year,
          MonthlyIndicator.Kind.FLOW,
          flow,
          List.of(),
          false,
          elementSeries,
          flow.reasonZh(),
          flow.reasonEn());
    }
    return cumulative(planId, indicatorCode, definition, year, scope, regionCode, elementSeries);
  }

  /**
   * The 累计 value by month. A growth at comparable prices ({@code real}) whose price indices leave a
   * month without a value that its current-price form has is given at current prices throughout, as
   * the overview's growth is: one series on one footing, never a line switching between them.
   */
  private MonthlyIndicator cumulative(
      String planId,
      String indicatorCode,
      IndicatorDefinition definition,
      int year,
      DataScope scope,
      String regionCode,
      List<String> elementSeries) {
    List<String> months = EconomySeriesBuilder.fiveYearsOfMonths(year);
    List<IndicatorValue> values =
        ytd(definition.expression(), definition, scope, regionCode, months);
    boolean atCurrentPrices = false;
    if (REAL.matcher(definition.expression()).find()) {
      String current = REAL.matcher(definition.expression()).replaceAll("same(");
      List<IndicatorValue> currentValues = ytd(current, definition, scope, regionCode, months);
      for (int i = 0; i < values.size() && !atCurrentPrices; i++) {
        atCurrentPrices = values.get(i).value() == null && currentValues.get(i).value() != null;
      }
      if (atCurrentPrices) {
        values = currentValues;
      }
    }
    List<MonthlyIndicator.CumulativeMonth> cumulative = new ArrayList<>();
    for (IndicatorValue value : EconomySeriesBuilder.reportedSpan(values)) {
      Period period = Period.parse(value.period());
      cumulative.add(
          new MonthlyIndicator.CumulativeMonth(
              value.period(), period.year(), period.lastMonth(), value.value()));
    }
    boolean none = cumulative.isEmpty();
    return new MonthlyIndicator(
        planId,
        indicatorCode,
        regionCode,
        year,
        MonthlyIndicator.Kind.CUMULATIVE,
        null,
        cumulative,
        atCurrentPrices,
        elementSeries,
        none ? "所选地区在这些年份没有月度数据" : null,
        none ? "no monthly values for the region in these years" : null);
  }

  private List<IndicatorValue> ytd(
      String expression,
      IndicatorDefinition definition,
      DataScope scope,
      String regionCode,
      List<String> months) {
    return engine.evaluate(
        engine.parse(expression), scope, regionCode, definition.industries(), months, "ytd");
  }

  private Plan plan(String planId) {
    return plans
        .plan(planId)
        .orElseThrow(
            () ->
                new AnalyticsRefused(
                    "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
  }

  private static Indicator indicator(Plan plan, String indicatorCode) {
    return plan.indicator(indicatorCode)
        .orElseThrow(
            () ->
                new AnalyticsRefused(
                    "indicator.unknown",
                    "规划没有指标“" + indicatorCode + "”",
                    "the plan has no indicator \"" + indicatorCode + "\""));
  }
}
