package dev.longyuan.plan.web;

import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every plan page shares: the plan named in its path as the model's {@code plan}, and a 404
 * page (never a 500) for a plan, section or entity that does not exist.
 */
@ControllerAdvice(assignableTypes = {PlanPageController.class, PlanEntityController.class})
class PlanPageAdvice {

  private final PlanCatalog catalog;

  PlanPageAdvice(PlanCatalog catalog) {
    this.catalog = catalog;
  }

  @ModelAttribute("plan")
  @Nullable Plan plan(@PathVariable(required = false) @Nullable String planId) {
    return planId == null
        ? null
        : catalog.plan(planId).orElseThrow(() -> new PlanNotFoundException(planId));
  }

  @ExceptionHandler(PlanNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFoundException e, Model model) {
    model.addAttribute("what", e.what());
    return "plan/not-found";
  }
}
