package dev.longyuan.projects.web;

import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.projects.ProjectDetail;
import dev.longyuan.projects.ProjectFilter;
import dev.longyuan.projects.ProjectList;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.projects.Projects;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The projects list with its filters, totals and map of the cities, a project's page, its
 * attachments.
 */
@Controller
class ProjectPageController {

  static final String VIEW_LIST = "projects/list";
  static final String VIEW_PROJECT = "projects/project";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final Projects projects;

  ProjectPageController(Projects projects) {
    this.projects = projects;
  }

  @GetMapping("/projects")
  String list(
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(required = false) @Nullable String chain,
      @RequestParam(required = false) @Nullable String base,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Model model) {
    ProjectFilter filter = ProjectFilters.of(region, sector, chain, base, status, year);
    ProjectList list = projects.list(filter, scope);
    Plan plan = projects.currentPlan();
    model.addAttribute("plan", plan);
    model.addAttribute("filter", filter);
    model.addAttribute("list", list);
    model.addAttribute(
        "regions",
        plan.regions().stream()
            .filter(r -> r.level() != RegionLevel.PROVINCE)
            .filter(r -> scope.regionPrefix() == null || scope.coversRegion(r.code().value()))
            .toList());
    model.addAttribute("chains", plan.places(PlaceKind.INDUSTRY_CHAIN));
    model.addAttribute("bases", plan.places(PlaceKind.INDUSTRIAL_BASE));
    model.addAttribute("statuses", ProjectStatus.values());
    model.addAttribute("years", yearsOf(plan));
    model.addAttribute("mayCreate", Projects.mayCreate(scope));
    model.addAttribute("names", Names.of(plan));
    // the map: each city's total investment of the listed projects, in 亿元
    Map<String, ProjectList.CityTotal> byCity =
        list.cities().stream()
            .collect(Collectors.toMap(ProjectList.CityTotal::code, Function.identity()));
    List<Map<String, Object>> cities =
        plan.regions().stream()
            .filter(r -> r.level() == RegionLevel.PREFECTURE)
            .filter(r -> scope.regionPrefix() == null || scope.coversRegion(r.code().value()))
            .map(
                r -> {
                  ProjectList.CityTotal total = byCity.get(r.code().value());
                  Map<String, Object> city = new java.util.LinkedHashMap<>();
                  city.put("name", r.nameZh());
                  city.put("code", r.code().value());
                  city.put(
                      "value",
                      total == null
                          ? null
                          : total.totalInvestment().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
                  return city;
                })
            .toList();
    model.addAttribute(
        "mapJson", JSON.writeValueAsString(Map.of("cities", cities)).replace("</", "<\\/"));
    return VIEW_LIST;
  }

  @GetMapping("/projects/{code}")
  String project(@PathVariable String code, DataScope scope, Model model) {
    ProjectDetail detail = projects.detail(code, scope);
    Plan plan = projects.plan(detail.project());
    model.addAttribute("plan", plan);
    model.addAttribute("detail", detail);
    model.addAttribute("p", detail.project());
    model.addAttribute("names", Names.of(plan));
    model.addAttribute("today", LocalDate.now());
    model.addAttribute("mayEdit", Projects.mayEdit(scope, detail.project()));
    model.addAttribute("mayReport", Projects.mayReport(scope, detail.project()));
    model.addAttribute(
        "chartJson",
        JSON.writeValueAsString(
                Map.of(
                    "years", detail.years().stream().map(y -> String.valueOf(y.year())).toList(),
                    "planned", detail.years().stream().map(y -> y.planned()).toList(),
                    "completed", detail.years().stream().map(y -> y.completed()).toList()))
            .replace("</", "<\\/"));
    return VIEW_PROJECT;
  }

  @GetMapping("/projects/{code}/attachments/{id}")
  ResponseEntity<byte[]> attachment(
      @PathVariable String code, @PathVariable long id, DataScope scope) {
    return projects.attachment(code, id, scope).download();
  }

  /** The years a list may be narrowed to: the plan's years and the one after. */
  static List<Integer> yearsOf(Plan plan) {
    return java.util.stream.IntStream.rangeClosed(plan.baseYear(), plan.targetYear() + 1)
        .boxed()
        .toList();
  }
}
