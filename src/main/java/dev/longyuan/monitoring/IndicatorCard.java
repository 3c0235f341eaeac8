package dev.longyuan.monitoring;

import dev.longyuan.analytics.ProgressLabel;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One of the plan's key indicators at a glance: the plan's baseline and target, the latest value
 * and its year, the status of the target it serves (if any) and where the figures come from ({@code
 * official}, {@code enterprise}, {@code synthetic} or {@code none}), with its yearly values as a
 * sparkline.
 */
public record IndicatorCard(
    String code,
    int number,
    String nameZh,
    String nameEn,
    String unit,
    String attribute,
    @Nullable BigDecimal baseline,
    int baseYear,
    @Nullable BigDecimal target,
    String targetText,
    int targetYear,
    @Nullable String targetCode,
    @Nullable Integer latestYear,
    @Nullable BigDecimal latestValue,
    ProgressLabel label,
    String dataSource,
    Sparkline sparkline) {

  /** The latest value as a person reads it: four significant digits at most. */
  public @Nullable String latestText() {
    return latestValue == null ? null : Sparkline.readable(latestValue);
  }
}
