package dev.longyuan.analytics;

import java.util.List;

/**
 * The year's cumulative (累计) growth over the previous year, projected from the months reported so
 * far and the model's forecasts of the months still to come:
 *
 * <pre>
 * projected growth = (Σ reported 当月 this year + Σ forecasts for the rest of the year)
 *                    ÷ Σ 当月 of the whole previous year − 1
 * </pre>
 *
 * <p>What it rests on is given with it: the periods reported and forecast, each total, the growth
 * of the months so far over the same months a year earlier, and the share of the year that is
 * forecast. The band puts 1.2816 forecast standard errors, added month by month, either side of the
 * forecast total: an 80% band if the months' forecast errors moved together, and so at least as
 * wide as the model's own. Only for a flow, whose months add up to the year.
 */
public record CumulativeProjection(
    int year,
    List<String> reportedPeriods,
    List<String> forecastPeriods,
    double reportedTotal,
    double forecastTotal,
    double projectedTotal,
    double previousYearTotal,
    double previousYearSameMonthsTotal,
    double growthSoFarPercent,
    double projectedGrowthPercent,
    double projectedGrowthLowPercent,
    double projectedGrowthHighPercent,
    double forecastSharePercent) {}
