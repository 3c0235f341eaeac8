package dev.longyuan.market.web;

import dev.longyuan.market.MarketImport;
import dev.longyuan.market.MarketImports;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page of the market workbook, and its template. */
@Controller
class MarketImportController {

  static final String VIEW_IMPORT = "market/import";

  private final MarketImports imports;

  MarketImportController(MarketImports imports) {
    this.imports = imports;
  }

  @GetMapping("/market/template.xlsx")
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"market-template.xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(imports.template());
  }

  @GetMapping("/market/import")
  String importPage() {
    return VIEW_IMPORT;
  }

  @PostMapping("/market/import")
  String importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal, Model model)
      throws IOException {
    MarketImport done = imports.importWorkbook(file.getBytes(), scope, principal.getName());
    model.addAttribute("result", done);
    return VIEW_IMPORT;
  }
}
