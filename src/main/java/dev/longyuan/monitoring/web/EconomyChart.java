package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AdjustedSeries;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a monthly series' chart draws: each calendar month as reported, adjusted and as trend —
 * January and February as the 1–2月 total divided by calendar days, so that the line does not leap
 * at every two-month period (the table beside it keeps the periods as reported).
 */
record EconomyChart(
    List<String> periods,
    List<Double> raw,
    List<Double> adjusted,
    List<Double> trend,
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

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
