package dev.longyuan.plan;

import org.jspecify.annotations.Nullable;

/**
 * A chapter or item of the plan, numbered as the document numbers it: {@code "2"} is 第二章, {@code
 * "2.3"} its 三、, {@code "2.3.1"} that item's （一）.
 */
public record PlanSection(
    String id, String titleZh, String titleEn, String text, @Nullable String closingText) {

  public int level() {
    return id.split("\\.").length;
  }

  public @Nullable String parentId() {
    int dot = id.lastIndexOf('.');
    return dot < 0 ? null : id.substring(0, dot);
  }

  /** Whether a quotation appears word for word in this section. */
  public boolean quotes(String sourceText) {
    return text.contains(sourceText) || (closingText != null && closingText.contains(sourceText));
  }
}
