package dev.longyuan.evaluation.web;

import dev.longyuan.evaluation.EvaluationRefused;
import dev.longyuan.evaluation.StoredReport;
import dev.longyuan.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The formats a report is sent in: a page, or a file to save. */
final class ReportResponses {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private ReportResponses() {}

  static void checkFormat(String format) {
    if (!format.equals("html") && !format.equals("pdf") && !format.equals("xlsx")) {
      throw new EvaluationRefused(
          "format.unknown", "格式须为 html、pdf 或 xlsx", "the format must be html, pdf or xlsx");
    }
  }

  static final String VERSION = "X-Report-Version";
  static final String DATA_VERSION = "X-Report-Data-Version";

  /** A stored version's document in a format, with its version and data version as headers. */
  static ResponseEntity<byte[]> of(StoredReport stored, String format) {
    ResponseEntity<byte[]> response =
        switch (format) {
          case "pdf" ->
              file(
                  stored.pdf(), MediaType.APPLICATION_PDF, stored.version().key().fileName(format));
          case "xlsx" -> file(stored.xlsx(), XLSX, stored.version().key().fileName(format));
          default -> page(stored.htmlText());
        };
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .header(VERSION, String.valueOf(stored.version().version()))
        .header(DATA_VERSION, stored.version().dataVersion())
        .body(response.getBody());
  }

  static ResponseEntity<byte[]> page(String html) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html.getBytes(StandardCharsets.UTF_8));
  }

  static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** A refusal as JSON: 403 outside the scope, 404 for what does not exist, 400 otherwise. */
  static ResponseEntity<Map<String, String>> refused(Refusal refused) {
    HttpStatus status =
        switch (refused.code()) {
          case "scope.outside" -> HttpStatus.FORBIDDEN;
          case "plan.unknown",
              "type.unknown",
              "region.unknown",
              "version.unknown",
              "generation.unknown" ->
              HttpStatus.NOT_FOUND;
          default -> HttpStatus.BAD_REQUEST;
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "code", refused.code(),
                "messageZh", refused.messageZh(),
                "messageEn", refused.messageEn()));
  }
}
