package dev.longyuan.credit.web;

import dev.longyuan.credit.ComplaintDraft;
import dev.longyuan.credit.CreditRecords;
import dev.longyuan.credit.CreditRefused;
import dev.longyuan.credit.InspectionDraft;
import dev.longyuan.credit.PenaltyDraft;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The province's entry of credit facts: one inspection result, a workbook of them (all or nothing),
 * an administrative penalty, a complaint. Each goes on to the enterprise's page, re-graded.
 */
@Controller
class FactPageController {

  static final String VIEW = "credit/facts";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final CreditRecords records;

  FactPageController(CreditRecords records) {
    this.records = records;
  }

  @GetMapping("/credit/inspections")
  String form() {
    return VIEW;
  }

  @GetMapping("/credit/inspections/template.xlsx")
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("inspections.xlsx").build().toString())
        .body(records.inspectionTemplate());
  }

  @PostMapping("/credit/inspections")
  String inspection(
      @RequestParam String enterpriseCode,
      @RequestParam String product,
      @RequestParam String batch,
      @RequestParam String result,
      @RequestParam(defaultValue = "") String itemsFailed,
      @RequestParam String date,
      @RequestParam String authority,
      DataScope scope,
      Principal principal) {
    records.recordInspection(
        new InspectionDraft(
            enterpriseCode,
            product,
            batch,
            result,
            Arrays.asList(itemsFailed.split("[、;；]")),
            date,
            authority),
        scope,
        principal.getName());
    return "redirect:/credit/enterprises/" + enterpriseCode.strip();
  }

  @PostMapping("/credit/inspections/import")
  String importFile(
      @RequestParam MultipartFile file, DataScope scope, Principal principal, Model model)
      throws IOException {
    model.addAttribute(
        "result", records.importInspections(file.getBytes(), scope, principal.getName()));
    return VIEW;
  }

  @PostMapping("/credit/penalties")
  String penalty(
      @RequestParam String enterpriseCode,
      @RequestParam String documentNumber,
      @RequestParam String date,
      @RequestParam String authority,
      @RequestParam String reason,
      @RequestParam String amount,
      DataScope scope,
      Principal principal) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw CreditRefused.of(
          "amount",
          "number.invalid",
          "金额“" + amount + "”不是数字",
          "the amount \"" + amount + "\" is not a number");
    }
    records.recordPenalty(
        new PenaltyDraft(
            enterpriseCode.strip(), documentNumber.strip(), day(date), authority, reason, value),
        scope,
        principal.getName());
    return "redirect:/credit/enterprises/" + enterpriseCode.strip();
  }

  @PostMapping("/credit/complaints")
  String complaint(
      @RequestParam String enterpriseCode,
      @RequestParam String date,
      @RequestParam String substance,
      @RequestParam(defaultValue = "false") boolean upheld,
      DataScope scope,
      Principal principal) {
    records.recordComplaint(
        new ComplaintDraft(enterpriseCode.strip(), day(date), substance, upheld),
        scope,
        principal.getName());
    return "redirect:/credit/enterprises/" + enterpriseCode.strip();
  }

  private static LocalDate day(String date) {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw CreditRefused.of(
          "date",
          "date.invalid",
          "日期“" + date + "”不是 YYYY-MM-DD 格式",
          "the date \"" + date + "\" is not YYYY-MM-DD");
    }
  }
}
