package dev.longyuan.analytics;

import dev.longyuan.analytics.internal.MirrorQueries;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The largest enterprises of regions and industries by an element's approved value in a period
 * (营业收入前十 of a city, of a sector, of an industry chain's member cities).
 */
@Service
public class EnterpriseRanking {

  private final MirrorQueries mirror;
  private final ReportingService reporting;

  EnterpriseRanking(MirrorQueries mirror, ReportingService reporting) {
    this.mirror = mirror;
    this.reporting = reporting;
  }

  /** An enterprise's place in a ranking: who it is and its value. */
  public record RankedEnterprise(
      String creditCode,
      String name,
      String regionCode,
      String industryCode,
      BigDecimal value,
      boolean synthetic) {}

  /**
   * The enterprises registered in any of the regions (and, when any are given, under any of the
   * GB/T 4754 prefixes) with the largest values, largest first; every region must be in scope.
   */
  public List<RankedEnterprise> largest(
      String element,
      DataScope scope,
      List<String> regionCodes,
      List<String> industryPrefixes,
      String period,
      String measure,
      int limit) {
    for (String region : regionCodes) {
      if (!RegionCode.isValid(region)) {
        throw new AnalyticsRefused(
            "region.unknown",
            "行政区划代码“" + region + "”无效",
            "the region code \"" + region + "\" is not valid");
      }
      if (!scope.coversRegion(region)) {
        throw new AnalyticsRefused(
            "scope.outside",
            "行政区划 " + region + " 不在您的数据范围内",
            "the region " + region + " is outside your data scope");
      }
    }
    if (regionCodes.isEmpty()) {
      return List.of();
    }
    List<String> prefixes = regionCodes.stream().map(r -> RegionCode.of(r).prefix()).toList();
    List<MirrorQueries.UnitValue> units;
    try (Connection duck = mirror.open()) {
      units = mirror.largest(duck, element, period, measure, prefixes, industryPrefixes, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics copy could not be read: " + e.getMessage(), e);
    }
    // the names of all of them in one query, not one each
    Map<String, String> names =
        reporting.enterprises(units.stream().map(MirrorQueries.UnitValue::unit).toList()).stream()
            .collect(Collectors.toMap(e -> e.creditCode().value(), Enterprise::name, (a, b) -> a));
    return units.stream()
        .map(
            u ->
                new RankedEnterprise(
                    u.unit(),
                    names.getOrDefault(u.unit(), u.unit()),
                    u.regionCode(),
                    u.industryCode(),
                    u.value(),
                    "synthetic".equals(u.source())))
        .toList();
  }
}
