package dev.longyuan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A revision of the plan (规划调整), such as the mid-term review decides: its document (title, 文号, the
 * file when one was attached), when it was decided, from when it is in force and why; the targets
 * it changes, each with the value the plan first set beside the new one; and the tasks it adds.
 */
public record PlanRevision(
    String planId,
    int number,
    String title,
    String documentNumber,
    LocalDate decidedOn,
    LocalDate effectiveFrom,
    String reason,
    @Nullable Document document,
    List<TargetChange> targets,
    List<PlanTask> addedTasks,
    String recordedBy,
    OffsetDateTime recordedAt) {

  public PlanRevision {
    targets = List.copyOf(targets);
    addedTasks = List.copyOf(addedTasks);
  }

  /** Whether the revision is in force on the day. */
  public boolean inForceOn(LocalDate day) {
    return !effectiveFrom.isAfter(day);
  }

  /** The revision's document as attached, without its content. */
  public record Document(String fileName, String contentType, int sizeBytes, String sha256) {}

  /**
   * A target as the revision sets it ({@code value}, {@code valueMax}, the revision's sentence) and
   * as the plan first set it ({@code original…}); with the revision's number, document and date, so
   * that whoever shows the target in force can say where it comes from.
   */
  public record TargetChange(
      String targetCode,
      BigDecimal value,
      @Nullable BigDecimal valueMax,
      String sourceText,
      @Nullable BigDecimal originalValue,
      @Nullable BigDecimal originalValueMax,
      String originalSourceText,
      int revision,
      String documentNumber,
      LocalDate effectiveFrom) {}
}
