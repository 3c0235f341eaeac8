package dev.longyuan.analytics.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.PlanAssessor;
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

/** The plan's targets judged for a year, as a page: the label, the figures and the method. */
@Controller
class AssessmentPageController {

  static final String VIEW = "analytics/assessment";

  private final PlanAssessor assessor;
  private final PlanCatalog plans;

  AssessmentPageController(PlanAssessor assessor, PlanCatalog plans) {
    this.assessor = assessor;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/assessment")
  String assessment(
      @PathVariable String planId,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
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
    model.addAttribute("sector", sector);
    model.addAttribute("thresholds", PlanAssessor.thresholds(plan));
    try {
      model.addAttribute(
          "assessment",
          assessor.assess(
              planId,
              chosen,
              scope,
              region == null || region.isBlank() ? null : region.strip(),
              sector == null || sector.isBlank() ? null : sector.strip()));
    } catch (AnalyticsRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.messageEn());
      }
      model.addAttribute(
          "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    }
    return VIEW;
  }
}
