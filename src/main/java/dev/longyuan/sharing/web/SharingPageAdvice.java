package dev.longyuan.sharing.web;

import dev.longyuan.sharing.SharingRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a sharing page: outside the user's scope is the 403 page; anything else a page that
 * names every problem (row, field, reason), 404 for what does not exist, 400 otherwise. Nothing was
 * changed.
 */
@ControllerAdvice(
    assignableTypes = {
      DirectoryPageController.class,
      ResourceFilesController.class,
      BookingPageController.class,
      CapacityRequestPageController.class
    })
class SharingPageAdvice {

  static final String VIEW_REFUSED = "sharing/refused";

  @ExceptionHandler(SharingRefused.class)
  ModelAndView refused(SharingRefused refused) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", SharingApiAdvice.status(refused));
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, SharingApiAdvice.status(refused));
    page.addObject("code", refused.code());
    page.addObject("problems", refused.problems());
    return page;
  }
}
