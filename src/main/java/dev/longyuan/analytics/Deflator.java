package dev.longyuan.analytics;

import dev.longyuan.analytics.IndicatorEngine.ElementPeriod;
import dev.longyuan.analytics.internal.Deflation;
import dev.longyuan.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which of the province's ex-factory price indices (上年同期=100) take the values of a {@code real} or
 * {@code constant} aggregate to comparable prices. Prices are published by the province, so its
 * indices deflate every enterprise, wherever it is registered.
 */
record Deflator(String province) {

  /** The deflation of the values of one element period; null before a base year (no value). */
  @Nullable Deflation deflation(IndicatorExpression.Aggregate aggregate, ElementPeriod at) {
    List<String> chain = indexPeriods(aggregate, at.period());
    return chain == null ? null : deflation(aggregate, at, Map.of(at.period(), chain));
  }

  /** The deflation of the values of many element periods, each with its index periods. */
  Deflation deflation(
      IndicatorExpression.Aggregate aggregate,
      ElementPeriod at,
      Map<String, List<String>> indexPeriods) {
    // real growth compares like with like: 当月 by the 当月 index, 累计 by the 累计 one; a chain
    // from the base year is made of yearly (December 累计) indices and ends, for a month, with the
    // 累计 index of its year so far, whatever the measure asked
    String measure = aggregate.function().equals("real") ? at.measure() : "ytd";
    return new Deflation(province, measure, indexPeriods);
  }

  /**
   * The periods of the indices whose product deflates a value of the element period given, a year
   * standing for its December (the December 累计 index is the year's): for {@code real}, the period's
   * own index; for {@code constant(E, base)}, each year after the base before the period's year,
   * then the period's own (for a month, its year so far); none in the base year itself. Null for a
   * period before the base year, which has no value at its prices.
   */
  static @Nullable List<String> indexPeriods(
      IndicatorExpression.Aggregate aggregate, String elementPeriod) {
    Period period = Period.parse(elementPeriod);
    String own =
        period.frequency() == Period.Frequency.YEAR
            ? Period.month(period.year(), 12).code()
            : period.code();
    Integer base = aggregate.baseYear();
    if (base == null) {
      return List.of(own);
    }
    if (period.year() < base) {
      return null;
    }
    List<String> chain = new ArrayList<>();
    for (int year = base + 1; year < period.year(); year++) {
      chain.add(Period.month(year, 12).code());
    }
    if (period.year() > base) {
      chain.add(own);
    }
    return chain;
  }
}
