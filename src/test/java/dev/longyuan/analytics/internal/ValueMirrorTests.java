package dev.longyuan.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingRefused;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random interleavings of imports, edits, approvals, deletions (flagged, and outright) and registry
 * changes (moves, removals, returns); after each step every aggregate of the analytics copy equals
 * the same aggregate computed in PostgreSQL: no drift, no double counting.
 */
@PlatformTest
class ValueMirrorTests {

  /** By element, period, measure, unit type, status, source and city: count, Σ本期, Σ上年同期. */
  static final String AGGREGATE =
      """
      SELECT v.data_element, v.period, v.measure, v.unit_type, v.status, v.source,
             substr(coalesce(e.region_code, v.reporting_unit), 1, 4) AS city,
             count(*) AS n, sum(v.value) AS total, sum(v.previous_year_value) AS previous
        FROM %s v LEFT JOIN enterprise e ON e.credit_code = v.reporting_unit
       WHERE %s
       GROUP BY 1, 2, 3, 4, 5, 6, 7""";

  static final List<String> CITIES = List.of("620102", "620402", "620200");
  static final List<String> ELEMENTS = List.of("GO", "VA", "REV");

  @Autowired ValueMirror mirror;

  @Autowired ValueFiles files;

  @Autowired Approvals approvals;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  final Random random = new Random(20261127);
  final List<String> units = new ArrayList<>();

  @Test
  void staysEqualToPostgresqlThroughRandomWrites() throws Exception {
    for (int i = 1; i <= 6; i++) {
      String code = CreditCode.withCheckCharacter("9162010" + i + "MRR0R000" + i).value();
      units.add(code);
      register(code, CITIES.get(i % CITIES.size()));
    }
    units.add("620100");
    units.add("620200");
    jdbc.sql("DELETE FROM data_value WHERE period LIKE '2013%'").update();

    for (int step = 0; step < 60; step++) {
      switch (random.nextInt(7)) {
        case 0, 1 -> importSome();
        case 2 -> approveOne();
        case 3 -> deleteOne();
        case 4 -> removeOne();
        case 5 ->
            jdbc.sql("DELETE FROM enterprise WHERE credit_code = :c")
                .param("c", pick(units.subList(0, 6)))
                .update();
        default -> register(pick(units.subList(0, 6)), pick(CITIES));
      }
      assertThat(mirrored()).as("after step " + step).isEqualTo(postgres());
    }
    assertThat(postgres()).as("the steps left values to compare").isNotEmpty();
  }

  void importSome() {
    StringBuilder csv =
        new StringBuilder("data_element,reporting_unit,period,measure,value,previous_year_value\n");
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      int value = 100 + random.nextInt(900);
      csv.append(pick(ELEMENTS))
          .append(',')
          .append(pick(units))
          .append(",2013-0")
          .append(3 + random.nextInt(3))
          .append(",current,")
          .append(value)
          .append('.')
          .append(random.nextInt(10))
          .append(',')
          .append(random.nextBoolean() ? String.valueOf(value - 7) : "")
          .append('\n');
    }
    // VA above GO is refused by a hard rule: a refused import must leave both sides alike too
    files.importFile(
        "mirror.csv", csv.toString().getBytes(StandardCharsets.UTF_8), false, "mirror");
  }

  void approveOne() {
    String unit = pick(units);
    String period = "2013-0" + (3 + random.nextInt(3));
    // the bureau of the unit's region approves it; a region's own figures, or a unit no longer in
    // the registry, go to the province
    DataScope scope =
        reporting
            .enterprise(unit)
            .map(e -> DataScope.region(e.regionCode()))
            .orElse(DataScope.everything(true));
    try {
      approvals.approve(
          new ApprovalRequest(unit, period, null, ApprovalAction.APPROVE, null, null, "mirror"),
          scope);
    } catch (ReportingRefused nothingToApprove) {
      // a unit and period with nothing in a state to approve: a step that changes nothing
    }
  }

  void deleteOne() {
    jdbc.sql(
            """
            UPDATE data_value SET deleted = true
             WHERE ctid = (SELECT ctid FROM data_value WHERE period LIKE '2013%' AND NOT deleted
                            ORDER BY change_seq LIMIT 1 OFFSET :skip)""")
        .param("skip", random.nextInt(5))
        .update();
  }

  /** Removed outright, not flagged: what a clean-up script or a restore might do. */
  void removeOne() {
    jdbc.sql(
            """
            DELETE FROM data_value
             WHERE ctid = (SELECT ctid FROM data_value WHERE period LIKE '2013%'
                            ORDER BY change_seq LIMIT 1 OFFSET :skip)""")
        .param("skip", random.nextInt(5))
        .update();
  }

  void register(String code, String region) {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                "测试镜像企业",
                RegionCode.of(region),
                IndustryCode.of("C3311"),
                SizeClass.SMALL,
                "私营",
                false)),
        List.of());
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  Map<String, String> postgres() {
    Map<String, String> rows = new TreeMap<>();
    jdbc.sql(AGGREGATE.formatted("data_value", "NOT v.deleted AND v.period LIKE '2013%'"))
        .query(
            rs -> {
              rows.put(key(rs), figures(rs));
            });
    return rows;
  }

  Map<String, String> mirrored() throws Exception {
    Map<String, String> rows = new TreeMap<>();
    try (Connection duck = mirror.reader();
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(AGGREGATE.formatted("value", "v.period LIKE '2013%'"))) {
      while (rs.next()) {
        rows.put(key(rs), figures(rs));
      }
    }
    return rows;
  }

  static String key(ResultSet rs) throws java.sql.SQLException {
    StringBuilder key = new StringBuilder();
    for (int i = 1; i <= 7; i++) {
      key.append(rs.getString(i)).append('|');
    }
    return key.toString();
  }

  static String figures(ResultSet rs) throws java.sql.SQLException {
    return rs.getLong("n")
        + " "
        + plain(rs.getBigDecimal("total"))
        + " "
        + plain(rs.getBigDecimal("previous"));
  }

  static String plain(BigDecimal number) {
    return number == null ? "-" : number.stripTrailingZeros().toPlainString();
  }
}
