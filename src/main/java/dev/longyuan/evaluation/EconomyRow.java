package dev.longyuan.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure of the industrial economy in the monthly brief: its value for the months so far and its
 * change on 上年同期 ({@code growth}: %; {@code points}: percentage points; {@code none}), named in the
 * brief's language, with a note where it is not the usual figure.
 */
public record EconomyRow(
    String key,
    String name,
    String unit,
    @Nullable BigDecimal value,
    @Nullable BigDecimal change,
    String changeKind,
    @Nullable String note) {

  public String valueText() {
    return IndicatorRow.figure(value);
  }

  public String changeText() {
    return IndicatorRow.figure(change);
  }
}
