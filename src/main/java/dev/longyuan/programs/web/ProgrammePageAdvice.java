package dev.longyuan.programs.web;

import dev.longyuan.programs.ProgrammesRefused;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page: a region outside the user's scope is 403; anything else asked wrongly (a
 * malformed region or date) is 400 with the reason.
 */
@ControllerAdvice(assignableTypes = {ProgrammePageController.class, CapacityPageController.class})
class ProgrammePageAdvice {

  static final String VIEW_REFUSED = "programs/refused";

  @ExceptionHandler(ProgrammesRefused.class)
  ModelAndView refused(ProgrammesRefused refused) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, HttpStatus.BAD_REQUEST);
    page.addObject("errors", refused.errors());
    return page;
  }
}
