package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Traditional (传统产业) or emerging (新兴产业). */
public enum SectorGroup {
  TRADITIONAL("traditional"),
  EMERGING("emerging");

  private final String word;

  SectorGroup(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<SectorGroup> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(SectorGroup::word).toList());
  }
}
