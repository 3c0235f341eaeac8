package dev.longyuan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A revision as it is put forward: its document, dates and reason, the targets it changes and the
 * tasks it adds; checked whole against the plan before anything is stored.
 */
public record RevisionDraft(
    @Nullable String title,
    @Nullable String documentNumber,
    @Nullable LocalDate decidedOn,
    @Nullable LocalDate effectiveFrom,
    @Nullable String reason,
    @Nullable List<TargetDraft> targets,
    @Nullable List<TaskDraft> tasks) {

  public List<TargetDraft> targetDrafts() {
    return targets == null ? List.of() : targets;
  }

  public List<TaskDraft> taskDrafts() {
    return tasks == null ? List.of() : tasks;
  }

  /**
   * A target's new value (and upper bound, for a range) with the revision's sentence setting it.
   */
  public record TargetDraft(
      @Nullable String code,
      @Nullable BigDecimal value,
      @Nullable BigDecimal valueMax,
      @Nullable String sourceText) {}

  /** A task the revision adds, with its sentence, section, units and the targets it serves. */
  public record TaskDraft(
      @Nullable String code,
      @Nullable String section,
      @Nullable String titleZh,
      @Nullable String titleEn,
      @Nullable String sourceText,
      @Nullable String leadUnit,
      @Nullable List<String> coUnits,
      @Nullable List<String> targets) {}

  /** The revision's document file as uploaded. */
  public record DocumentUpload(String fileName, byte[] content) {}
}
