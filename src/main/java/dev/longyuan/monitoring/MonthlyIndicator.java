package dev.longyuan.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A key indicator month by month for a region, over the five years to {@code year}. An indicator
 * that adds up over the months ({@code FLOW}) is its 当月 series as reported, seasonally adjusted and
 * its trend ({@code flow}); any other ({@code CUMULATIVE}, a growth rate or a ratio) is its value
 * from January to each month (累计: 1–2月, 1–3月 … 1–12月), as statistics bureaus publish 累计增速, and is
 * not adjusted. {@code atCurrentPrices}: a growth at comparable prices computed at current prices
 * instead, for want of price indices. {@code elementSeries}: the keys of the economy panel's
 * monthly series of the data elements it is built from ({@code va} for value added). {@code
 * reasonZh}/{@code reasonEn}: why there is nothing to chart, when there is not.
 */
public record MonthlyIndicator(
    String planId,
    String indicatorCode,
    String regionCode,
    int year,
    Kind kind,
    @Nullable EconomySeries flow,
    List<CumulativeMonth> cumulative,
    boolean atCurrentPrices,
    List<String> elementSeries,
    @Nullable String reasonZh,
    @Nullable String reasonEn) {

  public MonthlyIndicator {
    cumulative = List.copyOf(cumulative);
    elementSeries = List.copyOf(elementSeries);
  }

  /** How the indicator goes month by month. */
  public enum Kind {
    FLOW,
    CUMULATIVE
  }

  /**
   * The indicator from January to the last month of a period ({@code 2023-03}: 1–3月; {@code
   * 2023-01/02}: 1–2月); null where it cannot be computed.
   */
  public record CumulativeMonth(
      String period, int year, int lastMonth, @Nullable BigDecimal value) {}
}
