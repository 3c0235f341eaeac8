package dev.longyuan.monitoring;

import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.plan.Indicator;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One key indicator in detail for a region and year: the assessment of the target it serves (its
 * series, label, figures and the plan's sentence) and of every target it serves when there are
 * several, the path the target requires from the base year on the series judged, and the indicator
 * in each city and prefecture and in each of the plan's sectors for the latest year.
 */
public record IndicatorDetail(
    String planId,
    int year,
    String regionCode,
    Indicator indicator,
    @Nullable TargetAssessment target,
    List<TargetAssessment> targets,
    List<PathPoint> requiredPath,
    @Nullable Integer citiesYear,
    List<CityValue> cities,
    List<SectorValue> sectors) {

  public IndicatorDetail {
    targets = List.copyOf(targets);
    requiredPath = List.copyOf(requiredPath);
    cities = List.copyOf(cities);
    sectors = List.copyOf(sectors);
  }

  /** A plan sector's value of the indicator in the region, within the indicator's industries. */
  public record SectorValue(
      String code, String nameZh, String nameEn, @Nullable BigDecimal value) {}

  /** A year of the path to the target: base × (1 + required annual growth)^(years since base). */
  public record PathPoint(int year, double value) {}

  /** A city's or prefecture's value of the indicator. */
  public record CityValue(String code, String nameZh, String nameEn, @Nullable BigDecimal value) {}
}
