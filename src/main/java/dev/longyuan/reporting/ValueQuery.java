package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/** Which stored values to list; a null field does not filter. */
public record ValueQuery(
    @Nullable String reportingUnit,
    @Nullable String dataElement,
    @Nullable String period,
    @Nullable String measure,
    @Nullable String status,
    int limit,
    int offset) {

  public static ValueQuery all() {
    return new ValueQuery(null, null, null, null, null, Integer.MAX_VALUE, 0);
  }
}
