package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the approval path: a unit submits; the county, then the city, then the province
 * approves (approved values are locked); any of them may return values with a reason; the level
 * that approved may reopen them.
 */
public enum ApprovalAction {
  SUBMIT("submit"),
  APPROVE("approve"),
  RETURN("return"),
  REOPEN("reopen");

  private final String word;

  ApprovalAction(String word) {
    this.word = word;
  }

  @JsonValue
  public String word() {
    return word;
  }

  public static Optional<ApprovalAction> fromWord(String word) {
    return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
  }
}
