package dev.longyuan.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A target in 重点任务进展: what the plan set, the latest value and its label, in the report's language.
 */
public record TargetRow(
    String code,
    String name,
    String attribute,
    String targetText,
    @Nullable BigDecimal actual,
    @Nullable Integer actualYear,
    String labelWord,
    String label,
    @Nullable String reason) {

  public String actualText() {
    return IndicatorRow.figure(actual);
  }
}
