package dev.longyuan.smeservices.web;

import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.NetworkFigures;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import dev.longyuan.smeservices.ServiceRequests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The network's page (its map, nodes and catalogues) and its figures by year. */
@Controller
class SmePageController {

  static final String VIEW_NETWORK = "smeservices/network";
  static final String VIEW_FIGURES = "smeservices/figures";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ServiceNetwork network;
  private final NetworkFigures figures;

  SmePageController(ServiceNetwork network, NetworkFigures figures) {
    this.network = network;
    this.figures = figures;
  }

  @GetMapping("/sme")
  String network(@RequestParam(required = false) @Nullable String region, Model model) {
    Plan plan = network.plan();
    List<ServiceNode> nodes = network.nodes();
    int year = thisYear();
    String city = region != null && region.matches("62[0-9]{2}00") ? region : null;
    model.addAttribute("hub", nodes.stream().filter(n -> n.kind() == NodeKind.HUB).toList());
    model.addAttribute("windows", kind(nodes, NodeKind.WINDOW, city));
    model.addAttribute("touchpoints", kind(nodes, NodeKind.TOUCHPOINT, city));
    model.addAttribute("agencies", kind(nodes, NodeKind.AGENCY, city));
    model.addAttribute("city", city);
    model.addAttribute("categories", network.categories());
    model.addAttribute("names", Names.of(plan, nodes, network.categories()));
    model.addAttribute(
        "coverage", network.coverage(plan.province().orElseThrow().code().value(), year));
    // the map: the share of each city's counties with a touchpoint today
    List<Map<String, Object>> cities =
        plan.regions().stream()
            .filter(r -> r.level() == RegionLevel.PREFECTURE)
            .map(r -> city(r, year))
            .toList();
    model.addAttribute(
        "mapJson", JSON.writeValueAsString(Map.of("cities", cities)).replace("</", "<\\/"));
    return VIEW_NETWORK;
  }

  @GetMapping("/sme/figures")
  String figures(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope,
      Model model) {
    int asked = year == null ? thisYear() : year;
    NetworkFigures.Figures result = figures.figures(asked, region, scope);
    Plan plan = network.plan();
    model.addAttribute("f", result);
    model.addAttribute(
        "years", IntStream.rangeClosed(plan.baseYear() + 1, thisYear()).boxed().toList());
    model.addAttribute(
        "regions",
        plan.regions().stream()
            .filter(r -> r.level() == RegionLevel.PROVINCE || r.level() == RegionLevel.PREFECTURE)
            .filter(r -> scope.coversRegion(r.code().value()))
            .toList());
    model.addAttribute("categories", network.categories());
    model.addAttribute("names", Names.of(plan, network.nodes(), network.categories()));
    model.addAttribute("bar", NetworkFigures.NATIONAL_BAR);
    model.addAttribute("aim", NetworkFigures.AIM);
    return VIEW_FIGURES;
  }

  private Map<String, Object> city(Region r, int year) {
    ServiceNetwork.Coverage coverage = network.coverage(r.code().value(), year);
    Map<String, Object> city = new LinkedHashMap<>();
    city.put("name", r.nameZh());
    city.put("code", r.code().value());
    city.put("value", coverage.counties() == 0 ? null : Math.round(coverage.share() * 100) / 100.0);
    return city;
  }

  private static List<ServiceNode> kind(
      List<ServiceNode> nodes, NodeKind kind, @Nullable String city) {
    String prefix = city == null ? "" : city.substring(0, 4);
    return nodes.stream()
        .filter(n -> n.kind() == kind && n.regionCode().startsWith(prefix))
        .toList();
  }

  private static int thisYear() {
    return java.time.LocalDate.now(ServiceRequests.BEIJING).getYear();
  }
}
