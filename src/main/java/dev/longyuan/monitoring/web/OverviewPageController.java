package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.monitoring.EconomySeries;
import dev.longyuan.monitoring.EconomySeriesBuilder;
import dev.longyuan.monitoring.IndicatorCard;
import dev.longyuan.monitoring.IndicatorDetail;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.monitoring.Overview;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The monitoring pages of a plan for a region and year; their URLs carry the filters. */
@Controller
class OverviewPageController {

  private final MonitoringOverview overviews;
  private final IndicatorDetails details;
  private final EconomySeriesBuilder economies;
  private final PlanCatalog plans;
  private final MessageSource messages;

  OverviewPageController(
      MonitoringOverview overviews,
      IndicatorDetails details,
      EconomySeriesBuilder economies,
      PlanCatalog plans,
      MessageSource messages) {
    this.overviews = overviews;
    this.details = details;
    this.economies = economies;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}")
  String overview(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String map,
      DataScope scope,
      Locale locale,
      Model model) {
    Plan plan = plan(planId);
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    try {
      String asked = asked(region);
      Overview overview = overviews.overview(planId, chosen, scope, asked);
      model.addAttribute("overview", overview);
      // the map of the cities by an indicator computed from enterprises' reports; unless one is
      // chosen, the first that has a value
      List<String> mappable =
          plan.indicators().stream()
              .filter(i -> i.definition() != null && i.definition().expression() != null)
              .map(dev.longyuan.plan.Indicator::code)
              .toList();
      if (!mappable.isEmpty()) {
        String shown =
            map != null && mappable.contains(map)
                ? map
                : overview.cards().stream()
                    .filter(c -> mappable.contains(c.code()) && c.latestValue() != null)
                    .map(IndicatorCard::code)
                    .findFirst()
                    .orElse(mappable.get(0));
        model.addAttribute("mappable", mappable);
        model.addAttribute("mapIndicator", plan.indicator(shown).orElseThrow());
        model.addAttribute(
            "mapJson",
            CityMap.of(details.detail(planId, shown, chosen, scope, asked).cities()).json());
      }
    } catch (AnalyticsRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.messageEn());
      }
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/overview";
  }

  /** One key indicator in detail: chart, data table, the plan's sentence, the cities. */
  @GetMapping("/monitoring/{planId}/indicators/{code}")
  String indicator(
      @PathVariable String planId,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    Plan plan = plan(planId);
    if (plan.indicator(code).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, code);
    }
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    try {
      IndicatorDetail detail = details.detail(planId, code, chosen, scope, asked(region));
      model.addAttribute("detail", detail);
      model.addAttribute("requiredByYear", IndicatorChart.requiredByYear(detail));
      model.addAttribute("mapJson", CityMap.of(detail.cities()).json());
      if (detail.target() != null) {
        model.addAttribute(
            "chartJson",
            IndicatorChart.of(
                    detail,
                    Map.of(
                        "judged", messages.getMessage("monitoring.indicator.judged", null, locale),
                        "required",
                            messages.getMessage("monitoring.indicator.required", null, locale),
                        "projection", messages.getMessage("assessment.projection", null, locale),
                        "band", messages.getMessage("monitoring.indicator.band", null, locale),
                        "png", messages.getMessage("monitoring.download.png", null, locale),
                        "file", planId + "-" + code + "-" + detail.regionCode() + "-" + chosen))
                .json());
      }
    } catch (AnalyticsRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.messageEn());
      }
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/indicator";
  }

  /** A monthly series of the economy panel: as reported, seasonally adjusted and its trend. */
  @GetMapping("/monitoring/{planId}/economy/{key}")
  String economy(
      @PathVariable String planId,
      @PathVariable String key,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    Plan plan = plan(planId);
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("key", key);
    try {
      EconomySeries series = economies.series(planId, key, chosen, scope, asked(region));
      model.addAttribute("series", series);
      if (series.adjusted() != null) {
        model.addAttribute(
            "chartJson",
            EconomyChart.of(
                    series.adjusted(),
                    Map.of(
                        "raw", messages.getMessage("monitoring.series.raw", null, locale),
                        "adjusted", messages.getMessage("monitoring.series.adjusted", null, locale),
                        "trend", messages.getMessage("monitoring.series.trend", null, locale),
                        "png", messages.getMessage("monitoring.download.png", null, locale),
                        "file", planId + "-" + key + "-" + series.regionCode() + "-" + chosen))
                .json());
      }
    } catch (AnalyticsRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.messageEn());
      }
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/economy";
  }

  /** The figures behind an indicator's chart, as CSV or XLSX. */
  @GetMapping("/monitoring/{planId}/indicators/{code}/data")
  ResponseEntity<byte[]> indicatorData(
      @PathVariable String planId,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "csv") String format,
      DataScope scope)
      throws java.io.IOException {
    Plan plan = plan(planId);
    if (plan.indicator(code).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, code);
    }
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: csv or xlsx");
    }
    int chosen = year == null ? plan.targetYear() : year;
    IndicatorDetail detail;
    try {
      detail = details.detail(planId, code, chosen, scope, asked(region));
    } catch (AnalyticsRefused refused) {
      throw new ResponseStatusException(
          refused.code().equals("scope.outside") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
          refused.messageEn());
    }
    String name = planId + "-" + code + "-" + detail.regionCode() + "-" + chosen + "." + format;
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(
            csv
                ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv ? IndicatorDataFile.csv(detail) : IndicatorDataFile.xlsx(detail));
  }

  /** The same overview for anyone, from official figures only. */
  @GetMapping("/public/monitoring/{planId}")
  String publicOverview(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      Locale locale,
      Model model) {
    Plan plan = plan(planId);
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("publicView", true);
    try {
      model.addAttribute("overview", overviews.publicOverview(planId, chosen, asked(region)));
    } catch (AnalyticsRefused refused) {
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/overview";
  }

  private Plan plan(String planId) {
    return plans
        .plan(planId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, planId));
  }

  /** The region asked for in the address, if any. */
  private static @Nullable String asked(@Nullable String region) {
    return region == null || region.isBlank() ? null : region.strip();
  }
}
