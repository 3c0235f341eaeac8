package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.IndicatorDetail;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.IndicatorMonthly;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One key indicator in detail: chart, data table, the plan's sentence, cities and sectors, and its
 * monthly series where it has one.
 */
@Controller
class IndicatorPageController {

  static final String VIEW_INDICATOR = "monitoring/indicator";

  private final IndicatorDetails details;
  private final IndicatorMonthly monthly;
  private final MessageSource messages;

  IndicatorPageController(
      IndicatorDetails details, IndicatorMonthly monthly, MessageSource messages) {
    this.details = details;
    this.monthly = monthly;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}/indicators/{code}")
  String indicator(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    IndicatorDetail detail = details.detail(plan.id(), code, chosen, scope, asked(region));
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("detail", detail);
    model.addAttribute("requiredByYear", IndicatorChart.requiredByYear(detail));
    model.addAttribute("mapJson", CityMap.of(detail.cities()).json());
    if (detail.target() != null) {
      model.addAttribute(
          "chartJson",
          IndicatorChart.of(
                  detail,
                  Map.of(
                      "judged", text("monitoring.indicator.judged", locale),
                      "required", text("monitoring.indicator.required", locale),
                      "projection", text("assessment.projection", locale),
                      "band", text("monitoring.indicator.band", locale),
                      "png", text("monitoring.download.png", locale),
                      "file", plan.id() + "-" + code + "-" + detail.regionCode() + "-" + chosen))
              .json());
    }
    // the section of the monthly series, for an indicator computed from monthly data only
    monthly
        .series(plan.id(), code, chosen, scope, detail.regionCode())
        .ifPresent(series -> MonthlyView.addTo(model, series, messages, locale));
    return VIEW_INDICATOR;
  }

  /** The figures behind an indicator's chart, as CSV or XLSX. */
  @GetMapping("/monitoring/{planId}/indicators/{code}/data")
  ResponseEntity<byte[]> indicatorData(
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
    IndicatorDetail detail = details.detail(plan.id(), code, chosen, scope, asked(region));
    String name = plan.id() + "-" + code + "-" + detail.regionCode() + "-" + chosen + "." + format;
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(
            csv
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv ? IndicatorDataFile.csv(detail) : IndicatorDataFile.xlsx(detail));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
