package dev.longyuan.programs.web;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The region a page shows, its name, and the regions the user may switch to. */
@Component
class PageRegions {

  private final PlanCatalog plans;
  private final ProgrammeYears years;

  PageRegions(PlanCatalog plans, ProgrammeYears years) {
    this.plans = plans;
    this.years = years;
  }

  void describe(DataScope scope, String shown, Model model) {
    List<Region> choices = new ArrayList<>();
    plans
        .plan(years.planId())
        .ifPresent(
            plan ->
                plan.regions().stream()
                    .filter(
                        r ->
                            r.level() == RegionLevel.PROVINCE
                                || r.level() == RegionLevel.PREFECTURE
                                || r.code().value().equals(shown))
                    .filter(r -> scope.coversRegion(r.code().value()))
                    .forEach(choices::add));
    model.addAttribute("planId", years.planId());
    model.addAttribute("region", shown);
    // the plan's targets are the province's: a city or county is not judged against them
    model.addAttribute("provinceWide", RegionCode.of(shown).isProvince());
    model.addAttribute("regionChoices", choices);
    model.addAttribute("regionName", plans.region(shown).map(Region::nameZh).orElse(shown));
    model.addAttribute("regionNameEn", plans.region(shown).map(Region::nameEn).orElse(shown));
  }

  List<Place> zones() {
    return plans
        .plan(years.planId())
        .map(p -> p.places(PlaceKind.DEVELOPMENT_ZONE))
        .orElse(List.of());
  }
}
