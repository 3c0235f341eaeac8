package dev.longyuan.projects;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a project stands: 前期 (preparing), 在建 (building), 竣工 (completed), 停缓建 (suspended). */
public enum ProjectStatus {
  PREPARING("preparing", "前期"),
  BUILDING("building", "在建"),
  COMPLETED("completed", "竣工"),
  SUSPENDED("suspended", "停缓建");

  private final String word;
  private final String nameZh;

  ProjectStatus(String word, String nameZh) {
    this.word = word;
    this.nameZh = nameZh;
  }

  /** The word stored and used in the API. */
  @JsonValue
  public String word() {
    return word;
  }

  public String nameZh() {
    return nameZh;
  }

  /** The status a word or its Chinese name stands for, as a file or a form writes it. */
  public static Optional<ProjectStatus> parse(String text) {
    String t = text.strip();
    return Arrays.stream(values())
        .filter(s -> s.word.equalsIgnoreCase(t) || s.nameZh.equals(t))
        .findFirst();
  }
}
