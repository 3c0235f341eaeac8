package dev.longyuan.trace.web;

import dev.longyuan.trace.internal.NamedQueries;
import dev.longyuan.trace.internal.Subscriptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The named queries and their webhook subscriptions on one page, each subscription with how its
 * deliveries stand: last delivered, failed attempts, what waits and when it is tried next.
 */
@Controller
class SubscriptionPageController {

  static final String QUERIES = "trace/queries";

  private final NamedQueries queries;
  private final Subscriptions subscriptions;

  SubscriptionPageController(NamedQueries queries, Subscriptions subscriptions) {
    this.queries = queries;
    this.subscriptions = subscriptions;
  }

  @GetMapping("/trace/queries")
  String queries(Model model) {
    model.addAttribute("queries", queries.all());
    model.addAttribute("subscriptions", subscriptions.overview());
    return QUERIES;
  }
}
