package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.IndicatorMonthly;
import dev.longyuan.monitoring.MonthlyIndicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The table of an indicator's monthly series as a file (the page's section draws it). */
@Controller
class IndicatorMonthlyController {

  private final IndicatorMonthly monthly;

  IndicatorMonthlyController(IndicatorMonthly monthly) {
    this.monthly = monthly;
  }

  /** The monthly series' table as CSV or XLSX; 404 for an indicator with no monthly value. */
  @GetMapping("/monitoring/{planId}/indicators/{code}/monthly")
  ResponseEntity<byte[]> monthlyData(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "csv") String format,
      DataScope scope)
      throws IOException {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: csv or xlsx");
    }
    int chosen = year == null ? plan.targetYear() : year;
    MonthlyIndicator series =
        monthly
            .series(plan.id(), code, chosen, scope, asked(region))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
    String name =
        plan.id() + "-" + code + "-" + series.regionCode() + "-" + chosen + "-monthly." + format;
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(
            csv
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(
            csv
                ? IndicatorDataFile.csv(MonthlyView.header(series), MonthlyView.rows(series))
                : IndicatorDataFile.xlsx(
                    code, MonthlyView.header(series), MonthlyView.rows(series)));
  }
}
