package dev.longyuan.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of the key indicator table (主要指标完成情况): the plan's baseline and target, the actual value and
 * its year and the label of the target the indicator serves, as the assessment gives them. Texts
 * are in the report's language; {@code labelWord} is the label's API word.
 */
public record IndicatorRow(
    int number,
    String code,
    String name,
    String unit,
    @Nullable BigDecimal baseline,
    int baseYear,
    String targetText,
    @Nullable BigDecimal actual,
    @Nullable Integer actualYear,
    @Nullable String targetCode,
    String labelWord,
    String label,
    String attribute,
    List<YearFigure> judged,
    List<YearFigure> requiredPath,
    @Nullable String measuredAs) {

  public IndicatorRow {
    judged = List.copyOf(judged);
    requiredPath = List.copyOf(requiredPath);
  }

  /** A year's value of the series judged or of the path the target requires, for the chart. */
  public record YearFigure(int year, double value) {}

  /** A figure as the report writes it: at most two decimals, no trailing zeros. */
  public static String figure(@Nullable BigDecimal value) {
    return value == null
        ? "—"
        : value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  public String baselineText() {
    return figure(baseline);
  }

  public String actualText() {
    return figure(actual);
  }
}
