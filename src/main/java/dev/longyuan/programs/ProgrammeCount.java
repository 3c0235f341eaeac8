package dev.longyuan.programs;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A programme's recognitions valid at the end of each year in a region, beside the plan target it
 * serves (its value, and the upper end of a range).
 */
public record ProgrammeCount(
    Programme programme,
    Map<Integer, Integer> byYear,
    @Nullable String targetCode,
    @Nullable BigDecimal targetValue,
    @Nullable BigDecimal targetValueMax,
    @Nullable String targetUnit,
    boolean synthetic) {

  public int count(int year) {
    return byYear.getOrDefault(year, 0);
  }

  /** Whether the last year counted reaches the target's value (null when there is no target). */
  public @Nullable Boolean reached(int year) {
    return targetValue == null ? null : BigDecimal.valueOf(count(year)).compareTo(targetValue) >= 0;
  }
}
