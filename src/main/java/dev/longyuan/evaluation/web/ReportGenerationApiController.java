package dev.longyuan.evaluation.web;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.evaluation.EvaluationRefused;
import dev.longyuan.evaluation.ReportArchive;
import dev.longyuan.evaluation.ReportGeneration;
import dev.longyuan.evaluation.ReportGenerations;
import dev.longyuan.evaluation.ReportKey;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * New versions of reports made in the background for API clients: a POST that prefers an
 * asynchronous answer ({@code Prefer: respond-async}, RFC 7240) starts one and answers 202 with the
 * {@code Location} of its status, which tells the step it is at and, once done, the version made
 * and where its document is.
 */
@RestController
@Tag(name = "evaluation", description = "评估报告 / Evaluation reports")
class ReportGenerationApiController {

  /** A generation as the API shows it; {@code document} is the new version's HTML once done. */
  record GenerationStatus(
      String id,
      String type,
      int year,
      String period,
      String region,
      String lang,
      String state,
      String step,
      List<String> steps,
      int stepsDone,
      @Nullable Integer version,
      @Nullable String document,
      @Nullable String errorZh,
      @Nullable String errorEn,
      Instant startedAt,
      @Nullable Instant finishedAt) {

    static GenerationStatus of(ReportGeneration g) {
      ReportKey k = g.key();
      String document =
          g.version() == null
              ? null
              : UriComponentsBuilder.fromPath("/api/plans/{plan}/reports/{type}")
                  .queryParam("year", k.year())
                  .queryParam("region", k.regionCode())
                  .queryParam("lang", k.lang())
                  .queryParam("version", g.version())
                  .queryParamIfPresent(
                      "period", java.util.Optional.of(k.period()).filter(p -> !p.isEmpty()))
                  .buildAndExpand(k.planId(), k.type())
                  .toUriString();
      return new GenerationStatus(
          g.id(),
          k.type(),
          k.year(),
          k.period(),
          k.regionCode(),
          k.lang(),
          g.state(),
          g.step(),
          ReportGeneration.STEPS,
          g.stepsDone(),
          g.version(),
          document,
          g.errorZh(),
          g.errorEn(),
          g.startedAt(),
          g.finishedAt());
    }
  }

  private final ReportArchive archive;
  private final ReportGenerations generations;

  ReportGenerationApiController(ReportArchive archive, ReportGenerations generations) {
    this.archive = archive;
    this.generations = generations;
  }

  @PostMapping(path = "/api/plans/{planId}/reports/{type}", headers = "Prefer=respond-async")
  @Operation(
      summary = "A new version of a report, made in the background",
      description =
          "With the header Prefer: respond-async, the same parameters as the GET (no format):"
              + " answers 202 with the Location of the generation's status. Nothing is stored"
              + " unless the whole report is made.")
  ResponseEntity<GenerationStatus> start(
      @PathVariable String planId,
      @PathVariable String type,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String period,
      DataScope scope,
      Locale locale,
      Principal principal) {
    String asked = region == null || region.isBlank() ? null : region.strip();
    ReportKey key = archive.key(planId, type, year, period, asked, scope, locale);
    ReportGeneration started = generations.start(key, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/plans/" + planId + "/report-generations/" + started.id()))
        .body(GenerationStatus.of(started));
  }

  @GetMapping("/api/plans/{planId}/report-generations/{id}")
  @Operation(
      summary = "The progress of a report made in the background",
      description =
          "state running, done or failed; step one of assess, write, charts, pdf, save; once"
              + " done, the version made and the address of its document. Kept for an hour after"
              + " it finishes, and not across a restart.")
  GenerationStatus status(@PathVariable String planId, @PathVariable String id, DataScope scope) {
    return generations
        .generation(id, scope)
        .filter(g -> g.key().planId().equals(planId))
        .map(GenerationStatus::of)
        .orElseThrow(
            () ->
                new EvaluationRefused(
                    "generation.unknown",
                    "没有正在或最近生成的报告 " + id,
                    "no report being or lately made with the id " + id));
  }

  @ExceptionHandler({EvaluationRefused.class, AnalyticsRefused.class})
  ResponseEntity<Map<String, String>> refused(Refusal refused) {
    return ReportResponses.refused(refused);
  }
}
