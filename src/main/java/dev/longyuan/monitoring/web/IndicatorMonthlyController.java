package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.IndicatorMonthly;
import dev.longyuan.monitoring.MonthlyIndicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
    int chosen = year == null ? plan.targetYear() : year;
    MonthlyIndicator series =
        monthly
            .series(plan.id(), code, chosen, scope, asked(region))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
    return IndicatorDataFile.download(
        format,
        plan.id() + "-" + code + "-" + series.regionCode() + "-" + chosen + "-monthly",
        code,
        MonthlyView.header(series),
        MonthlyView.rows(series));
  }
}
