package dev.longyuan.credit.web;

import dev.longyuan.credit.Blacklist;
import dev.longyuan.credit.CreditEvaluation;
import dev.longyuan.credit.CreditRecords;
import dev.longyuan.credit.InspectionDraft;
import dev.longyuan.credit.InspectionImport;
import dev.longyuan.credit.ListingDraft;
import dev.longyuan.shared.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Quality credit on the API: an enterprise's evaluation, inspection results and listings. */
@RestController
@Tag(name = "credit", description = "质量信用与黑名单 / Quality credit and blacklist")
class CreditApiController {

  private final CreditRecords records;
  private final Blacklist blacklist;

  CreditApiController(CreditRecords records, Blacklist blacklist) {
    this.records = records;
    this.blacklist = blacklist;
  }

  @GetMapping("/api/credit/enterprises/{creditCode}")
  @Operation(
      summary = "An enterprise's credit: {score, grade, ruleVersion, factors}",
      description =
          "score 0–100 and grade A/B/C/D under the latest rule version, evaluated now from the"
              + " stored facts; factors [{code, nameZh, nameEn, count, points, textZh, textEn}]:"
              + " failed inspections, penalties, upheld complaints, periods returned and reopened"
              + " in statistical reporting, recognitions, the blacklist. Within the user's scope.")
  CreditEvaluation enterprise(@PathVariable String creditCode, DataScope scope) {
    return records.evaluation(creditCode, scope);
  }

  @PostMapping(value = "/api/credit/inspections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Records one inspection result: 201 with its id",
      description =
          "{enterpriseCode, product, batch, result: pass | fail, itemsFailed: [..], date"
              + " (YYYY-MM-DD), authority}. The enterprise is re-graded at once. 400 with every"
              + " problem named otherwise.")
  ResponseEntity<Map<String, Long>> inspection(
      @RequestBody InspectionDraft draft, DataScope scope, Principal principal) {
    long id = records.recordInspection(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @PostMapping(value = "/api/credit/inspections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Imports inspection results from an XLSX file, all or nothing",
      description =
          "Sheet 抽查结果 as in /credit/inspections/template.xlsx. 200 {recorded, errors: []}, or"
              + " 400 with every refused row (row, column, code, messageZh, messageEn) and nothing"
              + " recorded.")
  ResponseEntity<InspectionImport> inspections(
      @RequestParam MultipartFile file, DataScope scope, Principal principal) throws IOException {
    InspectionImport done = records.importInspections(file.getBytes(), scope, principal.getName());
    return ResponseEntity.status(done.accepted() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
        .body(done);
  }

  @PostMapping("/api/credit/blacklist")
  @Operation(
      summary = "Lists an enterprise on the quality blacklist: 201 with the listing's id",
      description =
          "{enterpriseCode, reason, basis, documentNumber, from, to (YYYY-MM-DD, optional)}. In"
              + " force from the start date: the enterprise is graded D and left out of supply"
              + " matches until the listing ends or is removed.")
  ResponseEntity<Map<String, Long>> list(
      @RequestBody ListingDraft draft, DataScope scope, Principal principal) {
    long id = blacklist.list(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }
}
