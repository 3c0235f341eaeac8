package dev.longyuan.reporting.web;

import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.DataSet;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingRefused;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SeriesValue;
import dev.longyuan.reporting.ValueChange;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data elements, forms, enterprises, approval steps and value histories as JSON. */
@RestController
@Tag(name = "reporting", description = "统计报表 / Statistical reporting")
class ReportingApiController {

  private final ReportingService reporting;
  private final Approvals approvals;

  ReportingApiController(ReportingService reporting, Approvals approvals) {
    this.reporting = reporting;
    this.approvals = approvals;
  }

  @GetMapping("/api/data/elements")
  @Operation(
      summary = "The data elements (统计指标项) with unit, precision, aggregation, frequency and scope")
  List<DataElement> elements() {
    return reporting.elements();
  }

  @GetMapping("/api/data/sets")
  @Operation(summary = "The forms (报表) and the elements each collects, in order")
  List<DataSet> dataSets() {
    return reporting.dataSets();
  }

  @GetMapping("/api/enterprises")
  @Operation(
      summary =
          "Enterprises in a region (province, city or county code) and a plan sector or GB/T 4754 code")
  List<Enterprise> enterprises(
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(defaultValue = "1000") int limit,
      @RequestParam(defaultValue = "0") int offset,
      DataScope scope) {
    return reporting.enterprises(scope, region, sector, Math.min(limit, 10_000), offset);
  }

  /** One approval step as posted; it acts at the level of the user's data scope. */
  record ApprovalStep(
      String reportingUnit,
      String period,
      @Nullable String dataElement,
      String action,
      @Nullable String reason) {}

  @PostMapping("/api/data/approvals")
  @Operation(
      summary =
          "Submit, approve (county → city → province), return with a reason, or reopen values,"
              + " at the level of the user's data scope")
  Map<String, Integer> approve(
      @RequestBody ApprovalStep step, DataScope scope, Principal principal) {
    ApprovalAction action =
        ApprovalAction.fromWord(step.action())
            .orElseThrow(
                () ->
                    new ReportingRefused(
                        "approval.action_unknown",
                        "未知操作“" + step.action() + "”（应为 submit、approve、return 或 reopen）",
                        "unknown action \""
                            + step.action()
                            + "\" (submit, approve, return or reopen)"));
    int moved =
        approvals.approve(
            new ApprovalRequest(
                step.reportingUnit(),
                step.period(),
                step.dataElement(),
                action,
                null,
                step.reason(),
                principal.getName()),
            scope);
    return Map.of("values", moved);
  }

  @GetMapping("/api/data/series")
  @Operation(
      summary =
          "One element's values for a unit in a year, with 当月 derived from 累计 and back where the data allow")
  List<SeriesValue> series(
      @RequestParam String dataElement,
      @RequestParam String reportingUnit,
      @RequestParam int year,
      DataScope scope) {
    return reporting.series(scope, dataElement, reportingUnit, year);
  }

  @GetMapping("/api/data/history")
  @Operation(summary = "Every change of one value: who, when, old value, new value, why")
  List<ValueChange> history(
      @RequestParam String dataElement,
      @RequestParam String reportingUnit,
      @RequestParam String period,
      @RequestParam String measure,
      DataScope scope) {
    return reporting.history(scope, dataElement, reportingUnit, period, measure);
  }

  @ExceptionHandler(ReportingRefused.class)
  ProblemDetail refused(ReportingRefused refused) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageEn());
    problem.setProperty("code", refused.code());
    problem.setProperty("messageZh", refused.messageZh());
    problem.setProperty("messageEn", refused.messageEn());
    return problem;
  }
}
