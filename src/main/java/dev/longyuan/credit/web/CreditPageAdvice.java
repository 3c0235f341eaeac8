package dev.longyuan.credit.web;

import dev.longyuan.credit.CreditRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a credit page: outside the user's scope is the 403 page; anything else a page that
 * names every problem, 404 for what does not exist, 400 otherwise. Nothing was changed.
 */
@ControllerAdvice(
    assignableTypes = {
      CreditPageController.class,
      FactPageController.class,
      BlacklistPageController.class
    })
class CreditPageAdvice {

  static final String VIEW_REFUSED = "credit/refused";

  @ExceptionHandler(CreditRefused.class)
  ModelAndView refused(CreditRefused refused) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", CreditApiAdvice.status(refused));
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, CreditApiAdvice.status(refused));
    page.addObject("code", refused.code());
    page.addObject("problems", refused.problems());
    return page;
  }
}
