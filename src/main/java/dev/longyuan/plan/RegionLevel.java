package dev.longyuan.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Province, prefecture-level unit, county-level unit, or a state-level new area. */
public enum RegionLevel {
  PROVINCE("province"),
  PREFECTURE("prefecture"),
  COUNTY("county"),
  NEW_AREA("new_area");

  private final String word;

  RegionLevel(String word) {
    this.word = word;
  }

  /** The word used in plan files and the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<RegionLevel> fromWord(String word) {
    return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
  }

  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(RegionLevel::word).toList());
  }
}
