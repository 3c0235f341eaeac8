package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every monitoring page shares: the plan named in its path as the model's {@code plan} (404
 * when there is none), and a refusal of the analytics shown as a page that says why — a region
 * outside the user's scope as 403, anything else asked wrongly as 400.
 */
@ControllerAdvice(basePackageClasses = MonitoringPageAdvice.class)
class MonitoringPageAdvice {

  static final String VIEW_REFUSED = "monitoring/refused";

  private final PlanCatalog plans;

  MonitoringPageAdvice(PlanCatalog plans) {
    this.plans = plans;
  }

  @ModelAttribute("plan")
  Plan plan(@PathVariable String planId) {
    return plans
        .plan(planId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, planId));
  }

  @ExceptionHandler(AnalyticsRefused.class)
  ModelAndView refused(AnalyticsRefused refused, HttpServletRequest request, Locale locale) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    Map<String, String> path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    page.addObject("planId", path == null ? null : path.get("planId"));
    page.addObject("publicView", request.getRequestURI().contains("/public/"));
    page.addObject("code", refused.code());
    page.addObject(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return page;
  }
}
