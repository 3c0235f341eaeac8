package dev.longyuan.reporting;

import dev.longyuan.shared.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * Which stored values to list: those the scope covers, filtered by the other fields (a null field
 * does not filter).
 */
public record ValueQuery(
    @Nullable String reportingUnit,
    @Nullable String dataElement,
    @Nullable String period,
    @Nullable String measure,
    @Nullable String status,
    int limit,
    int offset,
    DataScope scope) {

  /** A query over everything, as the operator runs it (the command line, the backup). */
  public ValueQuery(
      @Nullable String reportingUnit,
      @Nullable String dataElement,
      @Nullable String period,
      @Nullable String measure,
      @Nullable String status,
      int limit,
      int offset) {
    this(
        reportingUnit,
        dataElement,
        period,
        measure,
        status,
        limit,
        offset,
        DataScope.everything(false));
  }

  /** Every stored value, as the operator sees them. */
  public static ValueQuery all() {
    return new ValueQuery(null, null, null, null, null, Integer.MAX_VALUE, 0);
  }
}
