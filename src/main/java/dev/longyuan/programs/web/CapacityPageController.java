package dev.longyuan.programs.web;

import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.ProgrammesRefused;
import dev.longyuan.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The capacity ledger by product with its withdrawals, cumulative withdrawal against the targets
 * and cement's utilisation and concentration; the import templates and the import of a file;
 * province administrators add a withdrawal.
 */
@Controller
class CapacityPageController {

  static final String VIEW_CAPACITY = "programs/capacity";

  private final Programmes programmes;
  private final ProgrammeYears years;
  private final PageRegions regions;

  CapacityPageController(Programmes programmes, ProgrammeYears years, PageRegions regions) {
    this.programmes = programmes;
    this.years = years;
    this.regions = regions;
  }

  @GetMapping("/programmes/capacity")
  String capacity(
      @RequestParam(required = false) @Nullable String region, DataScope scope, Model model) {
    String shown = programmes.region(scope, region);
    model.addAttribute("years", years.years());
    model.addAttribute("ledgers", programmes.ledgers(scope, shown, years.years()));
    model.addAttribute("cement", programmes.cement(scope, shown, years.years()));
    model.addAttribute("withdrawals", programmes.withdrawals(scope, null, shown));
    model.addAttribute("products", programmes.products());
    model.addAttribute("utilisationTarget", programmes.target("T-5.3.2-04").orElse(null));
    model.addAttribute("concentrationTarget", programmes.target("T-5.3.2-05").orElse(null));
    regions.describe(scope, shown, model);
    return VIEW_CAPACITY;
  }

  @PostMapping("/programmes/capacity/withdrawals")
  String withdraw(
      @RequestParam(defaultValue = "") String productCode,
      @RequestParam(defaultValue = "") String enterpriseCode,
      @RequestParam(defaultValue = "") String withdrawnOn,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "") String documentNumber,
      DataScope scope,
      Principal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      programmes.recordWithdrawals(
          List.of(
              new Numbered<>(
                  0,
                  new NewWithdrawal(
                      productCode,
                      enterpriseCode,
                      date(withdrawnOn),
                      amount(amount),
                      documentNumber))),
          scope,
          principal.getName(),
          "web",
          false,
          false);
    } catch (ProgrammesRefused refused) {
      model.addAttribute("errors", refused.errors());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return capacity(null, scope, model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/programmes/capacity";
  }

  @GetMapping("/programmes/templates/{code}")
  ResponseEntity<byte[]> template(@PathVariable String code) {
    byte[] workbook =
        programmes
            .template(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, code));
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("programmes-" + code + ".xlsx")
                .build()
                .toString())
        .body(workbook);
  }

  @PostMapping("/programmes/import")
  String importFile(
      @RequestParam MultipartFile file,
      DataScope scope,
      Principal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    try {
      Programmes.Recorded recorded =
          programmes.importWorkbook(file.getBytes(), scope, principal.getName(), "web", false);
      redirect.addFlashAttribute("imported", recorded);
    } catch (ProgrammesRefused refused) {
      model.addAttribute("errors", refused.errors());
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return capacity(null, scope, model);
    }
    return "redirect:/programmes/capacity";
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ProgrammesRefused(
          "date.invalid", "“" + text + "”不是日期（应写作 2017-05-31）", "\"" + text + "\" is not a date");
    }
  }

  private static BigDecimal amount(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new ProgrammesRefused(
          "number.invalid", "“" + text + "”不是数值", "\"" + text + "\" is not a number");
    }
  }
}
