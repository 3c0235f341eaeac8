package dev.longyuan.analytics;

import dev.longyuan.shared.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Seasonal adjustment of a monthly series by X-13 (JDemetra+ 3.5.0) with a Spring Festival
 * regressor, forecasts of the next twelve months, and the year's cumulative growth projected from
 * them. The method, its choices and its limits: {@code docs/seasonal-adjustment.md}.
 */
@Service
public class SeasonalAdjustment {

  static final String METHOD = "X-13ARIMA (RegARIMA + X-11), JDemetra+ 3.5.0";
  static final String SPECIFICATION = "RSA3 + Spring Festival regressor (春节, user-defined)";

  /** The normal quantile that leaves 10% in each tail: an 80% band. */
  private static final double Z80 = 1.2816;

  /**
   * Adjusts the series; refuses (with a code and the reason in Chinese and English) a series
   * shorter than three years, with a missing month, or that X-13 cannot adjust.
   */
  public AdjustedSeries adjust(MonthlySeries series) {
    CalendarMonths months = CalendarMonths.of(series);
    X13Decomposition x13 = X13Decomposition.of(months);
    MonthlySeries.Kind kind = series.kind();

    List<AdjustedSeries.MonthRow> monthRows = new ArrayList<>();
    for (int i = 0; i < months.values().length; i++) {
      monthRows.add(
          new AdjustedSeries.MonthRow(
              months.month(i).toString(),
              months.divided()[i],
              months.values()[i],
              x13.seasonallyAdjusted()[i],
              x13.trend()[i],
              x13.seasonal()[i],
              x13.springFestivalEffect()[i]));
    }
    Map<Period, Double> adjusted = months.toPeriods(x13.seasonallyAdjusted());
    Map<Period, Double> trend = months.toPeriods(x13.trend());
    List<AdjustedSeries.PeriodRow> periodRows = new ArrayList<>();
    for (int i = 0; i < series.periods().size(); i++) {
      Period period = Period.parse(series.periods().get(i));
      periodRows.add(
          new AdjustedSeries.PeriodRow(
              period.code(), series.values().get(i), adjusted.get(period), trend.get(period)));
    }

    YearMonth ahead = months.start().plusMonths(months.values().length);
    List<AdjustedSeries.MonthForecast> forecastMonths = new ArrayList<>();
    for (int i = 0; i < X13Decomposition.HORIZON; i++) {
      forecastMonths.add(
          new AdjustedSeries.MonthForecast(
              ahead.plusMonths(i).toString(),
              x13.forecast()[i],
              x13.forecastStandardError()[i],
              x13.forecastSeasonallyAdjusted()[i],
              x13.forecastTrend()[i]));
    }
    Map<Period, Double> forecast = CalendarMonths.toPeriods(ahead, x13.forecast(), kind);
    Map<Period, Double> forecastAdjusted =
        CalendarMonths.toPeriods(ahead, x13.forecastSeasonallyAdjusted(), kind);
    Map<Period, Double> forecastTrend = CalendarMonths.toPeriods(ahead, x13.forecastTrend(), kind);
    List<AdjustedSeries.PeriodForecast> forecastPeriods = new ArrayList<>();
    forecast.forEach(
        (period, value) ->
            forecastPeriods.add(
                new AdjustedSeries.PeriodForecast(
                    period.code(),
                    value,
                    forecastAdjusted.get(period),
                    forecastTrend.get(period))));

    AdjustedSeries.Model model =
        new AdjustedSeries.Model(
            METHOD,
            SPECIFICATION,
            x13.multiplicative() ? "multiplicative" : "additive",
            x13.arima(),
            x13.outliers(),
            x13.springFestival());
    return new AdjustedSeries(
        kind,
        model,
        monthRows,
        periodRows,
        forecastMonths,
        forecastPeriods,
        kind == MonthlySeries.Kind.FLOW
            ? project(periodRows, forecastPeriods, forecastMonths)
            : null);
  }

  /**
   * The cumulative growth of the last year in the series over the year before, its months still to
   * come taken from the forecasts; null when the year before is not complete in the series.
   */
  static @Nullable CumulativeProjection project(
      List<AdjustedSeries.PeriodRow> observed,
      List<AdjustedSeries.PeriodForecast> forecasts,
      List<AdjustedSeries.MonthForecast> forecastMonths) {
    Period last = Period.parse(observed.get(observed.size() - 1).period());
    int year = last.year();
    List<String> reported = new ArrayList<>();
    double reportedTotal = 0;
    double previousTotal = 0;
    double previousSameMonths = 0;
    int previousPeriods = 0;
    for (AdjustedSeries.PeriodRow row : observed) {
      Period period = Period.parse(row.period());
      if (period.year() == year) {
        reported.add(row.period());
        reportedTotal += row.raw();
      } else if (period.year() == year - 1) {
        previousPeriods++;
        previousTotal += row.raw();
        if (period.number() <= last.number()) {
          previousSameMonths += row.raw();
        }
      }
    }
    // 1–2月 and March to December: eleven periods make the previous year whole
    if (previousPeriods < 11 || previousTotal == 0 || previousSameMonths == 0) {
      return null;
    }
    List<String> forecastPeriods = new ArrayList<>();
    double forecastTotal = 0;
    for (AdjustedSeries.PeriodForecast row : forecasts) {
      if (Period.parse(row.period()).year() == year) {
        forecastPeriods.add(row.period());
        forecastTotal += row.value();
      }
    }
    double spread = 0;
    for (AdjustedSeries.MonthForecast row : forecastMonths) {
      if (YearMonth.parse(row.month()).getYear() == year) {
        spread += row.standardError();
      }
    }
    spread *= Z80;
    double projected = reportedTotal + forecastTotal;
    return new CumulativeProjection(
        year,
        reported,
        forecastPeriods,
        reportedTotal,
        forecastTotal,
        projected,
        previousTotal,
        previousSameMonths,
        growth(reportedTotal, previousSameMonths),
        growth(projected, previousTotal),
        growth(projected - spread, previousTotal),
        growth(projected + spread, previousTotal),
        projected == 0 ? 0 : 100 * forecastTotal / projected);
  }

  private static double growth(double value, double base) {
    return 100 * (value / base - 1);
  }
}
