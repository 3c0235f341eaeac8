package dev.longyuan.analytics;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Open SDG progress measure as sdg-build implements it since its "Methodology changes" (pull
 * request #318; docs/progress-method.md): the compound annual growth observed from the base year to
 * the latest year with a value, divided by the growth the target requires from the base year to the
 * target year (method 2), or, without a numeric target, the observed growth signed by the direction
 * (method 1), each compared with its thresholds.
 *
 * <p>Its edge cases are the reference's, kept on purpose so that the labels agree with it: a target
 * of zero is taken as 0.001; a base year without a value gives way to the next year that has one;
 * fewer than two years, or a base year after the data, is not assessable, even where the one value
 * meets the target; growth is plain floating point, so a change of sign over more than a year is
 * not a number (not assessable) and a zero base or a zero required growth gives an infinite
 * progress value, whose label is still taken.
 */
public final class ProgressMeasure {

  /** What a zero target is taken as, so that the required growth can be computed. */
  static final double ZERO_TARGET = 0.001;

  private ProgressMeasure() {}

  public static ProgressAssessment assess(ProgressSeries series) {
    int method = series.target() == null ? 1 : 2;
    Double target = series.target();
    if (target != null && target == 0) {
      target = ZERO_TARGET;
    }
    // years in the order given; where a year repeats, its first value counts
    Map<Integer, Double> observed = new HashMap<>();
    for (int i = 0; i < series.years().size(); i++) {
      Double value = series.values().get(i);
      if (value != null) {
        observed.putIfAbsent(series.years().get(i), value);
      }
    }
    int baseYear = series.baseYear();
    if (observed.isEmpty()) {
      return notAssessable(method, baseYear, null);
    }
    int currentYear = observed.keySet().stream().max(Integer::compare).orElseThrow();
    if (!observed.containsKey(baseYear)) {
      if (baseYear > currentYear) {
        return notAssessable(method, baseYear, currentYear);
      }
      int requested = baseYear;
      baseYear =
          observed.keySet().stream().filter(y -> y > requested).min(Integer::compare).orElseThrow();
    }
    if (currentYear - baseYear < 1) {
      return notAssessable(method, baseYear, currentYear);
    }
    double current = observed.get(currentYear);
    double base = observed.get(baseYear);
    boolean higherIsBetter = series.higherIsBetter();
    double cagrObserved = growth(current, base, currentYear, baseYear);
    if (method == 1) {
      double progress = higherIsBetter ? cagrObserved : -cagrObserved;
      ProgressThresholds thresholds =
          series.thresholds() != null ? series.thresholds() : ProgressThresholds.FOR_TREND;
      return new ProgressAssessment(
          label(progress, thresholds),
          1,
          baseYear,
          currentYear,
          finite(cagrObserved),
          null,
          null,
          finite(progress));
    }
    if (higherIsBetter ? current >= target : current <= target) {
      return new ProgressAssessment(
          ProgressLabel.TARGET_ACHIEVED, 2, baseYear, currentYear, null, null, null, null);
    }
    if (series.targetYear() == baseYear) {
      throw new AnalyticsRefused(
          "targetYear.equals_base",
          "基期年份无数据，顺延到有数据的 " + baseYear + " 年后与目标年份相同，无法计算所需年均增速",
          "the base year has no value and moves to "
              + baseYear
              + ", the target year: no required annual growth can be computed");
    }
    double cagrRequired = growth(target, base, series.targetYear(), baseYear);
    double ratio = cagrObserved / cagrRequired;
    ProgressThresholds thresholds =
        series.thresholds() != null ? series.thresholds() : ProgressThresholds.FOR_TARGET;
    return new ProgressAssessment(
        label(ratio, thresholds),
        2,
        baseYear,
        currentYear,
        finite(cagrObserved),
        finite(cagrRequired),
        finite(ratio),
        finite(ratio));
  }

  private static ProgressAssessment notAssessable(
      int method, int baseYear, @Nullable Integer currentYear) {
    return new ProgressAssessment(
        ProgressLabel.NOT_ASSESSABLE, method, baseYear, currentYear, null, null, null, null);
  }

  /**
   * Compound annual growth from {@code from} in year {@code t0} to {@code to} in year {@code t1}.
   */
  static double growth(double to, double from, int t1, int t0) {
    return Math.pow(to / from, 1.0 / (t1 - t0)) - 1;
  }

  /** The bands as the reference compares them, in its order: not a number falls through all. */
  static ProgressLabel label(double v, ProgressThresholds t) {
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

  private static @Nullable Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
