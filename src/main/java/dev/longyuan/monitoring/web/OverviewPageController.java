package dev.longyuan.monitoring.web;

import dev.longyuan.monitoring.IndicatorCard;
import dev.longyuan.monitoring.IndicatorDetail;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.IndustryProfiles;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.monitoring.Overview;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The overview of a plan for a region and year, signed in and public; its URL carries both. */
@Controller
class OverviewPageController {

  static final String VIEW_OVERVIEW = "monitoring/overview";

  private final MonitoringOverview overviews;
  private final IndicatorDetails details;
  private final IndustryProfiles profiles;

  OverviewPageController(
      MonitoringOverview overviews, IndicatorDetails details, IndustryProfiles profiles) {
    this.overviews = overviews;
    this.details = details;
    this.profiles = profiles;
  }

  @GetMapping("/monitoring/{planId}")
  String overview(
      @ModelAttribute Plan plan,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String map,
      DataScope scope,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    Overview overview = overviews.overview(plan.id(), chosen, scope, asked(region));
    model.addAttribute("overview", overview);
    model.addAttribute("profile", profiles.region(plan, overview.regionCode(), chosen, scope));
    // the map of the cities by an indicator computed from enterprises' reports; unless one is
    // chosen, the first that has a value
    List<String> mappable =
        plan.indicators().stream()
            .filter(i -> i.definition() != null && i.definition().expression() != null)
            .map(Indicator::code)
            .toList();
    if (!mappable.isEmpty()) {
      String shown =
          map != null && mappable.contains(map)
              ? map
              : overview.cards().stream()
                  .filter(c -> mappable.contains(c.code()) && c.latestValue() != null)
                  .map(IndicatorCard::code)
                  .findFirst()
                  .orElse(mappable.get(0));
      model.addAttribute("mappable", mappable);
      model.addAttribute("mapIndicator", plan.indicator(shown).orElseThrow());
      List<IndicatorDetail.CityValue> cities =
          details.detail(plan.id(), shown, chosen, scope, asked(region)).cities();
      if (cities.isEmpty()) {
        // no city has a value yet (a first start still loading): the map still shows them all
        cities =
            plan.regions().stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE)
                .filter(r -> scope.coversRegion(r.code().value()))
                .map(
                    r ->
                        new IndicatorDetail.CityValue(
                            r.code().value(), r.nameZh(), r.nameEn(), null))
                .toList();
      }
      model.addAttribute("mapCities", cities);
      model.addAttribute("mapJson", CityMap.of(cities).json());
    }
    return VIEW_OVERVIEW;
  }

  /** The same overview for anyone, from official figures only. */
  @GetMapping("/public/monitoring/{planId}")
  String publicOverview(
      @ModelAttribute Plan plan,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("year", chosen);
    model.addAttribute("region", region);
    model.addAttribute("publicView", true);
    model.addAttribute("overview", overviews.publicOverview(plan.id(), chosen, asked(region)));
    return VIEW_OVERVIEW;
  }

  /** The region asked for in the address, if any. */
  static @Nullable String asked(@Nullable String region) {
    return region == null || region.isBlank() ? null : region.strip();
  }
}
