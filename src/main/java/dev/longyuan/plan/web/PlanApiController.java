package dev.longyuan.plan.web;

import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plans as JSON, in the field names of the plan file format. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "plans", description = "计划 / Plans as data")
class PlanApiController {

  private final PlanCatalog catalog;

  PlanApiController(PlanCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(summary = "The stored plans")
  List<PlanSummary> plans() {
    return catalog.plans();
  }

  @GetMapping("/{planId}")
  @Operation(
      summary =
          "A plan whole: metadata, sections with their text, indicators, targets, sectors, regions, places")
  Plan plan(@PathVariable String planId) {
    return find(planId);
  }

  @GetMapping("/{planId}/indicators")
  @Operation(summary = "The key indicator table, as corrected, with each correction")
  List<Indicator> indicators(@PathVariable String planId) {
    return find(planId).indicators();
  }

  @GetMapping("/{planId}/targets")
  @Operation(summary = "Every target of the plan with its source sentence")
  List<Target> targets(@PathVariable String planId) {
    return find(planId).targets();
  }

  @GetMapping("/{planId}/sectors")
  @Operation(summary = "The plan's sectors with their GB/T 4754-2017 codes and sub-directions")
  List<Sector> sectors(@PathVariable String planId) {
    return find(planId).sectors();
  }

  @GetMapping("/{planId}/regions")
  @Operation(summary = "The regions the plan covers (GB/T 2260)")
  List<Region> regions(@PathVariable String planId) {
    return find(planId).regions();
  }

  @ExceptionHandler(PlanNotFoundException.class)
  ProblemDetail notFound(PlanNotFoundException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有找到 / not found: " + e.what());
    problem.setProperty("code", "plan.not_found");
    return problem;
  }

  private Plan find(String planId) {
    return catalog.plan(planId).orElseThrow(() -> new PlanNotFoundException(planId));
  }
}
