package dev.longyuan.evaluation;

import java.nio.charset.StandardCharsets;

/**
 * One version of a report with its three documents, written together from one computation of the
 * figures: the HTML, the PDF rendered from that HTML, and the workbook of the same tables.
 */
public record StoredReport(ReportVersion version, byte[] html, byte[] pdf, byte[] xlsx) {

  /** The document in a format: {@code html}, {@code pdf} or {@code xlsx}. */
  public byte[] document(String format) {
    return switch (format) {
      case "html" -> html;
      case "pdf" -> pdf;
      case "xlsx" -> xlsx;
      default -> throw new IllegalArgumentException("no format " + format);
    };
  }

  public String htmlText() {
    return new String(html, StandardCharsets.UTF_8);
  }
}
