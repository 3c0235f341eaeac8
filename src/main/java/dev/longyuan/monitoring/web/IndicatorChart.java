package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.Projection;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.IndicatorDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures an indicator's chart draws, as the JSON the page carries for its script: the years,
 * the series judged, the required path on the same years and the projection — the same figures as
 * the table beside the chart.
 */
record IndicatorChart(
    List<Integer> years,
    List<@Nullable Double> judged,
    List<@Nullable Double> required,
    @Nullable Projection projection,
    Map<String, String> labels) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static IndicatorChart of(IndicatorDetail detail, Map<String, String> labels) {
    TargetAssessment target = detail.target();
    List<Integer> years = new ArrayList<>();
    List<@Nullable Double> judged = new ArrayList<>();
    for (TargetAssessment.YearPoint point : target.judged()) {
      years.add(point.year());
      judged.add(point.value());
    }
    Map<Integer, Double> path = requiredByYear(detail);
    for (int y = years.isEmpty() ? 0 : years.get(years.size() - 1) + 1;
        !years.isEmpty() && y <= target.targetYear();
        y++) {
      years.add(y);
      judged.add(null);
    }
    List<@Nullable Double> required = new ArrayList<>();
    if (!path.isEmpty()) {
      years.forEach(y -> required.add(path.get(y)));
    }
    return new IndicatorChart(years, judged, required, target.projection(), labels);
  }

  static Map<Integer, Double> requiredByYear(IndicatorDetail detail) {
    Map<Integer, Double> path = new LinkedHashMap<>();
    detail.requiredPath().forEach(p -> path.put(p.year(), p.value()));
    return path;
  }

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
