package dev.longyuan.evaluation.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.evaluation.EvaluationRefused;
import dev.longyuan.evaluation.EvaluationReport;
import dev.longyuan.evaluation.EvaluationReports;
import dev.longyuan.evaluation.MonthlyBrief;
import dev.longyuan.evaluation.ReportType;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's evaluation reports as HTML, PDF or XLSX, within the signed-in user's scope. */
@RestController
@Tag(name = "evaluation", description = "评估报告 / Evaluation reports")
class ReportApiController {

  static final String MONTHLY = "monthly";

  private final EvaluationReports reports;
  private final PlanCatalog plans;
  private final ReportDocuments documents;
  private final ReportWorkbook workbook;

  ReportApiController(
      EvaluationReports reports,
      PlanCatalog plans,
      ReportDocuments documents,
      ReportWorkbook workbook) {
    this.reports = reports;
    this.plans = plans;
    this.documents = documents;
    this.workbook = workbook;
  }

  @GetMapping("/api/plans/{planId}/reports/{type}")
  @Operation(
      summary =
          "A report: monthly (period=YYYY-MM), annual, midterm (base year + 3) or final (target"
              + " year)",
      description =
          "format html (default), pdf or xlsx; lang=en for English; region defaults to the"
              + " user's own. The indicator table and the targets are the assessment's for the"
              + " same plan, year and region; the narrative is written from their figures.")
  ResponseEntity<byte[]> report(
      @PathVariable String planId,
      @PathVariable String type,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(defaultValue = "html") String format,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String period,
      DataScope scope,
      Locale locale) {
    String regionCode = region == null || region.isBlank() ? null : region.strip();
    if (type.equals(MONTHLY)) {
      return brief(planId, format, period, regionCode, scope, locale);
    }
    ReportType reportType =
        ReportType.fromWord(type)
            .orElseThrow(
                () ->
                    new EvaluationRefused(
                        "type.unknown",
                        "没有“" + type + "”类型的报告：可用 monthly、annual、midterm、final",
                        "no report of type \""
                            + type
                            + "\": use monthly, annual, midterm or final"));
    if (!format.equals("html") && !format.equals("pdf") && !format.equals("xlsx")) {
      throw new EvaluationRefused(
          "format.unknown", "格式须为 html、pdf 或 xlsx", "the format must be html, pdf or xlsx");
    }
    EvaluationReport report =
        reports.report(
            planId,
            reportType,
            year,
            scope,
            region == null || region.isBlank() ? null : region.strip(),
            locale);
    int baseYear = plans.plan(planId).orElseThrow().baseYear();
    String name =
        planId + "-" + type + "-" + report.year() + "-" + report.regionCode() + "." + format;
    if (format.equals("xlsx")) {
      return ReportResponses.file(workbook.write(report, baseYear), ReportResponses.XLSX, name);
    }
    String html = documents.html(report, baseYear);
    if (format.equals("pdf")) {
      return ReportResponses.file(documents.pdf(html), MediaType.APPLICATION_PDF, name);
    }
    return ReportResponses.page(html);
  }

  private ResponseEntity<byte[]> brief(
      String planId,
      String format,
      @Nullable String period,
      @Nullable String region,
      DataScope scope,
      Locale locale) {
    ReportResponses.checkFormat(format);
    MonthlyBrief brief = reports.brief(planId, period == null ? "" : period, scope, region, locale);
    int baseYear = plans.plan(planId).orElseThrow().baseYear();
    String name = planId + "-monthly-" + brief.period() + "-" + brief.regionCode() + "." + format;
    if (format.equals("xlsx")) {
      return ReportResponses.file(workbook.write(brief, baseYear), ReportResponses.XLSX, name);
    }
    String html = documents.html(brief, baseYear);
    return format.equals("pdf")
        ? ReportResponses.file(documents.pdf(html), MediaType.APPLICATION_PDF, name)
        : ReportResponses.page(html);
  }

  @ExceptionHandler({EvaluationRefused.class, AnalyticsRefused.class})
  ResponseEntity<Map<String, String>> refused(Refusal refused) {
    HttpStatus status =
        switch (refused.code()) {
          case "scope.outside" -> HttpStatus.FORBIDDEN;
          case "plan.unknown", "type.unknown" -> HttpStatus.NOT_FOUND;
          default -> HttpStatus.BAD_REQUEST;
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }
}
