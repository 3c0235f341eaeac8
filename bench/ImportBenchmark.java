package dev.longyuan.bench;

import dev.longyuan.LongyuanApplication;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.SyntheticData;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.synthetic.SyntheticOptions;
import dev.longyuan.reporting.synthetic.SyntheticPanel;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing N values from a CSV file with every check (row checks, hard rules, comparison with what
 * is stored, audit), against PostgreSQL's own COPY of the same file into a bare table, on the same
 * embedded server in the same run. Run with bench/run-import-benchmark.sh.
 */
public final class ImportBenchmark {

  public static void main(String[] args) throws Exception {
    int values = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path home = Files.createTempDirectory("longyuan-bench");
    System.setProperty("longyuan.home", home.toString());
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LongyuanApplication.class)
            .web(WebApplicationType.NONE)
            .properties("longyuan.shipped-data.enabled=false", "logging.level.root=WARN", "logging.level.dev.longyuan.reporting=DEBUG", "longyuan.home=" + home)
            .run()) {
      // the enterprises of a synthetic panel big enough for the values asked for
      SyntheticPanel panel = SyntheticPanel.generate(SyntheticOptions.of(7L, 2000, "2015-2020"));
      context.getBean(ReportingService.class).registerEnterprises(panel.enterprises(), panel.panel());
      byte[] csv = csv(panel.valueIterator(), values);
      JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
      jdbc.execute(
          "CREATE TABLE bench_copy (data_element text, reporting_unit text, period text, measure text,"
              + " value numeric, previous_year_value numeric, comment text)");
      ValueFiles files = context.getBean(ValueFiles.class);
      System.out.printf("%d values, %.1f MB of CSV, %d rounds%n", values, csv.length / 1e6, rounds);
      for (int round = 1; round <= rounds; round++) {
        jdbc.execute("TRUNCATE bench_copy");
        jdbc.execute("TRUNCATE data_value, data_value_audit");
        long copyStart = System.nanoTime();
        copy(context.getBean(DataSource.class), csv);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;

        long importStart = System.nanoTime();
        ImportOutcome outcome = files.importFile("bench.csv", csv, false, "bench");
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        if (!outcome.accepted() || outcome.created() != values) {
          throw new IllegalStateException("import refused or incomplete: " + outcome.errors().stream().limit(5).toList());
        }
        System.out.printf(
            "round %d: COPY %.2f s (%.0f values/s); import with full validation %.2f s (%.0f values/s); import/COPY speed ratio %.2f%n",
            round, copySeconds, values / copySeconds, importSeconds, values / importSeconds, copySeconds / importSeconds);
      }
    } finally {
      // the benchmark's database, gigabytes of it, goes with the run
      org.springframework.util.FileSystemUtils.deleteRecursively(home);
    }
  }

  private static byte[] csv(Iterator<ValueRecord> records, int count) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 80);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      out.write("data_element,reporting_unit,period,measure,value,previous_year_value,comment\n");
      for (int i = 0; i < count; i++) {
        ValueRecord r = records.next();
        out.write(r.dataElement() + "," + r.reportingUnit() + "," + r.period().code() + "," + r.measure().word() + ","
            + r.value().toPlainString() + "," + (r.previousYearValue() == null ? "" : r.previousYearValue().toPlainString()) + ",\n");
      }
    }
    return bytes.toByteArray();
  }

  private static void copy(DataSource dataSource, byte[] csv) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", new java.io.ByteArrayInputStream(csv));
    }
  }
}
