package dev.longyuan.analytics;

/**
 * The bounds a progress value is compared with: at or above {@code high} is on track, at or above
 * {@code med} needs acceleration, at or above {@code low} is limited progress, below it is
 * deterioration.
 */
public record ProgressThresholds(double high, double med, double low) {

  /** For a ratio of observed to required growth (a numeric target). */
  public static final ProgressThresholds FOR_TARGET = new ProgressThresholds(0.95, 0.6, 0);

  /** For the direction-signed growth itself (no numeric target). */
  public static final ProgressThresholds FOR_TREND = new ProgressThresholds(0.015, 0.005, 0);
}
