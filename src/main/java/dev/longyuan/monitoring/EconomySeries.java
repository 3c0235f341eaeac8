package dev.longyuan.monitoring;

import dev.longyuan.analytics.AdjustedSeries;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly series of the industrial economy for a region (当月, 亿元): as reported, seasonally
 * adjusted and its trend, with the year's cumulative growth projected from the months so far; or,
 * when it cannot be adjusted (too short, a month missing), why.
 */
public record EconomySeries(
    String key,
    String regionCode,
    List<String> periods,
    @Nullable AdjustedSeries adjusted,
    @Nullable String reasonZh,
    @Nullable String reasonEn) {

  public EconomySeries {
    periods = List.copyOf(periods);
  }
}
