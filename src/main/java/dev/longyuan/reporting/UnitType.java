package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who reports: an enterprise (microdata) or a region (a statistics bureau's official figure). */
public enum UnitType {
  ENTERPRISE("enterprise"),
  REGION("region");

  private final String word;

  UnitType(String word) {
    this.word = word;
  }

  @JsonValue
  public String word() {
    return word;
  }
}
