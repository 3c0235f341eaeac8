package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Enterprise size class (大型、中型、小型、微型) per the NBS classification of 2017. */
public enum SizeClass {
  LARGE("large", "大型"),
  MEDIUM("medium", "中型"),
  SMALL("small", "小型"),
  MICRO("micro", "微型");

  private final String word;
  private final String nameZh;

  SizeClass(String word, String nameZh) {
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

  public static Optional<SizeClass> fromWord(String word) {
    return Arrays.stream(values()).filter(s -> s.word.equals(word.strip())).findFirst();
  }
}
