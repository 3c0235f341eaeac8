package dev.longyuan.reporting.web;

import dev.longyuan.reporting.EnterpriseRegistry;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ImportStatus;
import dev.longyuan.reporting.ReportingRefused;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.reporting.exchange.ExchangeFormat;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Imports and exports of data values through the API. */
@RestController
@Tag(name = "data", description = "数据导入导出 / Data import and export")
class ValueFileApiController {

  private final ValueFiles files;
  private final ReportingService reporting;
  private final EnterpriseRegistry registry;

  ValueFileApiController(
      ValueFiles files, ReportingService reporting, EnterpriseRegistry registry) {
    this.files = files;
    this.reporting = reporting;
    this.registry = registry;
  }

  @PostMapping(path = "/api/enterprises/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Register enterprises from a CSV file, all or nothing",
      description =
          "Columns credit_code, name, region_code, industry_code, size_class, ownership, above_scale_years"
              + " (years separated by semicolons). 200 with the count, or 422 with every bad row.")
  ResponseEntity<Map<String, Object>> registerEnterprises(@RequestParam MultipartFile file)
      throws IOException {
    EnterpriseRegistry.Registered registered = registry.importCsv(file.getInputStream());
    if (!registered.accepted()) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .body(Map.of("errors", registered.errors()));
    }
    return ResponseEntity.ok(Map.of("enterprises", registered.enterprises()));
  }

  @PostMapping(path = "/api/data/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a CSV, XLSX, SDMX-CSV or JSON file, all or nothing",
      description =
          "200 with the counts of values created, updated and unchanged; 422 with every bad row.")
  ResponseEntity<Map<String, Object>> importFile(
      @RequestParam MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      DataScope scope,
      Principal principal)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    ImportOutcome outcome =
        files.importFile(name, file.getBytes(), dryRun, principal.getName(), scope);
    if (!outcome.accepted()) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .body(Map.of("importId", outcome.importId(), "errors", outcome.errors()));
    }
    return ResponseEntity.ok(
        Map.of(
            "importId", outcome.importId(),
            "dryRun", outcome.dryRun(),
            "rows", outcome.rows(),
            "created", outcome.created(),
            "updated", outcome.updated(),
            "unchanged", outcome.unchanged()));
  }

  @GetMapping("/api/data/imports/{id}")
  @Operation(summary = "An import's state, counts and errors")
  ResponseEntity<ImportStatus> importStatus(
      @PathVariable long id, DataScope scope, Principal principal) {
    return ResponseEntity.of(reporting.importStatus(id, scope, principal.getName()));
  }

  @GetMapping("/api/data/values")
  @Operation(
      summary = "Stored values as JSON",
      description =
          "Filters: reportingUnit, dataElement, period, measure, status; add format=csv|xlsx|sdmx|json for a file.")
  List<StoredValue> values(
      @RequestParam(required = false) @Nullable String reportingUnit,
      @RequestParam(required = false) @Nullable String dataElement,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String measure,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "10000") int limit,
      @RequestParam(defaultValue = "0") int offset,
      DataScope scope) {
    return reporting.values(
        new ValueQuery(
            reportingUnit,
            dataElement,
            period,
            measure,
            status,
            Math.min(limit, 100_000),
            offset,
            scope));
  }

  @GetMapping(path = "/api/data/values", params = "format")
  @Operation(summary = "Stored values as a file: format=csv|xlsx|sdmx|json, any number of values")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) @Nullable String reportingUnit,
      @RequestParam(required = false) @Nullable String dataElement,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String measure,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam String format,
      DataScope scope,
      Principal principal) {
    ExchangeFormat chosen =
        ExchangeFormat.fromWord(format)
            .orElseThrow(
                () ->
                    new ReportingRefused(
                        "format.unknown",
                        "格式“" + format + "”应为 csv、xlsx、sdmx 或 json",
                        "format \"" + format + "\" is not csv, xlsx, sdmx or json"));
    ValueQuery query =
        new ValueQuery(
            reportingUnit, dataElement, period, measure, status, Integer.MAX_VALUE, 0, scope);
    String actor = principal.getName();
    StreamingResponseBody body = out -> files.export(chosen, query, out, actor);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + chosen.fileName("longyuan-values") + "\"")
        .contentType(MediaType.parseMediaType(chosen.mediaType()))
        .body(body);
  }

  @ExceptionHandler(ReportingRefused.class)
  ResponseEntity<Map<String, String>> refused(ReportingRefused refused) {
    return ResponseEntity.badRequest()
        .body(
            Map.of(
                "code",
                refused.code(),
                "messageZh",
                refused.messageZh(),
                "messageEn",
                refused.messageEn()));
  }

  @GetMapping("/data/form.xlsx")
  ResponseEntity<byte[]> filledForm(
      @RequestParam String set,
      @RequestParam String unit,
      @RequestParam String period,
      DataScope scope,
      Principal principal)
      throws IOException {
    var parsed = dev.longyuan.shared.Period.tryParse(period);
    if (parsed.isEmpty()) {
      return ResponseEntity.badRequest().build();
    }
    return files
        .filledForm(set, unit.strip(), parsed.get(), scope, principal.getName())
        .map(
            bytes ->
                ResponseEntity.ok()
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\""
                            + set
                            + "-"
                            + unit.strip()
                            + "-"
                            + parsed.get().code().replace('/', '-')
                            + ".xlsx\"")
                    .contentType(MediaType.parseMediaType(ExchangeFormat.XLSX.mediaType()))
                    .body(bytes))
        .orElse(ResponseEntity.notFound().build());
  }

  @GetMapping("/data/forms/{code}/template.xlsx")
  ResponseEntity<byte[]> template(@PathVariable String code) throws IOException {
    return files
        .template(code)
        .map(
            bytes ->
                ResponseEntity.ok()
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + code + ".xlsx\"")
                    .contentType(MediaType.parseMediaType(ExchangeFormat.XLSX.mediaType()))
                    .body(bytes))
        .orElse(ResponseEntity.notFound().build());
  }
}
