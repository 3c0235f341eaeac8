package dev.longyuan.trace.web;

import dev.longyuan.trace.internal.LotStories;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a lot, {@code /trace/{code}}: what the code on the package leads to. */
@Controller
class TracePageController {

  static final String LOT = "trace/lot";

  private final LotStories stories;

  TracePageController(LotStories stories) {
    this.stories = stories;
  }

  @GetMapping("/trace/{code}")
  String lot(@PathVariable String code, Model model) {
    LotStories.Story story =
        stories
            .story(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
    model.addAttribute("story", story);
    return LOT;
  }
}
