package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A provincial department (省直部门) or a city or prefecture government (市州政府). */
public enum UnitKind {
  DEPARTMENT("department"),
  CITY("city");

  private final String word;

  UnitKind(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<UnitKind> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(UnitKind::word).toList());
  }
}
