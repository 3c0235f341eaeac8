package dev.longyuan.market.web;

import dev.longyuan.market.MarketDeals;
import dev.longyuan.shared.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 省内采购占比 by sector, city and key project, within the user's regions. */
@Controller
class StatisticsPageController {

  static final String VIEW_STATISTICS = "market/statistics";

  private final MarketDeals deals;

  StatisticsPageController(MarketDeals deals) {
    this.deals = deals;
  }

  @GetMapping("/market/statistics")
  String statistics(DataScope scope, Model model) {
    model.addAttribute("share", deals.share(scope));
    return VIEW_STATISTICS;
  }
}
