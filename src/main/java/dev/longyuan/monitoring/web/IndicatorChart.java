package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.Projection;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.IndicatorDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures a target's chart draws, as the JSON the page carries for its script: the years, the
 * series judged, the required path on the same years and the projection — the same figures as the
 * table beside the chart. Built from a target's assessment and its required path, so that the
 * indicator pages and the target pages (signed in or public) draw alike.
 */
record IndicatorChart(
    List<Integer> years,
    List<@Nullable Double> judged,
    List<@Nullable Double> required,
    @Nullable Projection projection,
    Map<String, String> labels) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static IndicatorChart of(
      TargetAssessment target,
      List<IndicatorDetail.PathPoint> requiredPath,
      Map<String, String> labels) {
    List<Integer> years = new ArrayList<>();
    List<@Nullable Double> judged = new ArrayList<>();
    for (TargetAssessment.YearPoint point : target.judged()) {
      years.add(point.year());
      judged.add(point.value());
    }
    Map<Integer, Double> path = requiredByYear(requiredPath);
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

  /** The chart's words in the reader's language, and the name a saved picture takes. */
  static Map<String, String> labels(MessageSource messages, Locale locale, String file) {
    return Map.of(
        "judged", messages.getMessage("monitoring.indicator.judged", null, locale),
        "required", messages.getMessage("monitoring.indicator.required", null, locale),
        "projection", messages.getMessage("assessment.projection", null, locale),
        "band", messages.getMessage("monitoring.indicator.band", null, locale),
        "png", messages.getMessage("monitoring.download.png", null, locale),
        "file", file);
  }

  static Map<Integer, Double> requiredByYear(List<IndicatorDetail.PathPoint> requiredPath) {
    Map<Integer, Double> path = new LinkedHashMap<>();
    requiredPath.forEach(p -> path.put(p.year(), p.value()));
    return path;
  }

  String json() {
    return JSON.writeValueAsString(this).replace("</", "<\\/");
  }
}
