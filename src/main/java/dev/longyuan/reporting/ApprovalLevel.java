package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who approves, in order: 县区, then 市州, then 省. */
public enum ApprovalLevel {
  COUNTY("county", "县区"),
  CITY("city", "市州"),
  PROVINCE("province", "省级");

  private final String word;
  private final String nameZh;

  ApprovalLevel(String word, String nameZh) {
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

  /** The level that must have approved before this one; null for the county. */
  public @Nullable ApprovalLevel before() {
    return ordinal() == 0 ? null : values()[ordinal() - 1];
  }

  public static Optional<ApprovalLevel> fromWord(@Nullable String word) {
    return Arrays.stream(values()).filter(l -> l.word.equals(word)).findFirst();
  }
}
