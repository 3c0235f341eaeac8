package dev.longyuan.analytics;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The Open SDG progress measure (docs/progress-method.md): the compound annual growth observed from
 * the base year to the latest year, compared with the growth the target requires by the target year
 * (method 2), or, without a numeric target, the direction-signed observed growth itself (method 1).
 * Edge cases follow the reference implementation: a target of zero is taken as 0.001, and so is a
 * base value of zero; a base year without a value gives way to the next year that has one; a series
 * whose base and latest values differ in sign, or that has fewer than two years, is not assessable.
 */
public final class ProgressMeasure {

  /** What a zero target or a zero base value is taken as, so that growth can be computed. */
  static final double ZERO_REPLACEMENT = 0.001;

  private ProgressMeasure() {}

  public static ProgressAssessment assess(ProgressSeries series) {
    int method = series.target() == null ? 1 : 2;
    Double target = series.target();
    if (target != null && target == 0) {
      target = ZERO_REPLACEMENT;
    }
    TreeMap<Integer, Double> observed = new TreeMap<>();
    for (int i = 0; i < series.years().size(); i++) {
      Double value = series.values().get(i);
      if (value != null && !value.isNaN()) {
        observed.put(series.years().get(i), value);
      }
    }
    Integer baseYear =
        observed.containsKey(series.baseYear())
            ? Integer.valueOf(series.baseYear())
            : observed.higherKey(series.baseYear());
    if (observed.isEmpty() || baseYear == null) {
      return new ProgressAssessment(
          ProgressLabel.NOT_ASSESSABLE,
          method,
          baseYear,
          observed.isEmpty() ? null : observed.lastKey(),
          null,
          null,
          null,
          null);
    }
    Map.Entry<Integer, Double> latest = observed.lastEntry();
    int currentYear = latest.getKey();
    double current = latest.getValue();
    double base = observed.get(baseYear);
    double sign = base < 0 ? -1 : 1;
    double direction = series.higherIsBetter() ? 1 : -1;
    ProgressThresholds thresholds =
        series.thresholds() != null
            ? series.thresholds()
            : method == 1 ? ProgressThresholds.FOR_TREND : ProgressThresholds.FOR_TARGET;
    boolean achieved = target != null && (direction < 0 ? current <= target : current >= target);

    Double cagrObserved = null;
    Double cagrRequired = null;
    Double ratio = null;
    Double progress = null;
    if (base == 0) {
      base = ZERO_REPLACEMENT;
    }
    boolean signsDiffer = (base > 0 && current < 0) || (base < 0 && current > 0);
    if (!signsDiffer && currentYear - baseYear >= 1) {
      cagrObserved = growth(current, base, currentYear, baseYear);
      if (method == 1) {
        progress = sign * direction * cagrObserved;
      } else {
        cagrRequired = growth(target, base, series.targetYear(), baseYear);
        ratio = cagrObserved / Math.abs(cagrRequired);
        progress = sign * direction * ratio;
      }
    }
    ProgressLabel label = achieved ? ProgressLabel.TARGET_ACHIEVED : label(progress, thresholds);
    return new ProgressAssessment(
        label,
        method,
        baseYear,
        currentYear,
        finite(cagrObserved),
        finite(cagrRequired),
        finite(ratio),
        finite(progress));
  }

  /**
   * Compound annual growth from {@code from} in year {@code t0} to {@code to} in year {@code t1}.
   */
  static double growth(double to, double from, int t1, int t0) {
    return Math.pow(to / from, 1.0 / (t1 - t0)) - 1;
  }

  /** The bands as the reference compares them, in its order (NaN falls through all of them). */
  static ProgressLabel label(@Nullable Double value, ProgressThresholds t) {
    if (value == null) {
      return ProgressLabel.NOT_ASSESSABLE;
    }
    double v = value;
    if (v >= t.high()) {
      return ProgressLabel.ON_TRACK;
    }
    if (t.med() <= v && v < t.high()) {
      return ProgressLabel.PROGRESS_NEEDS_ACCELERATION;
    }
    if (t.low() <= v && v < t.med()) {
      return ProgressLabel.LIMITED_PROGRESS;
    }
    if (v < t.low()) {
      return ProgressLabel.DETERIORATION;
    }
    return ProgressLabel.NOT_ASSESSABLE;
  }

  private static @Nullable Double finite(@Nullable Double value) {
    return value == null || value.isNaN() || value.isInfinite() ? null : value;
  }
}
