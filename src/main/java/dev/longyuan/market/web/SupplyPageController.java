package dev.longyuan.market.web;

import dev.longyuan.market.Market;
import dev.longyuan.market.MarketDeals;
import dev.longyuan.market.MarketRefused;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.shared.DataScope;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supplies: the list with the user's notifications, and the form. */
@Controller
class SupplyPageController {

  static final String VIEW_LIST = "market/supplies";
  static final String VIEW_FORM = "market/supply-form";

  private final Market market;
  private final MarketDeals deals;

  SupplyPageController(Market market, MarketDeals deals) {
    this.market = market;
    this.deals = deals;
  }

  @GetMapping("/market/supplies")
  String list(DataScope scope, Principal principal, Model model) {
    model.addAttribute("supplies", market.supplies(scope));
    model.addAttribute("notifications", deals.notifications(scope, principal.getName()));
    model.addAttribute("mayPost", Market.mayPost(scope));
    model.addAttribute("market", market);
    return VIEW_LIST;
  }

  @GetMapping("/market/supplies/new")
  String form(DataScope scope, Model model) {
    return form(Map.of(), List.of(), scope, model);
  }

  private String form(
      Map<String, String> values, List<String> errors, DataScope scope, Model model) {
    model.addAttribute("form", values);
    model.addAttribute("errors", errors);
    model.addAttribute("enterprises", market.enterprises(scope));
    model.addAttribute("constructionClasses", market.categories().constructionClasses());
    return VIEW_FORM;
  }

  @PostMapping("/market/supplies")
  String create(
      @RequestParam Map<String, String> values,
      DataScope scope,
      Principal principal,
      Locale locale,
      Model model) {
    FormValues form = new FormValues(values);
    SupplyDraft draft = form.supply();
    if (!form.problems().isEmpty()) {
      return form(values, FormValues.messages(form.problems(), locale.getLanguage()), scope, model);
    }
    try {
      market.postSupply(draft, scope, principal.getName());
      return "redirect:/market/supplies";
    } catch (MarketRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw refused;
      }
      return form(
          values, FormValues.messages(refused.problems(), locale.getLanguage()), scope, model);
    }
  }
}
