package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AdjustedSeries;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a monthly series' chart draws: each calendar month as reported, adjusted and as trend —
 * January and February as the 1–2月 total divided by calendar days, so that the line does not leap
 * at every two-month period (the table beside it keeps the periods as reported). A series that is
 * not adjusted (an indicator's 累计 value by month) has only the line as reported.
 */
record EconomyChart(
    List<String> periods,
    List<@Nullable Double> raw,
    @Nullable List<Double> adjusted,
    @Nullable List<Double> trend,
    Map<String, String> labels) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static EconomyChart of(AdjustedSeries series, Map<String, String> labels) {
    return new EconomyChart(
        series.months().stream().map(AdjustedSeries.MonthRow::month).toList(),
        series.months().stream().map(AdjustedSeries.MonthRow::raw).toList(),
        series.months().stream().map(AdjustedSeries.MonthRow::seasonallyAdjusted).toList(),
        series.months().stream().map(AdjustedSeries.MonthRow::trend).toList(),
        labels);
  }

  /** One line, of values by period with gaps where there is none; no adjusted series nor trend. */
  static EconomyChart unadjusted(
      List<String> periods, List<@Nullable Double> values, Map<String, String> labels) {
    return new EconomyChart(periods, values, null, null, labels);
  }

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
