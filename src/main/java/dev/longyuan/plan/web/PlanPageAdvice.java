package dev.longyuan.plan.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing plan, section or entity on a page is a 404 page, never a 500. */
@ControllerAdvice(assignableTypes = {PlanPageController.class, PlanEntityController.class})
class PlanPageAdvice {

  @ExceptionHandler(PlanNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(PlanNotFoundException e, Model model) {
    model.addAttribute("what", e.what());
    return "plan/not-found";
  }
}
