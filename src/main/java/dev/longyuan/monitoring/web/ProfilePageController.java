package dev.longyuan.monitoring.web;

import dev.longyuan.monitoring.IndustryProfiles;
import dev.longyuan.monitoring.SectorProfile;
import dev.longyuan.plan.Plan;
import dev.longyuan.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The industry of a region, a sector (in a region) and a chain, base or zone, for a year. */
@Controller
class ProfilePageController {

  static final String VIEW_REGION = "monitoring/region";
  static final String VIEW_SECTOR = "monitoring/sector";
  static final String VIEW_PLACE = "monitoring/place";

  private final IndustryProfiles profiles;

  ProfilePageController(IndustryProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/monitoring/{planId}/regions/{code}")
  String region(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("year", chosen);
    model.addAttribute("profile", profiles.region(plan, code, chosen, scope));
    return VIEW_REGION;
  }

  @GetMapping("/monitoring/{planId}/sectors/{code}")
  String sector(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    String asked = OverviewPageController.asked(region);
    SectorProfile profile =
        profiles.sector(plan, code, asked == null ? home(plan, scope) : asked, chosen, scope);
    model.addAttribute("year", chosen);
    model.addAttribute("profile", profile);
    model.addAttribute("mapJson", regionsMap(profile));
    return VIEW_SECTOR;
  }

  @GetMapping("/monitoring/{planId}/places/{code}")
  String place(
      @ModelAttribute Plan plan,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Model model) {
    int chosen = year == null ? plan.targetYear() : year;
    model.addAttribute("year", chosen);
    model.addAttribute("profile", profiles.place(plan, code, chosen, scope));
    return VIEW_PLACE;
  }

  /** The user's own region: the province for everyone's scope, else the scope's region. */
  private static String home(Plan plan, DataScope scope) {
    return scope.region() != null
        ? scope.region().value()
        : plan.province().orElseThrow().code().value();
  }

  /** The sector's value added by city, for the map of Gansu; none below the province. */
  private static @Nullable String regionsMap(SectorProfile profile) {
    if (profile.region().parent() != null) {
      return null;
    }
    return CityMap.ofValueAdded(profile.regions()).json();
  }
}
