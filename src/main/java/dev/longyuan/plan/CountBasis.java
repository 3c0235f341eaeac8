package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A count target counts what stands at year end, or what was added since the base year. */
public enum CountBasis {
  STOCK("stock"),
  ADDITIONS("additions");

  private final String word;

  CountBasis(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<CountBasis> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(CountBasis::word).toList());
  }
}
