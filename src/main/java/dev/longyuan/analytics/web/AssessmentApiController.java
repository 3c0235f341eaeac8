package dev.longyuan.analytics.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's targets judged for a year, within the signed-in user's scope. */
@RestController
@Tag(name = "analytics", description = "指标与目标进展 / Indicators and progress")
class AssessmentApiController {

  private final PlanAssessor assessor;

  AssessmentApiController(PlanAssessor assessor) {
    this.assessor = assessor;
  }

  @GetMapping("/api/plans/{planId}/assessment")
  @Operation(
      summary = "Every target of the plan judged for a year (Open SDG progress method)",
      description =
          "region defaults to the user's own (the province for province users); sector narrows"
              + " to a plan sector or GB/T 4754 code. Each target carries the sentence that set"
              + " it, its series with the aggregates behind every value, the label and its"
              + " figures, the projection to the target year, and why it is not assessed where"
              + " it is not.")
  PlanAssessment assessment(
      @PathVariable String planId,
      @RequestParam int year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      DataScope scope) {
    return assessor.assess(
        planId,
        year,
        scope,
        region == null || region.isBlank() ? null : region.strip(),
        sector == null || sector.isBlank() ? null : sector.strip());
  }

  @ExceptionHandler(AnalyticsRefused.class)
  ResponseEntity<Map<String, String>> refused(AnalyticsRefused refused) {
    HttpStatus status =
        switch (refused.code()) {
          case "scope.outside" -> HttpStatus.FORBIDDEN;
          case "plan.unknown" -> HttpStatus.NOT_FOUND;
          default -> HttpStatus.BAD_REQUEST;
        };
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }
}
