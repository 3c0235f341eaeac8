package dev.longyuan.monitoring;

import dev.longyuan.analytics.ProgressAssessment;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.ProgressThresholds;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One target of the plan in detail for a region and year: the target as the plan states it, its
 * assessment (series, label, figures, projection), the path the target requires on the series
 * judged, the bounds the label was drawn with, the indicator it measures and the sectors, regions
 * and places it concerns. {@code officialOnly} is set when it was judged from official figures
 * alone, as the public sees it.
 */
public record TargetDetail(
    String planId,
    int year,
    String regionCode,
    boolean officialOnly,
    Target target,
    TargetAssessment assessment,
    @Nullable Indicator indicator,
    @Nullable BigDecimal baseline,
    List<IndicatorDetail.PathPoint> requiredPath,
    ProgressThresholds thresholds,
    List<Sector> sectors,
    List<Region> regions,
    List<Place> places) {

  public TargetDetail {
    requiredPath = List.copyOf(requiredPath);
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
    places = List.copyOf(places);
  }

  /**
   * How the label was reached, as a message key and its arguments: the figures of this judgement
   * (observed against required growth, the additions against a straight path, the trend alone), so
   * that a reader can redo it by hand.
   */
  public Explanation explanation() {
    ProgressAssessment p = assessment.progress();
    Double goal = assessment.goal();
    if (p.label() == ProgressLabel.NOT_ASSESSABLE) {
      return new Explanation("monitoring.target.method.notAssessable", List.of());
    }
    if (p.label() == ProgressLabel.TARGET_ACHIEVED && goal != null && p.currentYear() != null) {
      return new Explanation(
          "monitoring.target.method.achieved",
          List.of(
              String.valueOf(p.currentYear()),
              figure(judgedIn(p.currentYear())),
              figure(goal),
              String.valueOf(assessment.targetYear())));
    }
    if (p.method() == 3 && goal != null && p.baseYear() != null && p.currentYear() != null) {
      // additions from zero: what is reached against what a straight path would have by now
      double share =
          Math.min(
              1.0,
              (double) (p.currentYear() - p.baseYear()) / (assessment.targetYear() - p.baseYear()));
      return new Explanation(
          "monitoring.target.method.pace",
          List.of(
              String.valueOf(p.currentYear()),
              figure(judgedIn(p.currentYear())),
              figure(goal),
              String.valueOf(assessment.targetYear()),
              figure(goal * share),
              ratio(p.ratio()),
              bounds()));
    }
    if (p.method() == 2 && p.cagrRequired() != null && p.cagrObserved() != null) {
      return new Explanation(
          "monitoring.target.method.ratio",
          List.of(
              String.valueOf(p.baseYear()),
              String.valueOf(p.currentYear()),
              percent(p.cagrObserved()),
              figure(goal),
              String.valueOf(assessment.targetYear()),
              percent(p.cagrRequired()),
              ratio(p.ratio()),
              bounds()));
    }
    if (p.method() == 1 && p.cagrObserved() != null) {
      return new Explanation(
          "monitoring.target.method.trend",
          List.of(
              String.valueOf(p.baseYear()),
              String.valueOf(p.currentYear()),
              percent(p.cagrObserved())));
    }
    return new Explanation("monitoring.target.method.notAssessable", List.of());
  }

  /** A message key with its arguments, already written as the page shows them. */
  public record Explanation(String key, List<String> args) {

    public Explanation {
      args = List.copyOf(args);
    }
  }

  private @Nullable Double judgedIn(int year) {
    return assessment.judged().stream()
        .filter(point -> point.year() == year)
        .map(TargetAssessment.YearPoint::value)
        .findFirst()
        .orElse(null);
  }

  private String bounds() {
    return figure(thresholds.high())
        + " / "
        + figure(thresholds.med())
        + " / "
        + figure(thresholds.low());
  }

  private static String figure(@Nullable Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(@Nullable Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ROOT, "%.2f", fraction * 100);
  }

  private static String ratio(@Nullable Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }
}
