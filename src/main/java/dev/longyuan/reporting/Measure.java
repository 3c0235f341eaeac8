package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** 当月 (the period alone) or 累计 (from the start of the year to the end of the period). */
public enum Measure {
  CURRENT("current", "当月"),
  YTD("ytd", "累计");

  private final String word;
  private final String nameZh;

  Measure(String word, String nameZh) {
    this.word = word;
    this.nameZh = nameZh;
  }

  @JsonValue
  public String word() {
    return word;
  }

  public String nameZh() {
    return nameZh;
  }

  public static Optional<Measure> fromWord(String word) {
    return Arrays.stream(values()).filter(m -> m.word.equals(word.strip())).findFirst();
  }
}
