package dev.longyuan.programs.internal;

import dev.longyuan.analytics.AggregateFigure;
import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Cement output in a region by year: the enterprises' approved P_CEMENT (水泥产量, 万吨) summed over the
 * year, bottom-up, as the analytics compute any sum of a data element.
 */
@Component
public class CementOutput {

  static final String DEFINITION = "sum(P_CEMENT)";

  private final IndicatorEngine engine;

  CementOutput(IndicatorEngine engine) {
    this.engine = engine;
  }

  /** A year's output and whether demonstration data make part of it. */
  public record Output(@Nullable BigDecimal value, boolean synthetic) {}

  /**
   * The output of each year; none for a region the analytics do not know (not one of the plan's).
   */
  public Map<Integer, Output> byYear(String regionCode, List<Integer> years) {
    List<IndicatorValue> values;
    try {
      values =
          engine.evaluate(
              engine.parse(DEFINITION),
              DataScope.everything(false),
              regionCode,
              null,
              years.stream().map(String::valueOf).toList(),
              "ytd");
    } catch (AnalyticsRefused refused) {
      return Map.of();
    }
    Map<Integer, Output> outputs = new HashMap<>();
    for (IndicatorValue value : values) {
      boolean synthetic =
          value.figures().stream().mapToLong(AggregateFigure::syntheticValues).sum() > 0;
      outputs.put(Integer.parseInt(value.period()), new Output(value.value(), synthetic));
    }
    return outputs;
  }
}
