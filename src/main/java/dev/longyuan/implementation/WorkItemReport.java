package dev.longyuan.implementation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's report on a work item for a quarter ({@code 2017-Q2}): its state, what was done, and the
 * evidence attached (佐证材料), whose contents are fetched one by one.
 */
public record WorkItemReport(
    long id,
    String period,
    String state,
    String narrative,
    @Nullable String reason,
    String reportedBy,
    OffsetDateTime reportedAt,
    List<Evidence> evidence) {

  public WorkItemReport {
    evidence = List.copyOf(evidence);
  }

  /** An attached file, without its content. */
  public record Evidence(
      long id, String fileName, String contentType, int sizeBytes, String sha256) {}
}
