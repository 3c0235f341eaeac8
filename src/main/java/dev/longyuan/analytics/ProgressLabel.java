package dev.longyuan.analytics;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a series stands against its target, as the Open SDG progress method says it. */
public enum ProgressLabel {
  TARGET_ACHIEVED("target_achieved", "已达标", "Target achieved"),
  ON_TRACK("on_track", "进展顺利", "On track"),
  PROGRESS_NEEDS_ACCELERATION(
      "progress_needs_acceleration", "需加快进度", "Progress needs acceleration"),
  LIMITED_PROGRESS("limited_progress", "进展有限", "Limited progress"),
  DETERIORATION("deterioration", "出现倒退", "Deterioration"),
  NOT_ASSESSABLE("not_assessable", "无法评估", "Not assessable");

  private final String word;
  private final String nameZh;
  private final String nameEn;

  ProgressLabel(String word, String nameZh, String nameEn) {
    this.word = word;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @JsonValue
  public String word() {
    return word;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
