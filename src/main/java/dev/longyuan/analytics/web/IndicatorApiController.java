package dev.longyuan.analytics.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.Reconciliation;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An indicator definition computed for a region, a sector and a period, within the user's scope.
 */
@RestController
@Tag(name = "analytics", description = "指标与目标进展 / Indicators and progress")
class IndicatorApiController {

  private final IndicatorEngine engine;

  IndicatorApiController(IndicatorEngine engine) {
    this.engine = engine;
  }

  @GetMapping("/api/analytics/indicator")
  @Operation(
      summary = "Compute an indicator definition bottom-up from enterprises' approved values",
      description =
          "definition such as sum(RD_EXP) / sum(REV) * 100, same(VA) / prev(VA) * 100 - 100,"
              + " real(VA) / prev(VA) * 100 - 100 (deflated by the province's ex-factory price"
              + " index of each enterprise's division) or sum(WATER) * 10000 / constant(VA, 2015)"
              + " (at 2015 prices); region (GB/T 2260), sector (plan sector or GB/T 4754 code,"
              + " optional), period (2019, 2019-07, 2019-01/02), measure current|ytd. Answers the"
              + " value and every aggregate behind it, with why a deflated one has no value.")
  IndicatorValue indicator(
      @RequestParam String definition,
      @RequestParam String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam String period,
      @RequestParam(defaultValue = "ytd") String measure,
      DataScope scope) {
    return engine.evaluate(
        engine.parse(definition),
        scope,
        region.strip(),
        sector == null || sector.isBlank() ? null : sector.strip(),
        period.strip(),
        measure);
  }

  @GetMapping("/api/analytics/reconciliation")
  @Operation(
      summary = "A region's own figure for an element beside the sum of its enterprises' values",
      description =
          "element (additive), region, period and measure as the data hold them (2019-12 ytd for"
              + " a year of a monthly element). The region's figure is authoritative where it"
              + " exists; the sum shows how much of it the enterprises here account for.")
  Reconciliation reconciliation(
      @RequestParam String element,
      @RequestParam String region,
      @RequestParam String period,
      @RequestParam(defaultValue = "ytd") String measure,
      DataScope scope) {
    return engine.reconcile(scope, element.strip(), region.strip(), period.strip(), measure);
  }

  @ExceptionHandler(AnalyticsRefused.class)
  ResponseEntity<Map<String, String>> refused(AnalyticsRefused refused) {
    HttpStatus status =
        refused.code().equals("scope.outside") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }
}
