package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a target is stated, which decides how progress toward it is judged. */
public enum TargetKind {
  LEVEL("level"),
  AVERAGE_ANNUAL_GROWTH("average_annual_growth"),
  CHANGE_VS_BASE("change_vs_base"),
  CUMULATIVE_COUNT("cumulative_count"),
  QUALITATIVE("qualitative");

  private final String word;

  TargetKind(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<TargetKind> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(TargetKind::word).toList());
  }
}
