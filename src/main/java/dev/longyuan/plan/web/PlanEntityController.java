package dev.longyuan.plan.web;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanText;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.TextBlock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A page for each sector, region, zone, base and chain, with what the plan says of it. */
@Controller
class PlanEntityController {

  static final String VIEW_SECTORS = "plan/sectors";
  static final String VIEW_SECTOR = "plan/sector";
  static final String VIEW_REGIONS = "plan/regions";
  static final String VIEW_REGION = "plan/region";
  static final String VIEW_PLACES = "plan/places";
  static final String VIEW_PLACE = "plan/place";

  @GetMapping("/plans/{planId}/sectors")
  String sectors() {
    return VIEW_SECTORS;
  }

  @GetMapping("/plans/{planId}/sectors/{code}")
  String sector(@ModelAttribute Plan plan, @PathVariable String code, Model model) {
    Sector sector = plan.sector(code).orElseThrow(() -> new PlanNotFoundException(code));
    List<String> codes = new ArrayList<>(List.of(code));
    sector.subDirections().forEach(s -> codes.add(s.code()));
    model.addAttribute("sector", sector);
    model.addAttribute("own", PlanText.section(plan, sector.section(), List.of()));
    model.addAttribute(
        "targets",
        plan.targets().stream()
            .filter(t -> t.sectors().stream().anyMatch(codes::contains))
            .toList());
    model.addAttribute(
        "places",
        plan.places().stream()
            .filter(p -> p.sectors().stream().anyMatch(codes::contains))
            .toList());
    model.addAttribute("mentions", otherMentions(plan, List.of(sector.nameZh()), sector.section()));
    return VIEW_SECTOR;
  }

  @GetMapping("/plans/{planId}/regions")
  String regions() {
    return VIEW_REGIONS;
  }

  @GetMapping("/plans/{planId}/regions/{code}")
  String region(@ModelAttribute Plan plan, @PathVariable String code, Model model) {
    Region region = plan.region(code).orElseThrow(() -> new PlanNotFoundException(code));
    model.addAttribute("region", region);
    model.addAttribute(
        "parent",
        region.parent() == null ? null : plan.region(region.parent().value()).orElse(null));
    model.addAttribute(
        "children",
        plan.regions().stream()
            .filter(r -> r.parent() != null && r.parent().equals(region.code()))
            .toList());
    model.addAttribute(
        "places", plan.places().stream().filter(p -> p.regions().contains(code)).toList());
    model.addAttribute(
        "targets", plan.targets().stream().filter(t -> t.regions().contains(code)).toList());
    List<String> names =
        region.shortNameZh().equals(region.nameZh())
            ? List.of(region.nameZh())
            : List.of(region.nameZh(), region.shortNameZh());
    model.addAttribute("mentions", PlanText.mentions(plan, names));
    return VIEW_REGION;
  }

  @GetMapping("/plans/{planId}/places")
  String places(
      @ModelAttribute Plan plan,
      @RequestParam(required = false) @Nullable String kind,
      Model model) {
    PlaceKind selected =
        kind == null
            ? null
            : PlaceKind.fromWord(kind).orElseThrow(() -> new PlanNotFoundException(kind));
    model.addAttribute("kind", selected);
    model.addAttribute(
        "kinds",
        List.of(
            PlaceKind.ECONOMIC_ZONE,
            PlaceKind.DEVELOPMENT_ZONE,
            PlaceKind.INDUSTRIAL_BASE,
            PlaceKind.INDUSTRY_CHAIN));
    model.addAttribute(
        "places",
        plan.places().stream().filter(p -> selected == null || p.kind() == selected).toList());
    return VIEW_PLACES;
  }

  @GetMapping("/plans/{planId}/places/{code}")
  String place(@ModelAttribute Plan plan, @PathVariable String code, Model model) {
    Place place = plan.place(code).orElseThrow(() -> new PlanNotFoundException(code));
    model.addAttribute("place", place);
    model.addAttribute(
        "parent", place.parent() == null ? null : plan.place(place.parent()).orElse(null));
    model.addAttribute(
        "children", plan.places().stream().filter(p -> code.equals(p.parent())).toList());
    model.addAttribute(
        "regionList", place.regions().stream().flatMap(r -> plan.region(r).stream()).toList());
    model.addAttribute(
        "sectorList", place.sectors().stream().flatMap(s -> plan.sector(s).stream()).toList());
    List<String> marks = place.sourceText() == null ? List.of() : List.of(place.sourceText());
    model.addAttribute("own", PlanText.section(plan, place.section(), marks));
    model.addAttribute(
        "targets",
        plan.targets().stream().filter(t -> t.section().equals(place.section())).toList());
    model.addAttribute("mentions", otherMentions(plan, List.of(place.nameZh()), place.section()));
    return VIEW_PLACE;
  }

  private static List<TextBlock> otherMentions(Plan plan, List<String> names, String ownSection) {
    return PlanText.mentions(plan, names).stream()
        .filter(b -> !b.sectionId().equals(ownSection))
        .toList();
  }
}
