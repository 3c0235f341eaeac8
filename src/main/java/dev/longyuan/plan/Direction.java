package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether a higher or a lower value is progress. */
public enum Direction {
  HIGHER_IS_BETTER("higher_is_better"),
  LOWER_IS_BETTER("lower_is_better");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<Direction> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(Direction::word).toList());
  }
}
