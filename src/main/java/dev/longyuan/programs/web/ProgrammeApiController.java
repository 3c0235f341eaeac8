package dev.longyuan.programs.web;

import dev.longyuan.programs.CapacityLedger;
import dev.longyuan.programs.CementYear;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.ProgrammeCount;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.ProgrammesRefused;
import dev.longyuan.programs.Recognition;
import dev.longyuan.programs.Withdrawal;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The programmes and the capacity ledger as JSON: read by region, recorded one by one or by file.
 */
@RestController
@Tag(name = "programmes", description = "培育项目与去产能台账 / Programmes and the capacity ledger")
class ProgrammeApiController {

  private final Programmes programmes;
  private final ProgrammeYears years;

  ProgrammeApiController(Programmes programmes, ProgrammeYears years) {
    this.programmes = programmes;
    this.years = years;
  }

  @GetMapping("/api/programmes")
  @Operation(
      summary =
          "Every programme with its recognitions valid at the end of each year of the plan, in a"
              + " region, beside the plan target it serves")
  List<ProgrammeCount> programmes(
      @RequestParam(required = false) @Nullable String region, DataScope scope) {
    return programmes.counts(scope, region, years.years());
  }

  @GetMapping("/api/programmes/recognitions")
  @Operation(
      summary =
          "Recognitions by programme, region, sector (GB/T 4754 prefix such as C30), level and the"
              + " year they were valid at the end of")
  List<Recognition> recognitions(
      @RequestParam(required = false) @Nullable String programme,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String sector,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(defaultValue = "1000") int limit,
      DataScope scope) {
    return programmes.recognitions(
        scope, programme, region, sector, level, year, Math.max(1, Math.min(limit, 10_000)));
  }

  /** A region's ledger by product and year, and cement's utilisation and concentration. */
  record Capacity(List<CapacityLedger> products, List<CementYear> cement) {}

  @GetMapping("/api/programmes/capacity")
  @Operation(
      summary =
          "Capacity at year end, withdrawn in each year and since the base year, by product; cement"
              + " utilisation and concentration (CR10)")
  Capacity capacity(@RequestParam(required = false) @Nullable String region, DataScope scope) {
    return new Capacity(
        programmes.ledgers(scope, region, years.years()),
        programmes.cement(scope, region, years.years()));
  }

  @GetMapping("/api/programmes/capacity/withdrawals")
  @Operation(summary = "Every withdrawal of a product (or of all) in a region, by date")
  List<Withdrawal> withdrawals(
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(required = false) @Nullable String region,
      DataScope scope) {
    return programmes.withdrawals(scope, product, region);
  }

  @PostMapping("/api/programmes/recognitions")
  @Operation(
      summary =
          "Records one recognition: programmeCode, level (national|provincial), yearGranted,"
              + " optional yearWithdrawn and documentNumber, and enterpriseCode, or zoneCode, or"
              + " parkName with regionCode. 201, or 400 with every reason")
  ResponseEntity<Programmes.Recorded> recognition(
      @RequestBody NewRecognition recognition, DataScope scope, Principal principal) {
    require(recognition.programmeCode(), "programmeCode");
    require(recognition.level(), "level");
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            programmes.recordRecognitions(
                List.of(new Numbered<>(0, recognition)),
                scope,
                principal.getName(),
                "api",
                false,
                false));
  }

  @PostMapping("/api/programmes/capacity/withdrawals")
  @Operation(
      summary =
          "Records one withdrawal: productCode, enterpriseCode, withdrawnOn (2017-05-31), amount,"
              + " documentNumber. 201, or 400 with every reason (more than the remaining capacity,"
              + " a duplicate …)")
  ResponseEntity<Programmes.Recorded> withdrawal(
      @RequestBody NewWithdrawal withdrawal, DataScope scope, Principal principal) {
    require(withdrawal.productCode(), "productCode");
    require(withdrawal.enterpriseCode(), "enterpriseCode");
    require(withdrawal.withdrawnOn(), "withdrawnOn");
    require(withdrawal.amount(), "amount");
    require(withdrawal.documentNumber(), "documentNumber");
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            programmes.recordWithdrawals(
                List.of(new Numbered<>(0, withdrawal)),
                scope,
                principal.getName(),
                "api",
                false,
                false));
  }

  @PostMapping(path = "/api/programmes/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Imports an XLSX file made from a template (sheet 认定, 产能 or 退出), all or nothing: 200"
              + " with the rows stored, or 422 with every bad row")
  ResponseEntity<?> importFile(
      @RequestParam MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      DataScope scope,
      Principal principal)
      throws IOException {
    try {
      return ResponseEntity.ok(
          programmes.importWorkbook(file.getBytes(), scope, principal.getName(), "api", dryRun));
    } catch (ProgrammesRefused refused) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .body(Map.of("errors", refused.errors()));
    }
  }

  private static void require(@Nullable Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      throw new ProgrammesRefused(
          "field.missing", "缺少字段 " + field, "the field " + field + " is missing");
    }
  }

  @ExceptionHandler(ProgrammesRefused.class)
  ResponseEntity<Map<String, Object>> refused(ProgrammesRefused refused) {
    HttpStatus status =
        refused.code().equals("scope.outside") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn(),
                "errors", refused.errors()));
  }
}
