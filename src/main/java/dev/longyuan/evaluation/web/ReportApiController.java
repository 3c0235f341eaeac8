package dev.longyuan.evaluation.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.evaluation.EvaluationRefused;
import dev.longyuan.evaluation.ReportArchive;
import dev.longyuan.evaluation.ReportKey;
import dev.longyuan.evaluation.StoredReport;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's evaluation reports as HTML, PDF or XLSX, within the signed-in user's scope: the stored
 * latest version (written when first asked), an older version, or a new one made on request.
 */
@RestController
@Tag(name = "evaluation", description = "评估报告 / Evaluation reports")
class ReportApiController {

  private final ReportArchive archive;

  ReportApiController(ReportArchive archive) {
    this.archive = archive;
  }

  // the same document for a person signed in on the pages, whose session the API does not take
  @GetMapping({"/api/plans/{planId}/reports/{type}", "/plans/{planId}/reports/{type}/file"})
  @Operation(
      summary =
          "A report: monthly (period=YYYY-MM), annual, midterm (base year + 3) or final (target"
              + " year), as stored",
      description =
          "format html (default), pdf or xlsx; lang=en for English; region defaults to the"
              + " user's own. The latest stored version, written from the data when first asked"
              + " and the same bytes afterwards; version=N for an older one, version=new for a new"
              + " one from the data as they are now. Headers X-Report-Version and"
              + " X-Report-Data-Version name the version and the data version it was computed"
              + " at.")
  ResponseEntity<byte[]> report(
      @PathVariable String planId,
      @PathVariable String type,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(defaultValue = "html") String format,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String version,
      DataScope scope,
      Locale locale,
      Principal principal) {
    ReportResponses.checkFormat(format);
    ReportKey key = archive.key(planId, type, year, period, blankless(region), scope, locale);
    StoredReport stored;
    if (version == null || version.isBlank()) {
      stored = archive.latest(key, scope, principal.getName());
    } else if (version.equals("new")) {
      stored = archive.newVersion(key, scope, principal.getName());
    } else {
      stored =
          archive
              .version(key, number(version))
              .orElseThrow(
                  () ->
                      new EvaluationRefused(
                          "version.unknown",
                          "没有第 " + version + " 版",
                          "no version " + version + " of this report"));
    }
    return ReportResponses.of(stored, format);
  }

  @PostMapping("/api/plans/{planId}/reports/{type}")
  @Operation(
      summary = "A new version of a report from the data as they are now",
      description =
          "The same parameters as the GET; the new version is stored and returned in the format"
              + " asked, with its number in X-Report-Version.")
  ResponseEntity<byte[]> newVersion(
      @PathVariable String planId,
      @PathVariable String type,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(defaultValue = "html") String format,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String period,
      DataScope scope,
      Locale locale,
      Principal principal) {
    ReportResponses.checkFormat(format);
    ReportKey key = archive.key(planId, type, year, period, blankless(region), scope, locale);
    return ReportResponses.of(archive.newVersion(key, scope, principal.getName()), format);
  }

  private static @Nullable String blankless(@Nullable String region) {
    return region == null || region.isBlank() ? null : region.strip();
  }

  private static int number(String version) {
    try {
      return Integer.parseInt(version.strip());
    } catch (NumberFormatException notANumber) {
      throw new EvaluationRefused(
          "version.invalid",
          "版本须为数字或 new：" + version,
          "the version must be a number or new: " + version);
    }
  }

  @ExceptionHandler({EvaluationRefused.class, AnalyticsRefused.class})
  ResponseEntity<Map<String, String>> refused(Refusal refused) {
    return ReportResponses.refused(refused);
  }
}
