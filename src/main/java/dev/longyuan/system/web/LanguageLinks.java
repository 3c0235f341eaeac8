package dev.longyuan.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The links of the language switch: the page being read, its query kept, in the other language. */
@ControllerAdvice
class LanguageLinks {

  /** The page's own address with {@code lang} set, for the layout's switch. */
  record SwitchLinks(String zh, String en) {}

  @ModelAttribute("languageLinks")
  SwitchLinks languageLinks(HttpServletRequest request) {
    return new SwitchLinks(link(request, "zh_CN"), link(request, "en"));
  }

  private static String link(HttpServletRequest request, String lang) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", lang)
        .build()
        .toUriString();
  }
}
