package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of place the plan's spatial layout names. */
public enum PlaceKind {
  ECONOMIC_ZONE("economic_zone"),
  ECONOMIC_SUB_AREA("economic_sub_area"),
  DEVELOPMENT_ZONE("development_zone"),
  INDUSTRIAL_BASE("industrial_base"),
  INDUSTRY_CHAIN("industry_chain");

  private final String word;

  PlaceKind(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<PlaceKind> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(PlaceKind::word).toList());
  }
}
