package dev.longyuan.analytics.web;

import dev.longyuan.analytics.AdjustedSeries;
import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.MonthlySeries;
import dev.longyuan.analytics.SeasonalAdjustment;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An indicator's monthly 当月 series for a region and sector, seasonally adjusted, with forecasts and
 * the year's projected cumulative growth.
 */
@RestController
@Tag(name = "analytics", description = "指标与目标进展 / Indicators and progress")
class SeasonalApiController {

  /** Fifty years: more than any series here, and a bound on the work one request can ask for. */
  static final int MAX_MONTHS = 600;

  private final IndicatorEngine engine;
  private final SeasonalAdjustment adjustment;

  SeasonalApiController(IndicatorEngine engine, SeasonalAdjustment adjustment) {
    this.engine = engine;
    this.adjustment = adjustment;
  }

  @GetMapping("/api/analytics/seasonal")
  @Operation(
      summary =
          "Seasonally adjust an indicator's monthly series (X-13 with a Spring Festival effect)",
      description =
          "definition, region and sector as for /api/analytics/indicator; from and to are months"
              + " (2016-01/02, 2016-03 … 2020-12), at least 36 calendar months with a value in"
              + " each. The indicator is computed for every month (当月), then adjusted: by calendar"
              + " month (1–2月 divided by working days for a flow) and by period (1–2月 together),"
              + " with 12 months of forecasts and the last year's projected cumulative growth."
              + " Method: docs/seasonal-adjustment.md. 422 when the series cannot be adjusted.")
  AdjustedSeries seasonal(
      @RequestParam String definition,
      @RequestParam String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam String from,
      @RequestParam String to,
      DataScope scope) {
    List<String> periods = MonthlySeries.periodsBetween(from.strip(), to.strip(), MAX_MONTHS);
    IndicatorExpression expression = engine.parse(definition);
    List<IndicatorValue> computed =
        engine.evaluate(
            expression,
            scope,
            region.strip(),
            sector == null || sector.isBlank() ? null : sector.strip(),
            periods,
            "current");
    List<@Nullable Double> values = new ArrayList<>();
    for (IndicatorValue value : computed) {
      values.add(value.value() == null ? null : value.value().doubleValue());
    }
    MonthlySeries.Kind kind =
        engine.addsUpOverMonths(expression) ? MonthlySeries.Kind.FLOW : MonthlySeries.Kind.LEVEL;
    return adjustment.adjust(new MonthlySeries(periods, values, kind));
  }

  @ExceptionHandler(AnalyticsRefused.class)
  ResponseEntity<Map<String, String>> refused(AnalyticsRefused refused) {
    HttpStatus status =
        refused.code().equals("scope.outside")
            ? HttpStatus.FORBIDDEN
            : refused.code().startsWith("seasonal.")
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }
}
