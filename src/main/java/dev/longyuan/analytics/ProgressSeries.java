package dev.longyuan.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A yearly series to judge: its values (null where missing), whether a higher value is progress,
 * and the target it should reach by the target year, if it has a numeric one.
 */
public record ProgressSeries(
    List<Integer> years,
    List<@Nullable Double> values,
    boolean higherIsBetter,
    @Nullable Double target,
    int targetYear,
    int baseYear,
    @Nullable ProgressThresholds thresholds) {

  public ProgressSeries {
    years = List.copyOf(years);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }
}
