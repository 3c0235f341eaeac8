package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How the achieved value must compare with the target value. */
public enum Comparator {
  AT_LEAST(">="),
  AT_MOST("<="),
  ABOUT("≈"),
  RANGE("range"),
  QUALITATIVE("qualitative");

  private final String word;

  Comparator(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<Comparator> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(Comparator::word).toList());
  }
}
