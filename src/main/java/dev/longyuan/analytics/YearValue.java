package dev.longyuan.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An indicator's value in one year, with the aggregates behind it. */
public record YearValue(int year, @Nullable BigDecimal value, List<AggregateFigure> figures) {

  /** Whether any value behind it is synthetic (模拟数据). */
  public boolean synthetic() {
    return figures.stream().anyMatch(f -> f.syntheticValues() > 0);
  }
}
