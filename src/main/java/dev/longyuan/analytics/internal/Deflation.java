package dev.longyuan.analytics.internal;

import dev.longyuan.analytics.IndicatorExpression;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How a deflated aggregate brings its values to comparable prices: each unit's value is divided by
 * the product of the price indices (上年同期=100, ÷ 100) at the index periods listed for the value's
 * period (none: the value itself), each the one the province reported, approved, in the measure
 * given, for the unit's GB/T 4754 division ({@code PPI_} + the industry code's first three
 * characters), or where the division has none for that period the all-industry index ({@code PPI}).
 */
public record Deflation(String province, String measure, Map<String, List<String>> indexPeriods) {

  /** The price index of all industry, and the prefix of each division's. */
  private static final String ALL_INDUSTRY_INDEX = "PPI";

  private static final String DIVISION_INDEX = "PPI_";

  /**
   * After a query's {@code raw} (the values selected, with their unit's {@code division}): the
   * price indices and {@code sel}, the same values each with the factor that deflates it (null when
   * an index is missing) and the index periods missing. A factor is the product of its indices ÷
   * 100, summed as logarithms because PostgreSQL, which runs the same text for the benchmark and
   * the tests, has no product(). An index of zero or below is no price level and counts as missing.
   */
  String sql(String table, String condition) {
    int pairs = indexPeriods.values().stream().mapToInt(List::size).sum();
    String chain =
        pairs == 0
            ? "SELECT CAST(NULL AS VARCHAR) AS period, CAST(NULL AS VARCHAR) AS index_period"
                + " WHERE false"
            : "SELECT * FROM (VALUES "
                + String.join(", ", Collections.nCopies(pairs, "(?, ?)"))
                + ") c(period, index_period)";
    return ", chain AS ("
        + chain
        + "), price AS (SELECT v.data_element, v.period, v.value FROM "
        + table
        + " v WHERE "
        + condition
        + " AND v.unit_type = 'region' AND v.status = 'approved' AND v.reporting_unit = ?"
        + " AND v.measure = ? AND v.value > 0), factor AS (SELECT d.period, d.division,"
        + " CASE WHEN count(c.index_period) = count(coalesce(dp.value, ap.value))"
        + " THEN exp(coalesce(sum(ln(coalesce(dp.value, ap.value) / 100)), 0)) END AS factor,"
        + " string_agg(c.index_period, ', ' ORDER BY c.index_period)"
        + " FILTER (WHERE coalesce(dp.value, ap.value) IS NULL) AS missing"
        + " FROM (SELECT DISTINCT period, division FROM raw) d"
        + " LEFT JOIN chain c ON c.period = d.period"
        + " LEFT JOIN price dp ON dp.period = c.index_period"
        + " AND dp.data_element = CAST(? AS VARCHAR) || d.division"
        + " LEFT JOIN price ap ON ap.period = c.index_period AND ap.data_element = ?"
        + " GROUP BY d.period, d.division), sel AS (SELECT raw.*, f.factor, f.missing FROM raw"
        + " LEFT JOIN factor f ON f.period = raw.period AND f.division = raw.division)";
  }

  /** Sets the parameters of {@link #sql} from the one at {@code first}; the next one's index. */
  int bind(PreparedStatement st, int first) throws SQLException {
    int p = first;
    for (Map.Entry<String, List<String>> chain : indexPeriods.entrySet()) {
      for (String index : chain.getValue()) {
        st.setString(p++, chain.getKey());
        st.setString(p++, index);
      }
    }
    st.setString(p++, province);
    st.setString(p++, measure);
    st.setString(p++, DIVISION_INDEX);
    st.setString(p++, ALL_INDUSTRY_INDEX);
    return p;
  }

  /**
   * Over {@code sel}: how many units of the aggregate have no factor, and what they lacked ({@code
   * C17 2016-12, 2017-06; C33 2017-06}).
   */
  static String unpriced(IndicatorExpression.Aggregate aggregate) {
    String left =
        "v.factor IS NULL"
            + (aggregate.function().equals("real") ? " AND v.previous_year_value IS NOT NULL" : "");
    return "count(*) FILTER (WHERE "
        + left
        + "), string_agg(DISTINCT v.division || ' ' || v.missing, '; '"
        + " ORDER BY v.division || ' ' || v.missing) FILTER (WHERE "
        + left
        + ")";
  }
}
