package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The overview (总览) of a plan for a region and year; its URL carries the filters. */
@Controller
class OverviewPageController {

  private final MonitoringOverview overviews;
  private final PlanCatalog plans;

  OverviewPageController(MonitoringOverview overviews, PlanCatalog plans) {
    this.overviews = overviews;
    this.plans = plans;
  }

  @GetMapping("/monitoring/{planId}")
  String overview(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    Plan plan =
        plans
            .plan(planId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, planId));
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    try {
      model.addAttribute(
          "overview",
          overviews.overview(
              planId, chosen, scope, region == null || region.isBlank() ? null : region.strip()));
    } catch (AnalyticsRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.messageEn());
      }
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/overview";
  }

  /** The same overview for anyone, from official figures only. */
  @GetMapping("/public/monitoring/{planId}")
  String publicOverview(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      Locale locale,
      Model model) {
    Plan plan =
        plans
            .plan(planId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, planId));
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("plan", plan);
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("publicView", true);
    try {
      model.addAttribute(
          "overview",
          overviews.publicOverview(
              planId, chosen, region == null || region.isBlank() ? null : region.strip()));
    } catch (AnalyticsRefused refused) {
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return "monitoring/overview";
  }
}
