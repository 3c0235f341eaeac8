package dev.longyuan.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly series seasonally adjusted by X-13 with the Spring Festival regressor, twice over: by
 * calendar month, as X-13 saw it (January and February divided from 1–2月), and by the platform's
 * periods (1–2月 together again); then the next twelve months forecast, and the year's cumulative
 * growth projected from them.
 *
 * <p>With a {@code multiplicative} decomposition, raw = seasonally adjusted × seasonal × Spring
 * Festival (the factors are ratios around 1); with an {@code additive} one, raw = seasonally
 * adjusted + seasonal + Spring Festival (the components are in the series' unit).
 */
public record AdjustedSeries(
    MonthlySeries.Kind kind,
    Model model,
    List<MonthRow> months,
    List<PeriodRow> periods,
    List<MonthForecast> forecastMonths,
    List<PeriodForecast> forecastPeriods,
    @Nullable CumulativeProjection projection) {

  /** The model X-13 settled on. */
  public record Model(
      String method,
      String specification,
      String decomposition,
      String arima,
      List<String> outliers,
      @Nullable SpringFestivalEffect springFestival) {}

  /**
   * The Spring Festival regressor's window (days before 正月初一 and after it) and its estimated
   * coefficient: on the logarithm of the series when the decomposition is multiplicative (−0.1 ≈
   * 10% less in a March holding the whole window, and as much more in 1–2月, against an average
   * year), in the series' unit otherwise. Negative when the festival holds the series down. Null in
   * {@link Model} when no year of the series has its window reach March differently from another,
   * so that the data hold nothing to estimate it from.
   */
  public record SpringFestivalEffect(
      int daysBefore,
      int daysAfter,
      double coefficient,
      double standardError,
      double tStatistic,
      double pValue) {}

  /**
   * A calendar month ({@code 2019-01}); {@code divided} when January or February was divided from a
   * 1–2月 value, whose raw figure is then an estimate and not a reported one, and whose adjusted
   * figures mean something only added up again as 1–2月.
   */
  public record MonthRow(
      String month,
      boolean divided,
      double raw,
      double seasonallyAdjusted,
      double trend,
      double seasonal,
      double springFestival) {}

  /**
   * A period as the platform reports it ({@code 2019-01/02}, {@code 2019-03}): the raw value as
   * given; for 1–2月 the seasonally adjusted value and trend are January's and February's summed (a
   * flow) or averaged (a level).
   */
  public record PeriodRow(String period, double raw, double seasonallyAdjusted, double trend) {}

  /**
   * A month ahead: the RegARIMA model's forecast of the raw series (with the coming Spring
   * Festival) and its standard error, and X-11's forecasts of the adjusted series and the trend.
   */
  public record MonthForecast(
      String month, double value, double standardError, double seasonallyAdjusted, double trend) {}

  /** The forecasts recombined into the platform's periods, as {@link PeriodRow}. */
  public record PeriodForecast(
      String period, double value, double seasonallyAdjusted, double trend) {}
}
