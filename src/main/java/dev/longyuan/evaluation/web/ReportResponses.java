package dev.longyuan.evaluation.web;

import dev.longyuan.evaluation.EvaluationRefused;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
}
