package dev.longyuan.market.web;

import dev.longyuan.market.Demand;
import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.Market;
import dev.longyuan.market.MarketDeals;
import dev.longyuan.market.MarketRefused;
import dev.longyuan.market.StepDraft;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The demands: the list with the user's notifications, the form, a demand with its matches. */
@Controller
class DemandPageController {

  static final String VIEW_LIST = "market/demands";
  static final String VIEW_FORM = "market/demand-form";
  static final String VIEW_DEMAND = "market/demand";

  private final Market market;
  private final MarketDeals deals;
  private final PlanCatalog plans;

  DemandPageController(Market market, MarketDeals deals, PlanCatalog plans) {
    this.market = market;
    this.deals = deals;
    this.plans = plans;
  }

  @GetMapping("/market/demands")
  String list(DataScope scope, Principal principal, Model model) {
    model.addAttribute("demands", market.demands(scope));
    model.addAttribute("notifications", deals.notifications(scope, principal.getName()));
    model.addAttribute("mayPost", Market.mayPost(scope));
    model.addAttribute("market", market);
    return VIEW_LIST;
  }

  @GetMapping("/market/demands/new")
  String form(DataScope scope, Model model) {
    return form(Map.of(), List.of(), scope, model);
  }

  private String form(
      Map<String, String> values, List<String> errors, DataScope scope, Model model) {
    model.addAttribute("form", values);
    model.addAttribute("errors", errors);
    model.addAttribute("enterpriseScope", scope.kind() == DataScope.Kind.ENTERPRISE);
    model.addAttribute(
        "counties",
        plans.plans().stream()
            .findFirst()
            .flatMap(s -> plans.plan(s.id()))
            .map(
                p ->
                    p.regions().stream()
                        .filter(r -> r.level() != RegionLevel.PROVINCE)
                        .filter(r -> r.level() != RegionLevel.PREFECTURE)
                        .toList())
            .orElse(List.of()));
    model.addAttribute("constructionClasses", market.categories().constructionClasses());
    return VIEW_FORM;
  }

  @PostMapping("/market/demands")
  String create(
      @RequestParam Map<String, String> values,
      DataScope scope,
      Principal principal,
      Locale locale,
      Model model) {
    FormValues form = new FormValues(values);
    DemandDraft draft = form.demand();
    if (!form.problems().isEmpty()) {
      return form(values, FormValues.messages(form.problems(), locale.getLanguage()), scope, model);
    }
    try {
      long id = market.postDemand(draft, scope, principal.getName());
      return "redirect:/market/demands/" + id;
    } catch (MarketRefused refused) {
      if (refused.code().equals("scope.outside")) {
        throw refused;
      }
      return form(
          values, FormValues.messages(refused.problems(), locale.getLanguage()), scope, model);
    }
  }

  @GetMapping("/market/demands/{id}")
  String demand(@PathVariable long id, DataScope scope, Model model) {
    Demand demand = market.demand(id, scope);
    model.addAttribute("demand", demand);
    model.addAttribute("category", market.categoryName(demand.categoryCode()));
    model.addAttribute("region", market.regionName(demand.deliveryRegionCode()));
    model.addAttribute("matches", market.matchDetails(id, scope));
    model.addAttribute("mayAct", Market.mayPost(scope));
    model.addAttribute("market", market);
    return VIEW_DEMAND;
  }

  @PostMapping("/market/demands/{id}/steps")
  String step(
      @PathVariable long id,
      @RequestParam Map<String, String> values,
      DataScope scope,
      Principal principal,
      Locale locale,
      Model model) {
    FormValues form = new FormValues(values);
    BigDecimal supplyId = form.number("supplyId");
    StepDraft draft =
        new StepDraft(
            supplyId == null ? null : supplyId.longValue(),
            form.text("status"),
            form.number("amount"),
            form.date("date"),
            form.text("reason"));
    List<String> errors = FormValues.messages(form.problems(), locale.getLanguage());
    if (errors.isEmpty()) {
      try {
        deals.step(id, draft, scope, principal.getName());
        return "redirect:/market/demands/" + id;
      } catch (MarketRefused refused) {
        if (refused.code().equals("scope.outside") || refused.code().equals("demand.unknown")) {
          throw refused;
        }
        errors = FormValues.messages(refused.problems(), locale.getLanguage());
      }
    }
    model.addAttribute("errors", errors);
    return demand(id, scope, model);
  }
}
