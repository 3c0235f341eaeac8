package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The provincial hub (枢纽), a city's window (窗口), a county's touchpoint (触角), an agency (服务机构). */
public enum NodeKind {
  HUB("hub"),
  WINDOW("window"),
  TOUCHPOINT("touchpoint"),
  AGENCY("agency");

  private final String word;

  NodeKind(String word) {
    this.word = word;
  }

  /** The word the database and the API use. */
  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<NodeKind> fromWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
  }
}
