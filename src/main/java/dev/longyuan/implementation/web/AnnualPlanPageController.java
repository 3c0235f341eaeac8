package dev.longyuan.implementation.web;

import dev.longyuan.implementation.AnnualPlans;
import dev.longyuan.implementation.ImplementationRefused;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A year's implementation plan: each target's value for the year, how it was derived, and the value
 * in force; province administrators set a value otherwise, with a note, and approve the year.
 */
@Controller
class AnnualPlanPageController {

  private final AnnualPlans annualPlans;
  private final PlanCatalog plans;

  AnnualPlanPageController(AnnualPlans annualPlans, PlanCatalog plans) {
    this.annualPlans = annualPlans;
    this.plans = plans;
  }

  @GetMapping("/plans/{planId}/annual-plans/{year}")
  String annualPlan(@PathVariable String planId, @PathVariable int year, Model model) {
    Plan plan =
        plans.plan(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("plan", plan);
    try {
      model.addAttribute("annual", annualPlans.annualPlan(planId, year));
    } catch (ImplementationRefused outside) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<Integer> years =
        IntStream.rangeClosed(plan.baseYear() + 1, plan.targetYear()).boxed().toList();
    model.addAttribute("years", years);
    return "implementation/annual-plan";
  }

  @PostMapping("/plans/{planId}/annual-plans/{year}/targets/{code}")
  String set(
      @PathVariable String planId,
      @PathVariable int year,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String value,
      @RequestParam(defaultValue = "") String note,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      annualPlans.set(planId, year, code, number(value), note, principal.getName(), "web");
    } catch (ImplementationRefused refused) {
      return refused(planId, year, refused, locale, model, response);
    }
    return "redirect:/plans/" + planId + "/annual-plans/" + year + "#at-" + code;
  }

  @PostMapping("/plans/{planId}/annual-plans/{year}/approval")
  String approve(
      @PathVariable String planId,
      @PathVariable int year,
      Principal principal,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      annualPlans.approve(planId, year, principal.getName(), "web");
    } catch (ImplementationRefused refused) {
      return refused(planId, year, refused, locale, model, response);
    }
    return "redirect:/plans/" + planId + "/annual-plans/" + year + "?approved";
  }

  private String refused(
      String planId,
      int year,
      ImplementationRefused refused,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    if (refused.code().equals("plan.unknown") || refused.code().equals("year.outside")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    response.setStatus(
        refused.code().equals("annual_plan.approved")
            ? HttpStatus.CONFLICT.value()
            : HttpStatus.BAD_REQUEST.value());
    model.addAttribute(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return annualPlan(planId, year, model);
  }

  private static @Nullable BigDecimal number(String value) {
    try {
      return value.isBlank() ? null : new BigDecimal(value.strip());
    } catch (NumberFormatException notANumber) {
      throw new ImplementationRefused(
          "value.invalid", "“" + value + "”不是数字", "\"" + value + "\" is not a number");
    }
  }
}
