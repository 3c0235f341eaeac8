package dev.longyuan.monitoring.web;

import static dev.longyuan.monitoring.web.OverviewPageController.asked;

import dev.longyuan.monitoring.EconomySeries;
import dev.longyuan.monitoring.EconomySeriesBuilder;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A monthly series of the economy panel: as reported, seasonally adjusted and its trend. */
@Controller
class EconomyPageController {

  static final String VIEW_ECONOMY = "monitoring/economy";

  private final EconomySeriesBuilder economies;
  private final MessageSource messages;

  EconomyPageController(EconomySeriesBuilder economies, MessageSource messages) {
    this.economies = economies;
    this.messages = messages;
  }

  @GetMapping("/monitoring/{planId}/economy/{key}")
  String economy(
      @ModelAttribute Plan plan,
      @PathVariable String key,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Locale locale,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("key", key);
    EconomySeries series = economies.series(plan.id(), key, chosen, scope, asked(region));
    model.addAttribute("series", series);
    if (series.adjusted() != null) {
      model.addAttribute(
          "chartJson",
          EconomyChart.of(
                  series.adjusted(),
                  Map.of(
                      "raw", text("monitoring.series.raw", locale),
                      "adjusted", text("monitoring.series.adjusted", locale),
                      "trend", text("monitoring.series.trend", locale),
                      "png", text("monitoring.download.png", locale),
                      "file", plan.id() + "-" + key + "-" + series.regionCode() + "-" + chosen))
              .json());
    }
    return VIEW_ECONOMY;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
