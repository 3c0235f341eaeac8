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

  /** What one aggregate came to, over how many units. */
  public record Result(@Nullable BigDecimal value, long units, long syntheticValues) {
    public static final Result NONE = new Result(null, 0, 0);
  }

  private static final Map<String, String> COMPARATORS =
      Map.of(">", ">", "<", "<", ">=", ">=", "<=", "<=", "=", "=");

  private final ValueMirror mirror;

  MirrorQueries(ValueMirror mirror) {
    this.mirror = mirror;
  }

  /** A region's own approved figure and where it comes from (official, reported, synthetic). */
  public record RegionFigure(BigDecimal value, String source) {}

  public java.util.Optional<RegionFigure> regionFigure(
      String element, String regionCode, String period, String measure) {
    try (Connection duck = mirror.reader();
        PreparedStatement st =
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

  public Result aggregate(
      IndicatorExpression.Aggregate aggregate,
      String period,
      String measure,
      String regionPrefix,
      List<String> industryPrefixes) {
    String figure =
        switch (aggregate.function()) {
          case "sum" -> "sum(v.value)";
          case "same" -> "sum(v.value) FILTER (WHERE v.previous_year_value IS NOT NULL)";
          case "prev" -> "sum(v.previous_year_value)";
          case "count" -> "count(*)";
          case "countif" ->
              "count(*) FILTER (WHERE v.value " + COMPARATORS.get(aggregate.comparator()) + " ?)";
          default -> throw new IllegalArgumentException(aggregate.function());
        };
    String units =
        aggregate.function().equals("same") || aggregate.function().equals("prev")
            ? "count(v.previous_year_value)"
            : "count(*)";
    String industries =
        industryPrefixes.isEmpty()
            ? "true"
            : String.join(
                " OR ", Collections.nCopies(industryPrefixes.size(), "e.industry_code LIKE ?"));
    String sql =
        "SELECT "
            + figure
            + ", "
            + units
            + ", count(*) FILTER (WHERE v.source = 'synthetic')"
            + """
             FROM value v JOIN enterprise e ON e.credit_code = v.reporting_unit
             WHERE v.unit_type = 'enterprise' AND v.status = 'approved'
               AND v.data_element = ? AND v.period = ? AND v.measure = ?
               AND e.region_code LIKE ? AND ("""
            + industries
            + ")";
    try (Connection duck = mirror.reader();
        PreparedStatement st = duck.prepareStatement(sql)) {
      int p = 1;
      if (aggregate.function().equals("countif")) {
        st.setBigDecimal(p++, aggregate.threshold());
      }
      st.setString(p++, aggregate.element());
      st.setString(p++, period);
      st.setString(p++, measure);
      st.setString(p++, regionPrefix + "%");
      for (String industry : industryPrefixes) {
        st.setString(p++, industry + "%");
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        long count = rs.getLong(2);
        BigDecimal value = rs.getBigDecimal(1);
        // count() of no unit is 0, but an indicator over no unit has no value
        return count == 0
            ? Result.NONE
            : new Result(value == null ? BigDecimal.ZERO : value, count, rs.getLong(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the analytics query failed: " + e.getMessage(), e);
    }
  }
}
