package dev.longyuan.projects.web;

import dev.longyuan.projects.ProjectRefused;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a projects page that the page does not show itself: a project outside the user's
 * scope is the 403 page, an unknown one a 404 page that says so, anything else a 400 page.
 */
@ControllerAdvice(
    assignableTypes = {
      ProjectPageController.class,
      ProjectFormController.class,
      ProgressFormController.class,
      ProjectImportController.class
    })
class ProjectPageAdvice {

  static final String VIEW_REFUSED = "projects/refused";

  @ExceptionHandler(ProjectRefused.class)
  ModelAndView refused(ProjectRefused refused, Locale locale) {
    if (refused.code().equals("scope.outside")) {
      return new ModelAndView("error/403", ProjectApiAdvice.status(refused));
    }
    ModelAndView page = new ModelAndView(VIEW_REFUSED, ProjectApiAdvice.status(refused));
    page.addObject("code", refused.code());
    page.addObject(
        "error", locale.getLanguage().equals("en") ? refused.messageEn() : refused.messageZh());
    return page;
  }
}
