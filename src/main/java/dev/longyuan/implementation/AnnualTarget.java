package dev.longyuan.implementation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A target of the plan broken down to one year of an annual implementation plan (年度实施方案): the value
 * on the target's own path ({@code derived}, with the method in words), and the value in force,
 * which the province may set otherwise ({@code value}, with who set it and why).
 */
public record AnnualTarget(
    String targetCode,
    String nameZh,
    String nameEn,
    String unit,
    String kind,
    String attribute,
    @Nullable BigDecimal planValue,
    int targetYear,
    @Nullable BigDecimal baseValue,
    @Nullable BigDecimal derived,
    String methodZh,
    String methodEn,
    @Nullable BigDecimal value,
    @Nullable String note,
    @Nullable String setBy,
    @Nullable OffsetDateTime setAt) {

  /** Whether the province set a value other than the derived one. */
  public boolean edited() {
    return setBy != null;
  }
}
