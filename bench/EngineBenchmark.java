package dev.longyuan.analytics.internal;

import dev.longyuan.LongyuanApplication;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.analytics.IndicatorTable;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Sector;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.reporting.synthetic.SyntheticOptions;
import dev.longyuan.reporting.synthetic.SyntheticPanel;
import dev.longyuan.shared.DataScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The analytics engine on the full-size synthetic panel: 2,000 enterprises × 60 element-measure
 * series × 121 monthly periods (2011–2021, 1–2月 as one) ≈ 14.5 million values. Times (a) the full
 * recomputation of every benchmark indicator for every period × region (province, cities, counties)
 * × sector (all industries and the plan's sectors) through the engine, against the same grouped
 * aggregations run directly on DuckDB and by PostgreSQL on its own tables in the same run; and (b)
 * one changed value becoming visible to an indicator query. Run with bench/run-engine-benchmark.sh.
 * (In this package only to reach the copy's reader for the DuckDB-direct reference.)
 */
public final class EngineBenchmark {

  /** Monthly flows reported 当月 and 累计: 19 × 2 series; with 22 price indices, 60 in all. */
  static final List<String> FLOWS =
      List.of(
          "GO", "VA", "REV", "MBR", "PROFIT", "LOSS", "ENERGY", "P_CRUDE_PROC", "P_COAL",
          "P_PIG_IRON", "P_CRUDE_STEEL", "P_STEEL", "P_COPPER", "P_ALUMINIUM", "P_NF10",
          "P_CEMENT", "P_POWER", "VA_ALL", "FAI");

  static final List<String> DEFINITIONS =
      List.of(
          "sum(VA)",
          "same(VA) / prev(VA) * 100 - 100",
          "sum(PROFIT) / sum(REV) * 100",
          "countif(LOSS > 0) / count(REV) * 100",
          "sum(ENERGY) / sum(VA)",
          "same(REV) / prev(REV) * 100 - 100");

  public static void main(String[] args) throws Exception {
    int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path home = Files.createTempDirectory("longyuan-engine-bench");
    System.setProperty("longyuan.home", home.toString());
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LongyuanApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "longyuan.shipped-data.enabled=false",
                "logging.level.root=WARN",
                "longyuan.home=" + home)
            .run()) {
      SyntheticPanel panel =
          SyntheticPanel.generate(SyntheticOptions.of(11L, enterprises, "2015-2020"));
      ReportingService reporting = context.getBean(ReportingService.class);
      reporting.registerEnterprises(panel.enterprises(), panel.panel());
      List<String> units =
          panel.enterprises().stream().map(e -> e.creditCode().value()).distinct().toList();
      List<String> periods = new ArrayList<>();
      for (int year = 2011; year <= 2021; year++) {
        periods.add(year + "-01/02");
        for (int month = 3; month <= 12; month++) {
          periods.add(year + "-" + (month < 10 ? "0" : "") + month);
        }
      }
      DataSource dataSource = context.getBean(DataSource.class);
      long loadStart = System.nanoTime();
      List<String[]> series = new ArrayList<>();
      for (String flow : FLOWS) {
        series.add(new String[] {flow, "current"});
        series.add(new String[] {flow, "ytd"});
      }
      reporting.elements().stream()
          .filter(e -> e.code().startsWith("PPI_"))
          .limit(60 - series.size())
          .forEach(e -> series.add(new String[] {e.code(), "current"}));
      long values = load(dataSource, units, periods, series);
      System.out.printf(
          "%d enterprises, %d periods, %d values written to PostgreSQL by COPY in %.1f s%n",
          units.size(), periods.size(), values, (System.nanoTime() - loadStart) / 1e9);
      try (Connection pg = dataSource.getConnection()) {
        pg.createStatement().execute("VACUUM ANALYZE data_value");
        pg.createStatement().execute("ANALYZE enterprise");
      }

      ValueMirror mirror = context.getBean(ValueMirror.class);
      long mirrorStart = System.nanoTime();
      mirror.catchUp();
      System.out.printf(
          "analytics copy loaded from PostgreSQL in %.1f s%n", (System.nanoTime() - mirrorStart) / 1e9);

      IndicatorEngine engine = context.getBean(IndicatorEngine.class);
      MirrorQueries queries = context.getBean(MirrorQueries.class);
      Map<String, List<String>> sectors = sectors(context.getBean(PlanCatalog.class));
      List<IndicatorExpression> definitions = DEFINITIONS.stream().map(engine::parse).toList();
      String province = "620000";

      for (int round = 1; round <= 3; round++) {
        long engineStart = System.nanoTime();
        long cells = 0;
        for (IndicatorExpression definition : definitions) {
          IndicatorTable table =
              engine.evaluateAll(definition, DataScope.everything(false), periods, "ytd", sectors);
          cells += table.rows().size();
        }
        double engineSeconds = (System.nanoTime() - engineStart) / 1e9;

        long duckStart = System.nanoTime();
        try (Connection duck = queries.open()) {
          for (IndicatorExpression definition : definitions) {
            for (IndicatorExpression.Aggregate aggregate : definition.aggregates()) {
              queries.aggregateAll(duck, aggregate, periods, "ytd", province, sectors, null);
            }
          }
        }
        double duckSeconds = (System.nanoTime() - duckStart) / 1e9;

        long pgStart = System.nanoTime();
        try (Connection pg = dataSource.getConnection()) {
          for (IndicatorExpression definition : definitions) {
            for (IndicatorExpression.Aggregate aggregate : definition.aggregates()) {
              runOnPostgres(pg, aggregate, periods, sectors);
            }
          }
        }
        double pgSeconds = (System.nanoTime() - pgStart) / 1e9;
        System.out.printf(
            "round %d (a) %d indicators, %d cells: engine %.2f s; the same aggregations on DuckDB"
                + " directly %.2f s (engine ÷ DuckDB %.2f); on PostgreSQL %.2f s (PostgreSQL ÷"
                + " engine %.1f)%n",
            round,
            definitions.size(),
            cells,
            engineSeconds,
            duckSeconds,
            engineSeconds / duckSeconds,
            pgSeconds,
            pgSeconds / engineSeconds);
      }

      // (b) one value changed, then asked for until the answer shows it
      Enterprise first = panel.enterprises().get(0);
      IndicatorExpression va = engine.parse("sum(VA)");
      String county = first.regionCode().value();
      for (int round = 1; round <= 5; round++) {
        // a month not yet reported (approved values are locked): nothing before, a value after
        String period = "2022-0" + (2 + round);
        BigDecimal before =
            engine.evaluate(va, DataScope.everything(false), county, null, period, "ytd").value();
        long changeStart = System.nanoTime();
        var outcome =
            reporting.importRows(
            new ReportingService.ImportRequest(
                "bench-change", "csv", "-", false, "bench", "synthetic", "approved", null,
                DataScope.everything(true)),
            List.of(
                new ValueRow(
                    2, null, "VA", first.creditCode().value(), period, "ytd", "12.5", null, null)),
            List.of());
        if (!outcome.accepted()) {
          throw new IllegalStateException("the change was refused: " + outcome.errors());
        }
        long committed = System.nanoTime();
        BigDecimal after;
        do {
          after =
              engine.evaluate(va, DataScope.everything(false), county, null, period, "ytd").value();
        } while (java.util.Objects.equals(after, before));
        long visible = System.nanoTime();
        System.out.printf(
            "round %d (b) one changed value: import committed in %.1f ms, visible to the next"
                + " indicator query %.1f ms after the commit%n",
            round, (committed - changeStart) / 1e6, (visible - committed) / 1e6);
      }
    } finally {
      // the benchmark's database, gigabytes of it, goes with the run
      org.springframework.util.FileSystemUtils.deleteRecursively(home);
    }
  }

  static Map<String, List<String>> sectors(PlanCatalog plans) {
    Map<String, List<String>> sectors = new LinkedHashMap<>();
    for (Sector sector : plans.plan("gansu-13fyp-industry").orElseThrow().sectors()) {
      List<String> codes = sector.industryCodes().stream().map(c -> c.value()).toList();
      if (!codes.isEmpty()) {
        sectors.put(sector.code(), codes);
      }
    }
    return sectors;
  }

  static long load(
      DataSource dataSource, List<String> units, List<String> periods, List<String[]> series)
      throws Exception {
    SplittableRandom random = new SplittableRandom(20261127);
    long count = 0;
    try (Connection connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (String unit : units) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
        StringBuilder line = new StringBuilder(120);
        for (String[] one : series) {
          String element = one[0];
          String measure = one[1];
          for (String period : periods) {
            double value = 10 + random.nextDouble() * 1000;
            line.setLength(0);
            line.append(element).append(',').append(unit).append(",enterprise,").append(period)
                .append(',').append(measure).append(',')
                .append(String.format("%.1f", value)).append(',')
                .append(String.format("%.1f", value * (0.8 + random.nextDouble() * 0.4)))
                .append(",synthetic,approved,province,bench\n");
            chunk.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            count++;
          }
        }
        copy.copyIn(
            "COPY data_value (data_element, reporting_unit, unit_type, period, measure, value,"
                + " previous_year_value, source, status, approved_level, updated_by)"
                + " FROM STDIN WITH (FORMAT csv)",
            new ByteArrayInputStream(chunk.toByteArray()));
      }
    }
    return count;
  }

  static void runOnPostgres(
      Connection pg,
      IndicatorExpression.Aggregate aggregate,
      List<String> periods,
      Map<String, List<String>> sectors)
      throws Exception {
    String sql =
        MirrorQueries.groupedSql(
                aggregate, periods.size(), sectors, null, "data_value", "NOT v.deleted")
            .replace("VARCHAR", "text");
    try (PreparedStatement st = pg.prepareStatement(sql)) {
      MirrorQueries.bindGrouped(st, aggregate, periods, "ytd", sectors, null);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          // read every row, as the engine does
        }
      }
    }
  }
}
