package dev.longyuan.reporting.web;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ImportStatus;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.shared.DataScope;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import page: a file is uploaded, imported in the background, and its page shows the progress
 * (refreshed by htmx) and then the counts or every bad row, downloadable as CSV.
 */
@Controller
class ImportPageController {

  static final String VIEW_UPLOAD = "reporting/import";
  static final String VIEW_STATUS = "reporting/import-status";
  static final String FRAGMENT_STATUS = "reporting/import-status :: status";

  private final ValueFiles files;
  private final ReportingService reporting;

  ImportPageController(ValueFiles files, ReportingService reporting) {
    this.files = files;
    this.reporting = reporting;
  }

  @GetMapping("/data/import")
  String upload(DataScope scope, Principal principal, Model model) {
    model.addAttribute("recent", reporting.recentImports(20, scope, principal.getName()));
    return VIEW_UPLOAD;
  }

  @PostMapping("/data/import")
  String start(
      @RequestParam MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      DataScope scope,
      Principal principal)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    long id = files.importInBackground(name, file.getBytes(), dryRun, principal.getName(), scope);
    return "redirect:/data/imports/" + id;
  }

  @GetMapping("/data/imports/{id}")
  String status(
      @PathVariable long id,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      DataScope scope,
      Principal principal,
      Model model) {
    model.addAttribute("job", find(id, scope, principal));
    return htmx != null ? FRAGMENT_STATUS : VIEW_STATUS;
  }

  @GetMapping("/data/imports/{id}/errors.csv")
  ResponseEntity<byte[]> errors(@PathVariable long id, DataScope scope, Principal principal)
      throws IOException {
    ImportStatus job = find(id, scope, principal);
    StringWriter out = new StringWriter();
    out.write('\ufeff');
    try (CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader("row", "column", "code", "message_zh", "message_en")
            .get()
            .print(out)) {
      for (ImportError e : job.errors()) {
        printer.printRecord(e.row(), e.column(), e.code(), e.messageZh(), e.messageEn());
      }
    }
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"import-" + id + "-errors.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private ImportStatus find(long id, DataScope scope, Principal principal) {
    return reporting
        .importStatus(id, scope, principal.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
  }
}
