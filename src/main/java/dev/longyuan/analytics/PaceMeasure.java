package dev.longyuan.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Progress of a count that starts from zero at the base year (cumulative additions, 攻克100项), whose
 * growth cannot be compounded from zero: the count reached over the count a straight path from zero
 * to the target would have reached by the same year, compared with the thresholds of numeric
 * targets (method 3; docs/progress-method.md).
 */
final class PaceMeasure {

  private PaceMeasure() {}

  static ProgressAssessment assess(
      JudgedSeries series, int targetYear, ProgressThresholds thresholds) {
    int baseYear = series.years().get(0);
    Integer current = series.latestYear();
    if (current == null || current == baseYear || series.goal() == null) {
      return new ProgressAssessment(
          ProgressLabel.NOT_ASSESSABLE, 3, baseYear, current, null, null, null, null);
    }
    double reached = series.valueIn(current);
    double goal = series.goal();
    if (reached >= goal) {
      return new ProgressAssessment(
          ProgressLabel.TARGET_ACHIEVED, 3, baseYear, current, null, null, null, null);
    }
    double due = goal * Math.min(1.0, (double) (current - baseYear) / (targetYear - baseYear));
    double pace = reached / due;
    return new ProgressAssessment(
        ProgressMeasure.label(pace, thresholds),
        3,
        baseYear,
        current,
        null,
        null,
        finite(pace),
        finite(pace));
  }

  private static @Nullable Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
