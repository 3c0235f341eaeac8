package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** On what terms a service is given: free (公益), low-cost (低收费) or at market price. */
public enum Fee {
  FREE("free"),
  LOW_COST("low_cost"),
  MARKET("market");

  private final String word;

  Fee(String word) {
    this.word = word;
  }

  @JsonValue
  public String word() {
    return word;
  }

  /** Free and low-cost services are the public-benefit (公益性) ones the figures count. */
  public boolean publicBenefit() {
    return this != MARKET;
  }

  public static Optional<Fee> fromWord(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }
}
