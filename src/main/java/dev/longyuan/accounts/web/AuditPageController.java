package dev.longyuan.accounts.web;

import dev.longyuan.accounts.AuditEntry;
import dev.longyuan.accounts.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log for the administrator: newest first, narrowed by user, action and dates, with the
 * hash chain verified on request; and the whole log as CSV, itself an audited export.
 */
@Controller
class AuditPageController {

  static final String VIEW_AUDIT = "accounts/audit";
  static final int PAGE = 100;

  /** Dates on the page are Beijing time, as the users read them. */
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final AuditLog auditLog;

  AuditPageController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean verify,
      Model model) {
    int safePage = Math.max(page, 0);
    List<AuditEntry> entries =
        auditLog.find(
            blank(actor),
            blank(action),
            startOf(from),
            startOf(to) == null ? null : startOf(to).plusSeconds(86_400),
            PAGE + 1,
            safePage * PAGE);
    model.addAttribute("entries", entries.subList(0, Math.min(PAGE, entries.size())));
    model.addAttribute("hasMore", entries.size() > PAGE);
    model.addAttribute("page", safePage);
    model.addAttribute("actor", actor);
    model.addAttribute("action", action);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("zone", BEIJING);
    // walking the whole chain takes time on a long log: only when asked
    model.addAttribute("check", verify ? auditLog.check() : null);
    return VIEW_AUDIT;
  }

  @GetMapping("/admin/audit.csv")
  ResponseEntity<StreamingResponseBody> export(Principal principal, HttpServletRequest request) {
    auditLog.record(
        principal.getName(), request.getRemoteAddr(), "audit.export", "audit_log", "csv");
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write('\ufeff');
          try (CSVPrinter printer =
              CSVFormat.RFC4180
                  .builder()
                  .setHeader(
                      "position",
                      "at",
                      "actor",
                      "origin",
                      "action",
                      "subject",
                      "detail",
                      "prev_hash",
                      "hash")
                  .get()
                  .print(writer)) {
            auditLog.forEach(
                e -> {
                  try {
                    printer.printRecord(
                        e.position(),
                        e.at(),
                        e.actor(),
                        e.origin(),
                        e.action(),
                        e.subject(),
                        e.detail(),
                        e.prevHash(),
                        e.hash());
                  } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                  }
                });
          }
        };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"longyuan-audit.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  private static @Nullable Instant startOf(@Nullable String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip()).atStartOfDay(BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
