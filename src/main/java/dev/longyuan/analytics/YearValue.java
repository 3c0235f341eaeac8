package dev.longyuan.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's value in one year and where it comes from: {@code official} or {@code reported}
 * (the region's own figure, in the data element {@code element}), {@code derived} (a level computed
 * from the region's official change against the base year and the base value), {@code plan} (the
 * base-year value the plan states), {@code enterprise} (computed from enterprises' values), {@code
 * register} (a register the platform keeps; {@code element} names its series), {@code synthetic}
 * (模拟数据 behind it) or {@code none}. {@code computed} is the bottom-up value beside a region's own
 * figure; {@code figures} are the aggregates behind the computed value.
 */
public record YearValue(
    int year,
    @Nullable BigDecimal value,
    String source,
    @Nullable String element,
    @Nullable BigDecimal computed,
    List<AggregateFigure> figures) {

  public YearValue {
    figures = List.copyOf(figures);
  }

  public boolean synthetic() {
    return source.equals("synthetic");
  }
}
