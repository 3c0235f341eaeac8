package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.ApprovalLevel;
import dev.longyuan.reporting.FlaggedBacklog;
import dev.longyuan.reporting.ReviewFlag;
import dev.longyuan.reporting.UnitType;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The approval queue, and the soft checks that flag values in it: 本期 more than half away from 上年同期,
 * and a modified z-score beyond 3.5 against the unit's own history of the element (Iglewicz and
 * Hoaglin's outlier test, robust to the outliers it looks for).
 */
@Repository
public class ReviewQueueRepository {

  static final BigDecimal YOY_LIMIT = new BigDecimal("0.5");
  static final double Z_LIMIT = 3.5;

  private final JdbcClient jdbc;

  ReviewQueueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A unit-period awaiting a level, before names and flags are added. */
  public record Waiting(
      String reportingUnit,
      String unitName,
      UnitType unitType,
      String period,
      int values,
      ApprovalLevel awaiting) {}

  /** What awaits a level, of the units in scope. */
  public List<Waiting> waiting(ApprovalLevel level, DataScope scope, int limit) {
    String condition =
        switch (level) {
          case COUNTY ->
              "v.status = 'submitted' AND v.approved_level IS NULL AND v.unit_type = 'enterprise'"
                  + " AND e.region_code NOT LIKE '____00'";
          // a region's own figures, and enterprises of a city without counties, come to the city
          // first (see ApprovalRepository.UNDER_A_CITY)
          case CITY ->
              "(v.status = 'approved' AND v.approved_level = 'county')"
                  + " OR (v.status = 'submitted' AND v.unit_type = 'region')"
                  + " OR (v.status = 'submitted' AND v.approved_level IS NULL"
                  + " AND e.region_code LIKE '____00')";
          case PROVINCE -> "v.status = 'approved' AND v.approved_level = 'city'";
        };
    return grouped(condition, level, scope, limit);
  }

  /**
   * What this level approved last and may reopen: reported values only (official and synthetic
   * figures come approved by the province as they stand).
   */
  public List<Waiting> approvedBy(ApprovalLevel level, DataScope scope, int limit) {
    return grouped(
        "v.status = 'approved' AND v.approved_level = '"
            + level.word()
            + "' AND v.source = 'reported'",
        level,
        scope,
        limit);
  }

  /** Conditions are written over {@code v}, the data values, from constants and enum words only. */
  private List<Waiting> grouped(String condition, ApprovalLevel level, DataScope scope, int limit) {
    return jdbc.sql(
            """
            SELECT v.reporting_unit, v.unit_type, v.period, count(*) AS n, coalesce(min(e.name), '') AS name
              FROM data_value v LEFT JOIN enterprise e ON e.credit_code = v.reporting_unit
             WHERE NOT v.deleted AND (%s) AND %s
             GROUP BY v.reporting_unit, v.unit_type, v.period
             ORDER BY v.period DESC, v.reporting_unit
             LIMIT :limit"""
                .formatted(condition, ScopeCondition.unit("v.reporting_unit")))
        .params(ScopeCondition.params(scope))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Waiting(
                    rs.getString("reporting_unit"),
                    rs.getString("name"),
                    rs.getString("unit_type").equals("enterprise")
                        ? UnitType.ENTERPRISE
                        : UnitType.REGION,
                    rs.getString("period"),
                    rs.getInt("n"),
                    level))
        .list();
  }

  /**
   * The values in scope flagged by either soft check (the same tests as {@link #flags}) that have
   * been waiting as submitted, untouched by any level, since before the time given: how many, and
   * the oldest. A value flagged by both checks counts once.
   */
  public FlaggedBacklog unreviewedFlags(DataScope scope, OffsetDateTime waitingSince) {
    return jdbc.sql(
            """
            WITH pending AS (
                SELECT v.data_element, v.reporting_unit, v.period, v.measure, v.value,
                       v.previous_year_value, v.updated_at
                  FROM data_value v
                 WHERE NOT v.deleted AND v.status = 'submitted' AND v.updated_at < :since
                   AND %s),
            history AS (
                SELECT p.data_element, p.reporting_unit, p.period, p.measure, h.value
                  FROM pending p JOIN data_value h
                    ON h.reporting_unit = p.reporting_unit AND h.data_element = p.data_element
                   AND h.measure = p.measure AND h.period <> p.period
                   AND length(h.period) = length(p.period) AND NOT h.deleted),
            centre AS (
                SELECT data_element, reporting_unit, period, measure, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
                  FROM history GROUP BY data_element, reporting_unit, period, measure),
            spread AS (
                SELECT h.data_element, h.reporting_unit, h.period, h.measure,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(h.value - c.median)) AS mad
                  FROM history h JOIN centre c USING (data_element, reporting_unit, period, measure)
                 GROUP BY h.data_element, h.reporting_unit, h.period, h.measure),
            flagged AS (
                SELECT data_element, reporting_unit, period, measure, updated_at FROM pending
                 WHERE previous_year_value IS NOT NULL AND previous_year_value <> 0
                   AND abs(value / previous_year_value - 1) > :limit
                UNION
                SELECT p.data_element, p.reporting_unit, p.period, p.measure, p.updated_at
                  FROM pending p
                  JOIN centre m USING (data_element, reporting_unit, period, measure)
                  JOIN spread s USING (data_element, reporting_unit, period, measure)
                 WHERE m.n >= 6 AND s.mad > 0 AND abs(0.6745 * (p.value - m.median) / s.mad) > :z)
            SELECT count(*) AS n,
                   min(updated_at) AS oldest,
                   (SELECT period FROM flagged ORDER BY updated_at, period LIMIT 1) AS oldest_period
              FROM flagged"""
                .formatted(ScopeCondition.unit("v.reporting_unit")))
        .params(ScopeCondition.params(scope))
        .param("since", waitingSince)
        .param("limit", YOY_LIMIT)
        .param("z", Z_LIMIT)
        .query(
            (rs, n) ->
                new FlaggedBacklog(
                    rs.getInt("n"),
                    rs.getObject("oldest", OffsetDateTime.class),
                    rs.getString("oldest_period")))
        .single();
  }

  /** The soft-check flags of one unit's values in one period. */
  public List<ReviewFlag> flags(String reportingUnit, String period) {
    List<ReviewFlag> flags = new ArrayList<>();
    jdbc.sql(
            """
            SELECT data_element, measure, value, previous_year_value FROM data_value
             WHERE reporting_unit = :unit AND period = :period AND NOT deleted
               AND previous_year_value IS NOT NULL AND previous_year_value <> 0
               AND abs(value / previous_year_value - 1) > :limit
             ORDER BY data_element, measure""")
        .param("unit", reportingUnit)
        .param("period", period)
        .param("limit", YOY_LIMIT)
        .query(
            (rs, n) -> {
              BigDecimal change =
                  rs.getBigDecimal("value")
                      .divide(rs.getBigDecimal("previous_year_value"), 6, RoundingMode.HALF_EVEN)
                      .subtract(BigDecimal.ONE)
                      .movePointRight(2)
                      .setScale(1, RoundingMode.HALF_EVEN);
              return new ReviewFlag(
                  rs.getString("data_element"),
                  rs.getString("measure"),
                  "yoy",
                  "本期比上年同期变化 " + change.toPlainString() + "%，超过 ±50%",
                  "changes "
                      + change.toPlainString()
                      + "% on the same period last year, beyond ±50%");
            })
        .list()
        .forEach(flags::add);
    jdbc.sql(
            """
            WITH current AS (
                SELECT data_element, measure, value FROM data_value
                 WHERE reporting_unit = :unit AND period = :period AND NOT deleted),
            history AS (
                SELECT h.data_element, h.measure, h.value
                  FROM data_value h JOIN current c USING (data_element, measure)
                 WHERE h.reporting_unit = :unit AND h.period <> :period AND NOT h.deleted
                   AND length(h.period) = length(:period)),
            centre AS (
                SELECT data_element, measure, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
                  FROM history GROUP BY data_element, measure),
            spread AS (
                SELECT h.data_element, h.measure,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(h.value - c.median)) AS mad
                  FROM history h JOIN centre c USING (data_element, measure)
                 GROUP BY h.data_element, h.measure)
            SELECT c.data_element, c.measure, 0.6745 * (c.value - m.median) / s.mad AS z
              FROM current c JOIN centre m USING (data_element, measure) JOIN spread s USING (data_element, measure)
             WHERE m.n >= 6 AND s.mad > 0 AND abs(0.6745 * (c.value - m.median) / s.mad) > :z
             ORDER BY c.data_element, c.measure""")
        .param("unit", reportingUnit)
        .param("period", period)
        .param("z", Z_LIMIT)
        .query(
            (rs, n) -> {
              String z = String.format("%.1f", rs.getDouble("z"));
              return new ReviewFlag(
                  rs.getString("data_element"),
                  rs.getString("measure"),
                  "zscore",
                  "与本单位历史数据相比异常（修正 z 值 " + z + "，阈值 3.5）",
                  "unusual against the unit's own history (modified z-score " + z + ", limit 3.5)");
            })
        .list()
        .forEach(flags::add);
    return flags;
  }
}
