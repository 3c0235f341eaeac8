package dev.longyuan.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.PlatformTest;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grouped aggregation's SQL (the engine's, and the benchmark's on PostgreSQL) run on the
 * analytics copy and on PostgreSQL's own tables gives the same rows, deflated aggregates included:
 * the same units, the same values, the same units without a price index.
 */
@PlatformTest
class GroupedQueryTests {

  static final String WORKS = CreditCode.withCheckCharacter("91620702GR0UPED01").value();
  static final String MINE = CreditCode.withCheckCharacter("91620702GR0UPED02").value();
  static final List<String> PERIODS = List.of("2018-12", "2019-06", "2019-12");
  static final Map<String, List<String>> SECTORS = Map.of("C33", List.of("C33"));

  @Autowired ValueMirror mirror;

  @Autowired ReportingService reporting;

  @Autowired DataSource dataSource;

  @Autowired JdbcClient jdbc;

  @Test
  void givesOnPostgresqlWhatItGivesOnTheCopy() throws Exception {
    report();
    // constant(VA, 2017): 2018 by its own index, 2019 by 2018's and its own
    Deflation constant =
        new Deflation(
            "620000",
            "ytd",
            Map.of(
                "2018-12", List.of("2018-12"),
                "2019-06", List.of("2018-12", "2019-06"),
                "2019-12", List.of("2018-12", "2019-12")));
    Deflation real =
        new Deflation(
            "620000",
            "ytd",
            Map.of(
                "2018-12", List.of("2018-12"),
                "2019-06", List.of("2019-06"),
                "2019-12", List.of("2019-12")));
    // sum(VA), at current prices, is there to show the query undeflated agrees too
    Map<String, Deflation> deflations =
        Map.of("real(VA)", real, "constant(VA, 2017)", constant, "sum(VA)", real);
    for (Map.Entry<String, Deflation> one : deflations.entrySet()) {
      IndicatorExpression.Aggregate aggregate = aggregate(one.getKey());
      Deflation deflation = aggregate.deflated() ? one.getValue() : null;
      Map<String, List<BigDecimal>> copy;
      try (Connection duck = mirror.reader()) {
        copy = rows(duck, aggregate, deflation, "value", "true");
      }
      Map<String, List<BigDecimal>> postgres;
      try (Connection pg = dataSource.getConnection()) {
        postgres = rows(pg, aggregate, deflation, "data_value", "NOT v.deleted");
      }
      assertThat(postgres.keySet()).as(one.getKey()).isEqualTo(copy.keySet());
      for (String key : copy.keySet()) {
        List<BigDecimal> a = copy.get(key);
        List<BigDecimal> b = postgres.get(key);
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i) == null || b.get(i) == null) {
            assertThat(b.get(i)).as(one.getKey() + " " + key + " column " + i).isEqualTo(a.get(i));
          } else {
            // the copy divides in double precision, PostgreSQL in numeric
            assertThat(a.get(i).subtract(b.get(i)).abs())
                .as(one.getKey() + " " + key + " column " + i)
                .isLessThan(new BigDecimal("1e-8"));
          }
        }
      }
    }
    // the works is deflated throughout; the mine has no index for June and leaves no value
    Map<String, List<BigDecimal>> county;
    try (Connection duck = mirror.reader()) {
      county = rows(duck, aggregate("constant(VA, 2017)"), constant, "value", "true");
    }
    // 2019: 1200 / (1.05 × 0.90) + 300 / (0.97 × 1.02) = 1269.8413 + 303.2141
    assertThat(county.get("2019-12|all|620702").get(0))
        .isCloseTo(new BigDecimal("1573.0554"), within(new BigDecimal("0.0001")));
    assertThat(county.get("2019-06|all|620702"))
        .containsExactly(null, BigDecimal.valueOf(2), BigDecimal.ONE);
  }

  void report() {
    reporting.registerEnterprises(
        List.of(enterprise(WORKS, "C3311"), enterprise(MINE, "B0610")), List.of());
    jdbc.sql(
            """
            DELETE FROM data_value
             WHERE reporting_unit IN (:units)
                OR (reporting_unit = '620000' AND data_element LIKE 'PPI%'
                    AND left(period, 4) IN ('2018', '2019'))""")
        .param("units", List.of(WORKS, MINE))
        .update();
    List<ValueRow> rows = new ArrayList<>();
    String[][] values = {
      {"VA", WORKS, "2018-12", "1000", "900"},
      {"VA", MINE, "2018-12", "280", "250"},
      {"VA", WORKS, "2019-06", "560", "500"},
      {"VA", MINE, "2019-06", "140", "150"},
      {"VA", WORKS, "2019-12", "1200", "1000"},
      {"VA", MINE, "2019-12", "300", "280"},
      {"PPI_C33", "620000", "2018-12", "105", null},
      {"PPI_C33", "620000", "2019-06", "92", null},
      {"PPI_C33", "620000", "2019-12", "90", null},
      {"PPI", "620000", "2018-12", "97", null},
      {"PPI", "620000", "2019-12", "102", null},
    };
    for (String[] v : values) {
      rows.add(new ValueRow(rows.size() + 2, null, v[0], v[1], v[2], "ytd", v[3], v[4], null));
    }
    ImportOutcome outcome =
        reporting.importRows(
            new ImportRequest(
                "grouped.csv",
                "csv",
                "-",
                false,
                "grouped-test",
                "reported",
                "approved",
                null,
                DataScope.everything(true)),
            rows,
            List.of());
    assertThat(outcome.errors()).isEmpty();
  }

  static Enterprise enterprise(String code, String industry) {
    return new Enterprise(
        CreditCode.of(code),
        "测试分组企业",
        RegionCode.of("620702"),
        IndustryCode.of(industry),
        SizeClass.MEDIUM,
        "私营",
        false);
  }

  static IndicatorExpression.Aggregate aggregate(String written) {
    return IndicatorExpression.parse(written, code -> true, code -> true).aggregates().get(0);
  }

  /**
   * By period, sector (all) and region (the grouping set's city or county; the province's row as
   * {@code province}): the value, units and units without a price index.
   */
  static Map<String, List<BigDecimal>> rows(
      Connection connection,
      IndicatorExpression.Aggregate aggregate,
      Deflation deflation,
      String table,
      String condition)
      throws Exception {
    String sql =
        MirrorQueries.groupedSql(aggregate, PERIODS.size(), SECTORS, deflation, table, condition)
            .replace("VARCHAR", "text");
    Map<String, List<BigDecimal>> rows = new TreeMap<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      MirrorQueries.bindGrouped(st, aggregate, PERIODS, "ytd", SECTORS, deflation);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String region =
              rs.getInt(3) == 1 && rs.getInt(4) == 1
                  ? "province"
                  : rs.getInt(4) == 1 ? rs.getString(5) : rs.getString(6);
          String sector = rs.getString(2) == null ? "all" : rs.getString(2);
          List<BigDecimal> figures = new ArrayList<>();
          figures.add(rs.getBigDecimal(7));
          figures.add(BigDecimal.valueOf(rs.getLong(8)));
          figures.add(BigDecimal.valueOf(deflation == null ? 0 : rs.getLong(10)));
          rows.put(rs.getString(1) + "|" + sector + "|" + region.strip(), figures);
        }
      }
    }
    return rows;
  }
}
