package dev.longyuan.monitoring;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorTable;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.Sector;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds the detail of one key indicator from the assessment and the indicator engine. */
@Service
public class IndicatorDetails {

  private final PlanCatalog plans;
  private final PlanAssessor assessor;
  private final IndicatorEngine engine;
  private final VersionedCache<Asked, IndicatorDetail> kept = new VersionedCache<>(256);

  IndicatorDetails(PlanCatalog plans, PlanAssessor assessor, IndicatorEngine engine) {
    this.plans = plans;
    this.assessor = assessor;
    this.engine = engine;
  }

  /** What a detail depends on besides the data and the plan. */
  private record Asked(
      String planId, String indicatorCode, int year, DataScope scope, @Nullable String region) {}

  /**
   * The detail in the user's scope, kept while the data and the plan stay as they were: its
   * breakdown aggregates every city and sector.
   */
  public IndicatorDetail detail(
      String planId, String indicatorCode, int year, DataScope scope, @Nullable String region) {
    Plan plan = plan(planId);
    return kept.get(
        new Asked(planId, indicatorCode, year, scope.forReading(), region),
        engine.dataVersion(),
        plan,
        () -> compute(plan, indicatorCode, year, scope, region));
  }

  private IndicatorDetail compute(
      Plan plan, String indicatorCode, int year, DataScope scope, @Nullable String region) {
    String planId = plan.id();
    Indicator indicator = indicator(plan, indicatorCode);
    PlanAssessment assessment = assessor.assess(planId, year, scope, region, null);
    List<TargetAssessment> served = served(indicator, assessment);
    TargetAssessment target = served.isEmpty() ? null : served.get(0);
    List<IndicatorDetail.CityValue> cities = new ArrayList<>();
    List<IndicatorDetail.SectorValue> sectors = new ArrayList<>();
    Integer citiesYear = target == null ? null : target.latestYear();
    // cities are compared bottom-up, as the series is; a series of official figures is not
    boolean computed =
        target != null
            && (target.dataSource().equals("enterprise")
                || target.dataSource().equals("synthetic"));
    if (citiesYear != null
        && computed
        && indicator.definition() != null
        && indicator.definition().expression() != null) {
      Breakdown breakdown = breakdown(plan, indicator, scope, assessment.regionCode(), citiesYear);
      cities = breakdown.cities();
      sectors = breakdown.sectors();
    }
    return new IndicatorDetail(
        planId,
        year,
        assessment.regionCode(),
        indicator,
        target,
        served,
        requiredPath(target),
        cities.isEmpty() ? null : citiesYear,
        cities,
        sectors);
  }

  /**
   * The indicator as the public may see it: judged from official figures alone, with no city or
   * sector breakdown, since those are computed from enterprises' reports, which are not published.
   */
  public IndicatorDetail officialDetail(
      String planId, String indicatorCode, int year, @Nullable String region) {
    Indicator indicator = indicator(plan(planId), indicatorCode);
    PlanAssessment assessment = assessor.assessOfficial(planId, year, region);
    List<TargetAssessment> served = served(indicator, assessment);
    TargetAssessment target = served.isEmpty() ? null : served.get(0);
    return new IndicatorDetail(
        planId,
        year,
        assessment.regionCode(),
        indicator,
        target,
        served,
        requiredPath(target),
        null,
        List.of(),
        List.of());
  }

  private Plan plan(String planId) {
    return plans
        .plan(planId)
        .orElseThrow(
            () ->
                new AnalyticsRefused(
                    "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
  }

  private static Indicator indicator(Plan plan, String indicatorCode) {
    return plan.indicator(indicatorCode)
        .orElseThrow(
            () ->
                new AnalyticsRefused(
                    "indicator.unknown",
                    "规划没有指标“" + indicatorCode + "”",
                    "the plan has no indicator \"" + indicatorCode + "\""));
  }

  /** The assessments of the targets the indicator serves, in the plan's order. */
  private static List<TargetAssessment> served(Indicator indicator, PlanAssessment assessment) {
    return assessment.targets().stream()
        .filter(t -> indicator.targets().contains(t.targetCode()))
        .toList();
  }

  /**
   * From the base value of the series judged, the compound growth the target requires, year by year
   * to the target year; none when the label was not computed from required growth.
   */
  public static List<IndicatorDetail.PathPoint> requiredPath(@Nullable TargetAssessment target) {
    if (target == null || target.progress().cagrRequired() == null) {
      return List.of();
    }
    int base = target.progress().baseYear();
    Double baseValue =
        target.judged().stream()
            .filter(p -> p.year() == base)
            .map(TargetAssessment.YearPoint::value)
            .findFirst()
            .orElse(null);
    if (baseValue == null) {
      return List.of();
    }
    double growth = target.progress().cagrRequired();
    List<IndicatorDetail.PathPoint> path = new ArrayList<>();
    for (int y = base; y <= target.targetYear(); y++) {
      path.add(new IndicatorDetail.PathPoint(y, baseValue * Math.pow(1 + growth, y - base)));
    }
    return path;
  }

  /** The indicator by city and prefecture, and by plan sector in the region assessed. */
  private record Breakdown(
      List<IndicatorDetail.CityValue> cities, List<IndicatorDetail.SectorValue> sectors) {}

  /**
   * Every city and prefecture the user may see, and each of the plan's sectors in the region, in
   * one computation. A sector counts only its industries within the indicator's (a sector of
   * manufacturing and power, only its manufacturing for a manufacturing indicator); a sector wholly
   * outside them is left out.
   */
  private Breakdown breakdown(
      Plan plan, Indicator indicator, DataScope scope, String regionCode, int year) {
    String industries = indicator.definition().industries();
    List<String> within = industries == null ? List.of("") : plans.industryPrefixes(industries);
    Map<String, List<String>> prefixes = new LinkedHashMap<>();
    for (Sector sector : plan.sectors()) {
      List<String> kept =
          sector.industryCodes().stream()
              .map(IndustryCode::value)
              .filter(code -> within.stream().anyMatch(code::startsWith))
              .toList();
      if (!kept.isEmpty()) {
        prefixes.put(sector.code(), kept);
      }
    }
    // the cities over the indicator's own industries (all of them when it has none)
    if (industries != null) {
      prefixes.put(industries, within);
    }
    IndicatorTable table =
        engine.evaluateAll(
            engine.parse(indicator.definition().expression()),
            scope,
            List.of(String.valueOf(year)),
            "ytd",
            prefixes);
    Map<String, BigDecimal> byRegion = new HashMap<>();
    Map<String, BigDecimal> bySector = new HashMap<>();
    for (IndicatorTable.Row row : table.rows()) {
      if (row.value() == null) {
        continue;
      }
      if (Objects.equals(row.sector(), industries)) {
        byRegion.put(row.regionCode(), row.value());
      }
      if (row.regionCode().equals(regionCode) && row.sector() != null) {
        bySector.put(row.sector(), row.value());
      }
    }
    List<IndicatorDetail.CityValue> cities = new ArrayList<>();
    for (Region region : plan.regions()) {
      if (region.level() == RegionLevel.PREFECTURE && scope.coversRegion(region.code().value())) {
        cities.add(
            new IndicatorDetail.CityValue(
                region.code().value(),
                region.nameZh(),
                region.nameEn(),
                byRegion.get(region.code().value())));
      }
    }
    List<IndicatorDetail.SectorValue> sectors = new ArrayList<>();
    for (Sector sector : plan.sectors()) {
      if (prefixes.containsKey(sector.code())) {
        sectors.add(
            new IndicatorDetail.SectorValue(
                sector.code(), sector.nameZh(), sector.nameEn(), bySector.get(sector.code())));
      }
    }
    return new Breakdown(cities, sectors);
  }
}
