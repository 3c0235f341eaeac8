package dev.longyuan.market.web;

import dev.longyuan.market.MarketRefused;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a market page that the page does not show itself: outside the user's scope is the
 * 403 page, an unknown demand a 404 page that says so, anything else a 400 page.
 */
@ControllerAdvice(
    assignableTypes = {
      DemandPageController.class,
      SupplyPageController.class,
      MarketImportController.class,
      StatisticsPageController.class
    })
class MarketPageAdvice {

  static final String VIEW_REFUSED = "market/refused";

  @ExceptionHandler(MarketRefused.class)
  ModelAndView refused(MarketRefused refused, Locale locale) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", MarketApiAdvice.status(refused));
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, MarketApiAdvice.status(refused));
    page.addObject("code", refused.code());
    page.addObject(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return page;
  }
}
