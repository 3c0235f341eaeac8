package dev.longyuan.evaluation;

import dev.longyuan.plan.Plan;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of report: the annual 规划实施监测报告, the mid-term 中期评估报告 (base year + 3) and the final
 * 终期评估报告 (target year).
 */
public enum ReportType {
  ANNUAL("annual"),
  MIDTERM("midterm"),
  FINAL("final");

  private final String word;

  ReportType(String word) {
    this.word = word;
  }

  /** The word used in the API's path. */
  public String word() {
    return word;
  }

  public static Optional<ReportType> fromWord(String word) {
    return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
  }

  /** The year the report is for: the one asked, else the type's own (none for an annual report). */
  public @Nullable Integer year(Plan plan, @Nullable Integer asked) {
    if (asked != null) {
      return asked;
    }
    return switch (this) {
      case MIDTERM -> plan.baseYear() + 3;
      case FINAL -> plan.targetYear();
      case ANNUAL -> null;
    };
  }
}
