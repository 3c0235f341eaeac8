package dev.longyuan.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's report for one month ({@code YYYY-MM}): the investment completed in the month (万元),
 * what was done, and the photos or documents attached.
 */
public record ProgressReport(
    long id,
    String projectCode,
    String period,
    BigDecimal invested,
    String narrative,
    String filedBy,
    Instant filedAt,
    List<Attachment> attachments) {

  public ProgressReport {
    attachments = List.copyOf(attachments);
  }

  /** What is known of an attached file without its content. */
  public record Attachment(
      long id, String fileName, String contentType, int sizeBytes, String sha256) {}
}
