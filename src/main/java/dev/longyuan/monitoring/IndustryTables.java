package dev.longyuan.monitoring;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorTable;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Sector;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Computes the {@link IndustryTable} of a plan for a year: one aggregation per figure over every
 * region and every sector key at once, kept while the data and the plan stay as they were.
 */
@Service
public class IndustryTables {

  /** The figures of a cell, each one aggregate of the indicator language. */
  private static final List<String> FIGURES =
      List.of(
          "sum(VA)", "real(VA)", "same(VA)", "prev(VA)", "sum(REV)", "sum(PROFIT)", "count(VA)");

  private final IndicatorEngine engine;
  private final VersionedCache<Asked, IndustryTable> kept = new VersionedCache<>(64);

  IndustryTables(IndicatorEngine engine) {
    this.engine = engine;
  }

  private record Asked(String planId, int year, DataScope scope) {}

  public IndustryTable table(Plan plan, int year, DataScope scope) {
    return kept.get(
        new Asked(plan.id(), year, scope.forReading()),
        engine.dataVersion(),
        plan,
        () -> compute(plan, year, scope));
  }

  private IndustryTable compute(Plan plan, int year, DataScope scope) {
    String top =
        scope.region() != null
            ? scope.region().value()
            : plan.province().map(r -> r.code().value()).orElseThrow();
    String period = latestMonth(scope, top, year);
    if (period == null) {
      return new IndustryTable(plan.id(), year, null, Map.of());
    }
    Map<String, List<String>> keys = sectorKeys(plan);
    List<IndicatorTable> tables = new ArrayList<>();
    for (String figure : FIGURES) {
      tables.add(engine.evaluateAll(engine.parse(figure), scope, List.of(period), "ytd", keys));
    }
    Map<IndustryTable.Cell, @Nullable BigDecimal[]> parts = new HashMap<>();
    for (int f = 0; f < tables.size(); f++) {
      for (IndicatorTable.Row row : tables.get(f).rows()) {
        IndustryTable.Cell cell =
            new IndustryTable.Cell(row.regionCode(), row.sector() == null ? "" : row.sector());
        parts.computeIfAbsent(cell, c -> new BigDecimal[FIGURES.size()])[f] = row.value();
      }
    }
    Map<IndustryTable.Cell, IndustryFigure> cells = new HashMap<>();
    parts.forEach(
        (cell, p) -> {
          if (p[6] != null && p[6].signum() > 0) {
            cells.put(
                cell, new IndustryFigure(p[0], p[1], p[2], p[3], p[4], p[5], p[6].longValue()));
          }
        });
    return new IndustryTable(plan.id(), year, period, cells);
  }

  /**
   * Every sector and sub-direction of the plan by its industry code prefixes, and every place by
   * the union of its sectors'.
   */
  static Map<String, List<String>> sectorKeys(Plan plan) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (Sector sector : plan.sectors()) {
      keys.put(sector.code(), codes(sector.industryCodes()));
      for (Sector.SubDirection sub : sector.subDirections()) {
        if (!sub.industryCodes().isEmpty()) {
          keys.put(sub.code(), codes(sub.industryCodes()));
        }
      }
    }
    for (Place place : plan.places()) {
      Set<String> union = new LinkedHashSet<>();
      place.sectors().forEach(s -> union.addAll(keys.getOrDefault(s, List.of())));
      if (!union.isEmpty()) {
        keys.put(IndustryTable.placeKey(place.code()), List.copyOf(union));
      }
    }
    return keys;
  }

  private static List<String> codes(List<IndustryCode> codes) {
    return codes.stream().map(IndustryCode::value).toList();
  }

  /** The latest month of the year (or the year before) whose revenue the region's units report. */
  @Nullable String latestMonth(DataScope scope, String regionCode, int year) {
    List<String> months = new ArrayList<>();
    for (int y = year; y >= year - 1; y--) {
      List<Period> ofYear = new ArrayList<>(Period.monthsOf(y));
      Collections.reverse(ofYear);
      ofYear.forEach(p -> months.add(p.code()));
    }
    return engine
        .evaluate(engine.parse("sum(REV)"), scope, regionCode, null, months, "ytd")
        .stream()
        .filter(v -> v.value() != null)
        .map(IndicatorValue::period)
        .findFirst()
        .orElse(null);
  }

  /** The regions given without those inside another of them, which the other already counts. */
  static List<String> outermost(List<String> regionCodes) {
    List<String> kept = new ArrayList<>();
    for (String code : regionCodes) {
      boolean inside =
          regionCodes.stream()
              .anyMatch(
                  other -> !other.equals(code) && code.startsWith(RegionCode.of(other).prefix()));
      if (!inside && !kept.contains(code)) {
        kept.add(code);
      }
    }
    return kept;
  }
}
