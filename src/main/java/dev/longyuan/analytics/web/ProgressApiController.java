package dev.longyuan.analytics.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.ProgressAssessment;
import dev.longyuan.analytics.ProgressMeasure;
import dev.longyuan.analytics.ProgressSeries;
import dev.longyuan.analytics.ProgressThresholds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The progress calculator: any yearly series judged by the Open SDG progress method. */
@RestController
@Tag(name = "analytics", description = "指标与目标进展 / Indicators and progress")
class ProgressApiController {

  /** A series as posted; null values are missing data. */
  record ProgressRequest(
      @Nullable List<Integer> years,
      @Nullable List<@Nullable Double> values,
      @Nullable String direction,
      @Nullable Double target,
      @Nullable Integer targetYear,
      @Nullable Integer baseYear,
      @Nullable Thresholds progressThresholds) {}

  /** Thresholds as posted: all three or none. */
  record Thresholds(@Nullable Double high, @Nullable Double med, @Nullable Double low) {}

  @PostMapping("/api/analytics/progress")
  @Operation(
      summary = "Judge a yearly series by the Open SDG progress method",
      description =
          "years, values (null = missing), direction positive|negative, baseYear; target and"
              + " targetYear for a numeric target; progressThresholds {high, med, low} optional."
              + " Answers label, method (2 with a target, 1 without), baseYear and currentYear used,"
              + " cagrObserved, cagrRequired, ratio, progressValue (null where not finite).")
  ProgressAssessment progress(@RequestBody ProgressRequest request) {
    return ProgressMeasure.assess(series(request));
  }

  static ProgressSeries series(ProgressRequest request) {
    List<Integer> years = request.years();
    List<@Nullable Double> values = request.values();
    if (years == null || values == null) {
      throw new AnalyticsRefused(
          "series.missing", "须给出 years 与 values", "give the series as years and values");
    }
    if (years.size() != values.size()) {
      throw new AnalyticsRefused(
          "series.lengths",
          "years 有 " + years.size() + " 项而 values 有 " + values.size() + " 项，须一一对应",
          "years has "
              + years.size()
              + " entries but values "
              + values.size()
              + ": they must pair");
    }
    if (years.contains(null)) {
      throw new AnalyticsRefused("series.year_missing", "years 中有空值", "years holds a null");
    }
    if (new HashSet<>(years).size() != years.size()) {
      throw new AnalyticsRefused("series.duplicate_year", "years 中有重复的年份", "years repeats a year");
    }
    boolean higherIsBetter =
        switch (request.direction() == null ? "" : request.direction()) {
          case "positive" -> true;
          case "negative" -> false;
          default ->
              throw new AnalyticsRefused(
                  "direction.invalid",
                  "direction 应为 positive（越高越好）或 negative（越低越好）",
                  "direction must be positive (higher is better) or negative (lower is better)");
        };
    if (request.baseYear() == null) {
      throw new AnalyticsRefused("baseYear.missing", "须给出基期年份 baseYear", "give the baseYear");
    }
    int baseYear = request.baseYear();
    int targetYear = baseYear;
    if (request.target() != null) {
      if (request.targetYear() == null) {
        throw new AnalyticsRefused(
            "targetYear.missing", "给出目标值时须给出目标年份 targetYear", "a target needs its targetYear");
      }
      targetYear = request.targetYear();
      if (targetYear == baseYear) {
        throw new AnalyticsRefused(
            "targetYear.equals_base",
            "目标年份与基期年份相同（" + baseYear + "），无法计算所需年均增速",
            "the target year equals the base year ("
                + baseYear
                + "): no required annual growth can be computed");
      }
    }
    return new ProgressSeries(
        years, values, higherIsBetter, request.target(), targetYear, baseYear, thresholds(request));
  }

  private static @Nullable ProgressThresholds thresholds(ProgressRequest request) {
    Thresholds given = request.progressThresholds();
    if (given == null) {
      return null;
    }
    if (given.high() == null || given.med() == null || given.low() == null) {
      throw new AnalyticsRefused(
          "thresholds.partial",
          "progressThresholds 须同时给出 high、med、low 三项",
          "progressThresholds needs all of high, med and low");
    }
    return new ProgressThresholds(given.high(), given.med(), given.low());
  }

  @ExceptionHandler(AnalyticsRefused.class)
  ResponseEntity<Map<String, String>> refused(AnalyticsRefused refused) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "code",
                refused.code(),
                "messageZh",
                refused.messageZh(),
                "messageEn",
                refused.messageEn()));
  }
}
