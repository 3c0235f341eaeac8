package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.IndicatorDetail;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.IndicatorMonthly;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One key indicator in detail: chart, data table, the plan's sentence, cities and sectors; and the
 * same for the public from official figures alone, without cities or sectors.
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
    // the section of the monthly series, for an indicator computed from monthly data only
    monthly
        .series(plan.id(), code, chosen, scope, detail.regionCode())
        .ifPresent(series -> MonthlyView.addTo(model, series, messages, locale));
    return show(detail, region, locale, model);
  }

  @GetMapping("/public/monitoring/{planId}/indicators/{code}")
  String publicIndicator(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      Locale locale,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("publicView", true);
    return show(
        details.officialDetail(plan.id(), code, chosen, asked(region)), region, locale, model);
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
    int chosen = year == null ? plan.targetYear() : year;
    return download(format, details.detail(plan.id(), code, chosen, scope, asked(region)));
  }

  /** The official figures the public page shows, as CSV or XLSX. */
  @GetMapping("/public/monitoring/{planId}/indicators/{code}/data")
  ResponseEntity<byte[]> publicIndicatorData(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "csv") String format)
      throws IOException {
    int chosen = year == null ? plan.targetYear() : year;
    return download(format, details.officialDetail(plan.id(), code, chosen, asked(region)));
  }

  private String show(IndicatorDetail detail, @Nullable String region, Locale locale, Model model) {
    model.addAttribute("year", detail.year());
    model.addAttribute("region", region);
    model.addAttribute("detail", detail);
    model.addAttribute("requiredByYear", IndicatorChart.requiredByYear(detail.requiredPath()));
    model.addAttribute("mapJson", CityMap.of(detail.cities()).json());
    if (detail.target() != null) {
      model.addAttribute(
          "chartJson",
          IndicatorChart.of(
                  detail.target(),
                  detail.requiredPath(),
                  IndicatorChart.labels(messages, locale, fileName(detail)))
              .json());
    }
    return VIEW_INDICATOR;
  }

  private static ResponseEntity<byte[]> download(String format, IndicatorDetail detail)
      throws IOException {
    return IndicatorDataFile.download(
        format,
        fileName(detail),
        detail.indicator().code(),
        detail.target(),
        detail.requiredPath());
  }

  private static String fileName(IndicatorDetail detail) {
    return detail.planId()
        + "-"
        + detail.indicator().code()
        + "-"
        + detail.regionCode()
        + "-"
        + detail.year();
  }
}
