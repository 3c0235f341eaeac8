package dev.longyuan.analytics.internal;

import dev.longyuan.analytics.IndicatorExpression;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The aggregates of indicator definitions, as SQL over the analytics copy: approved values of the
 * enterprises registered under a region code prefix and, when given, under industry code prefixes.
 * Only the column names and comparison operators below become SQL text; codes and numbers are
 * parameters.
 */
@Component
public class MirrorQueries {

  /**
   * What one aggregate came to, over how many units. A deflated aggregate with a unit it found no
   * price index for has no value, and says which ({@code unpriced}).
   */
  public record Result(
      @Nullable BigDecimal value, long units, long syntheticValues, @Nullable Unpriced unpriced) {
    public static final Result NONE = new Result(null, 0, 0, null);
  }

  /**
   * The units of a deflated aggregate left without a price index, and what was missing: each
   * division with the index periods it lacked, e.g. {@code C17 2016-12, 2017-06; C33 2017-06}.
   */
  public record Unpriced(long units, String missing) {}

  private static final Map<String, String> COMPARATORS =
      Map.of(">", ">", "<", "<", ">=", ">=", "<=", "<=", "=", "=");

  private final ValueMirror mirror;

  MirrorQueries(ValueMirror mirror) {
    this.mirror = mirror;
  }

  /**
   * A connection to the copy brought up to date once, for all the queries of one computation: the
   * catch-up asks PostgreSQL what changed, which a computation of many aggregates need not repeat.
   */
  public Connection open() throws SQLException {
    return mirror.reader();
  }

  /** The version of the data the copy holds, caught up to the last committed change. */
  public String version() {
    return mirror.version();
  }

  /** A region's own approved figure and where it comes from (official, reported, synthetic). */
  public record RegionFigure(BigDecimal value, String source) {}

  public java.util.Optional<RegionFigure> regionFigure(
      Connection duck, String element, String regionCode, String period, String measure) {
    try (PreparedStatement st =
        duck.prepareStatement(
            """
                SELECT value, source FROM value
                 WHERE unit_type = 'region' AND status = 'approved' AND reporting_unit = ?
                   AND data_element = ? AND period = ? AND measure = ?""")) {
      st.setString(1, regionCode);
      st.setString(2, element);
      st.setString(3, period);
      st.setString(4, measure);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? java.util.Optional.of(new RegionFigure(rs.getBigDecimal(1), rs.getString(2)))
            : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics query failed: " + e.getMessage(), e);
    }
  }

  /** An enterprise's approved value of an element in a period. */
  public record UnitValue(
      String unit, String regionCode, String industryCode, BigDecimal value, String source) {}

  /**
   * The enterprises with the largest values of an element in a period, among those registered under
   * any of the region code prefixes and, when any are given, any of the industry code prefixes.
   */
  public List<UnitValue> largest(
      Connection duck,
      String element,
      String period,
      String measure,
      List<String> regionPrefixes,
      List<String> industryPrefixes,
      int limit) {
    String sql =
        """
        SELECT v.reporting_unit, e.region_code, e.industry_code, v.value, v.source
          FROM value v JOIN enterprise e ON e.credit_code = v.reporting_unit
         WHERE v.unit_type = 'enterprise' AND v.status = 'approved' AND v.data_element = ?
           AND v.period = ? AND v.measure = ? AND v.value IS NOT NULL AND """
            + anyPrefix("e.region_code", regionPrefixes.size())
            + (industryPrefixes.isEmpty()
                ? ""
                : " AND " + anyPrefix("e.industry_code", industryPrefixes.size()))
            + " ORDER BY v.value DESC, v.reporting_unit LIMIT ?";
    try (PreparedStatement st = duck.prepareStatement(sql)) {
      int p = 1;
      st.setString(p++, element);
      st.setString(p++, period);
      st.setString(p++, measure);
      for (String prefix : regionPrefixes) {
        st.setString(p++, prefix);
      }
      for (String prefix : industryPrefixes) {
        st.setString(p++, prefix);
      }
      st.setInt(p, limit);
      List<UnitValue> units = new java.util.ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          units.add(
              new UnitValue(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBigDecimal(4),
                  rs.getString(5)));
        }
      }
      return units;
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics query failed: " + e.getMessage(), e);
    }
  }

  private static String anyPrefix(String column, int prefixes) {
    return "("
        + String.join(" OR ", Collections.nCopies(prefixes, "starts_with(" + column + ", ?)"))
        + ")";
  }

  /** Where a grouped aggregate belongs: a period, a region (province, city or county), a sector. */
  public record Group(String period, String regionCode, @Nullable String sector) {}

  /**
   * One aggregate for many periods at once, grouped by the province, every city and every county
   * (by the region codes the enterprises are registered under), each for all industries and for
   * every sector given (sector code → industry code prefixes): one SQL query.
   */
  public Map<Group, Result> aggregateAll(
      Connection duck,
      IndicatorExpression.Aggregate aggregate,
      List<String> periods,
      String measure,
      String province,
      Map<String, List<String>> sectors,
      @Nullable Deflation deflation) {
    if (periods.isEmpty()) {
      return Map.of();
    }
    String sql = groupedSql(aggregate, periods.size(), sectors, deflation, "value", "true");
    Map<Group, Result> results = new java.util.HashMap<>(1 << 16);
    try (PreparedStatement st = duck.prepareStatement(sql)) {
      bindGrouped(st, aggregate, periods, measure, sectors, deflation);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String region;
          if (rs.getInt(3) == 1 && rs.getInt(4) == 1) {
            region = province;
          } else if (rs.getInt(4) == 1) {
            region = rs.getString(5);
          } else if (rs.getString(6).endsWith("00")) {
            continue; // registered under a city's own code: that is the city's row already
          } else {
            region = rs.getString(6);
          }
          results.put(
              new Group(rs.getString(1), region, rs.getString(2)),
              result(rs, 7, deflation != null));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics query failed: " + e.getMessage(), e);
    }
    return results;
  }

  /**
   * The grouped aggregation over a table of values ({@code value} here; PostgreSQL's data_value,
   * with its condition on deleted values, for the benchmark's same query there), its parameters as
   * {@link #bindGrouped} sets them.
   */
  static String groupedSql(
      IndicatorExpression.Aggregate aggregate,
      int periods,
      Map<String, List<String>> sectors,
      @Nullable Deflation deflation,
      String table,
      String condition) {
    int sectorRows = sectors.values().stream().mapToInt(List::size).sum();
    // each enterprise is tagged with its sectors once, so that the values join a small table by
    // key rather than test every prefix on every value, and an enterprise under two prefixes of
    // one sector counts once in it
    String tags =
        "SELECT credit_code, CAST(NULL AS VARCHAR) AS sector FROM enterprise"
            + (sectorRows == 0
                ? ""
                : " UNION ALL SELECT DISTINCT e.credit_code, s.sector FROM enterprise e JOIN (VALUES "
                    + String.join(", ", Collections.nCopies(sectorRows, "(?, ?)"))
                    + ") s(sector, prefix) ON starts_with(e.industry_code, s.prefix)");
    String selection =
        "SELECT v.period, v.value, v.previous_year_value, v.source, v.reporting_unit AS unit,"
            + " e.region_code, e.industry_code"
            + (deflation == null ? "" : ", substr(e.industry_code, 1, 3) AS division")
            + " FROM "
            + table
            + " v JOIN enterprise e ON e.credit_code = v.reporting_unit"
            + " WHERE "
            + condition
            + " AND v.unit_type = 'enterprise' AND v.status = 'approved' AND v.data_element = ?"
            + " AND v.measure = ? AND v.period IN ("
            + String.join(", ", Collections.nCopies(periods, "?"))
            + ")";
    return "WITH "
        + (deflation == null
            ? "sel AS (" + selection + ")"
            : "raw AS (" + selection + ")" + deflation.sql(table, condition))
        + ", tags AS ("
        + tags
        + "), keyed AS (SELECT sel.*, t.sector, substr(sel.region_code, 1, 4) || '00' AS city"
        + " FROM sel JOIN tags t ON t.credit_code = sel.unit)"
        + " SELECT period, sector, GROUPING(city) AS no_city, GROUPING(region_code) AS no_county,"
        + " city, region_code, "
        + figure(aggregate).replace("v.", "")
        + ", "
        + units(aggregate).replace("v.", "")
        + ", count(*) FILTER (WHERE source = 'synthetic')"
        + (deflation == null ? "" : ", " + Deflation.unpriced(aggregate).replace("v.", ""))
        + " FROM keyed GROUP BY GROUPING SETS ((period, sector), (period, sector, city),"
        + " (period, sector, region_code))";
  }

  /** Sets groupedSql's parameters in the order its text holds them. */
  static void bindGrouped(
      PreparedStatement st,
      IndicatorExpression.Aggregate aggregate,
      List<String> periods,
      String measure,
      Map<String, List<String>> sectors,
      @Nullable Deflation deflation)
      throws SQLException {
    int p = 1;
    st.setString(p++, aggregate.element());
    st.setString(p++, measure);
    for (String period : periods) {
      st.setString(p++, period);
    }
    if (deflation != null) {
      p = deflation.bind(st, p);
    }
    for (Map.Entry<String, List<String>> sector : sectors.entrySet()) {
      for (String prefix : sector.getValue()) {
        st.setString(p++, sector.getKey());
        st.setString(p++, prefix);
      }
    }
    // the threshold sits in the select list, after the selection's parameters
    if (aggregate.function().equals("countif")) {
      st.setBigDecimal(p, aggregate.threshold());
    }
  }

  /**
   * The aggregate's value, units and synthetic values from the columns at {@code first}, and for a
   * deflated one the units without a price index after them, which leave it no value.
   */
  private static Result result(ResultSet rs, int first, boolean deflated) throws SQLException {
    BigDecimal value = rs.getBigDecimal(first);
    long count = rs.getLong(first + 1);
    long synthetic = rs.getLong(first + 2);
    // count() of no unit is 0, but an indicator over no unit has no value
    if (count == 0) {
      return Result.NONE;
    }
    long unpriced = deflated ? rs.getLong(first + 3) : 0;
    if (unpriced > 0) {
      return new Result(null, count, synthetic, new Unpriced(unpriced, rs.getString(first + 4)));
    }
    return new Result(value == null ? BigDecimal.ZERO : value, count, synthetic, null);
  }

  private static String figure(IndicatorExpression.Aggregate aggregate) {
    return switch (aggregate.function()) {
      case "sum" -> "sum(v.value)";
      case "same" -> "sum(v.value) FILTER (WHERE v.previous_year_value IS NOT NULL)";
      case "prev" -> "sum(v.previous_year_value)";
      case "count" -> "count(*)";
      case "countif" ->
          "count(*) FILTER (WHERE v.value " + COMPARATORS.get(aggregate.comparator()) + " ?)";
      // a deflated sum is null while any of its units has no price index: never a part of it
      case "real" ->
          "CASE WHEN count(*) FILTER (WHERE v.factor IS NULL AND v.previous_year_value IS NOT NULL)"
              + " = 0 THEN sum(v.value / v.factor) FILTER (WHERE v.previous_year_value IS NOT NULL)"
              + " END";
      case "constant" ->
          "CASE WHEN count(*) FILTER (WHERE v.factor IS NULL) = 0 THEN sum(v.value / v.factor) END";
      default -> throw new IllegalArgumentException(aggregate.function());
    };
  }

  private static String units(IndicatorExpression.Aggregate aggregate) {
    return Set.of("same", "prev", "real").contains(aggregate.function())
        ? "count(v.previous_year_value)"
        : "count(*)";
  }

  /**
   * One aggregate for each of some periods over the enterprises registered under a region code
   * prefix and, when given, industry code prefixes, by period (a period no unit reports is absent);
   * a deflated aggregate with its deflation. One query for all the periods.
   */
  public Map<String, Result> aggregate(
      Connection duck,
      IndicatorExpression.Aggregate aggregate,
      java.util.Collection<String> periods,
      String measure,
      String regionPrefix,
      List<String> industryPrefixes,
      @Nullable Deflation deflation) {
    if (periods.isEmpty()) {
      return Map.of();
    }
    String industries =
        industryPrefixes.isEmpty()
            ? "true"
            : String.join(
                " OR ", Collections.nCopies(industryPrefixes.size(), "e.industry_code LIKE ?"));
    String selection =
        """
         \sFROM value v JOIN enterprise e ON e.credit_code = v.reporting_unit
         WHERE v.unit_type = 'enterprise' AND v.status = 'approved'
           AND v.data_element = ? AND v.measure = ? AND v.period IN ("""
            + String.join(", ", Collections.nCopies(periods.size(), "?"))
            + ") AND e.region_code LIKE ? AND ("
            + industries
            + ")";
    String columns =
        "v.period, "
            + figure(aggregate)
            + ", "
            + units(aggregate)
            + ", count(*) FILTER (WHERE v.source = 'synthetic')";
    String sql =
        deflation == null
            ? "SELECT " + columns + selection + " GROUP BY v.period"
            : "WITH raw AS (SELECT v.period, v.value, v.previous_year_value, v.source,"
                + " substr(e.industry_code, 1, 3) AS division"
                + selection
                + ")"
                + deflation.sql("value", "true")
                + " SELECT "
                + columns
                + ", "
                + Deflation.unpriced(aggregate)
                + " FROM sel v GROUP BY v.period";
    Map<String, Result> results = new java.util.HashMap<>();
    try (PreparedStatement st = duck.prepareStatement(sql)) {
      int p = 1;
      if (aggregate.function().equals("countif")) {
        st.setBigDecimal(p++, aggregate.threshold());
      }
      st.setString(p++, aggregate.element());
      st.setString(p++, measure);
      for (String period : periods) {
        st.setString(p++, period);
      }
      st.setString(p++, regionPrefix + "%");
      for (String industry : industryPrefixes) {
        st.setString(p++, industry + "%");
      }
      if (deflation != null) {
        deflation.bind(st, p);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          results.put(rs.getString(1), result(rs, 2, deflation != null));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics query failed: " + e.getMessage(), e);
    }
    return results;
  }
}
