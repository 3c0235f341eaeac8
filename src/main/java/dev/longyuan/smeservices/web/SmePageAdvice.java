package dev.longyuan.smeservices.web;

import dev.longyuan.smeservices.SmeRefused;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on the network's pages that the page does not show itself: a page saying why, 404 for a
 * request the user cannot see, 403 for one they may not act on, 400 otherwise.
 */
@ControllerAdvice(
    assignableTypes = {
      SmePageController.class,
      RequestPageController.class,
      RequestActionController.class
    })
class SmePageAdvice {

  static final String VIEW_REFUSED = "smeservices/refused";

  @ExceptionHandler(SmeRefused.class)
  ModelAndView refused(SmeRefused refused, Locale locale) {
    ModelAndView page = new ModelAndView(VIEW_REFUSED, SmeApiAdvice.status(refused));
    page.addObject("code", refused.code());
    page.addObject(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return page;
  }
}
