package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.LongyuanApplication;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueFiles;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of one home restored into another gives the same data, table by table and byte for byte;
 * refused backups and restores write nothing.
 */
class BackupRestoreTests {

  static final String STEEL = CreditCode.withCheckCharacter("91620200BKUP00001").value();

  @TempDir static Path work;

  static Path backup;

  /** The second home, restored from {@link #backup}; open for every test. */
  static ConfigurableApplicationContext restored;

  static String restoreOutput;

  @BeforeAll
  static void backUpOneHomeAndRestoreIntoAnother() throws IOException {
    backup = work.resolve("backup");
    try (ConfigurableApplicationContext source = start(work.resolve("home-a"))) {
      source
          .getBean(ReportingService.class)
          .registerEnterprises(
              List.of(
                  new Enterprise(
                      CreditCode.of(STEEL),
                      "备份测试钢铁有限公司",
                      RegionCode.of("620200"),
                      IndustryCode.of("C3120"),
                      SizeClass.LARGE,
                      "国有",
                      false)),
              List.of(new PanelMembership(CreditCode.of(STEEL), 2019, true)));
      ImportOutcome first = importCsv(source, "GO,%s,2019-01/02,ytd,52000.5,48000,首次\n");
      ImportOutcome second =
          importCsv(
              source, "GO,%s,2019-01/02,ytd,52100.7,48000,更正\nVA,%s,2019-01/02,ytd,13000,12100,\n");
      assertThat(first.errors()).isEmpty();
      assertThat(second.errors()).isEmpty();
      // the imports wrote their audit entries; one more, so that the chain is longer than its seed
      source
          .getBean(AuditLog.class)
          .record("tester", "test", "test.entry", "backup", "before the backup");
      assertThat(admin(source, "backup", backup.toString()).code()).isZero();
    }
    restored = start(work.resolve("home-b"));
    Run restore = admin(restored, "restore", backup.toString());
    restoreOutput = restore.out() + restore.err();
    assertThat(restore.code()).as(restoreOutput).isZero();
  }

  @AfterAll
  static void closeTheRestoredHome() {
    if (restored != null) {
      restored.close();
    }
  }

  @Test
  void aRestoredHomeBacksUpToTheSameFilesByteForByte() throws IOException {
    Path again = work.resolve("backup-of-restored");
    assertThat(admin(restored, "backup", again.toString()).code()).isZero();

    Map<String, byte[]> first = csvFiles(backup);
    Map<String, byte[]> second = csvFiles(again);
    assertThat(second.keySet()).isEqualTo(first.keySet()).contains("data_value.csv", "plan.csv");
    first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    assertThat(withoutTime(Files.readString(again.resolve("manifest.json"))))
        .isEqualTo(withoutTime(Files.readString(backup.resolve("manifest.json"))));
  }

  @Test
  void theBackupHoldsTheValuesTheirHistoryAndThePlan() throws IOException {
    JdbcClient jdbc = restored.getBean(JdbcClient.class);
    assertThat(count(jdbc, "data_value")).isEqualTo(2);
    assertThat(count(jdbc, "data_value_audit")).isEqualTo(3);
    assertThat(count(jdbc, "plan_target")).isPositive();
    assertThat(jdbc.sql("SELECT position FROM audit_head").query(Long.class).single())
        .isEqualTo(3L);
    assertThat(Files.readString(backup.resolve("data_value_audit.csv")))
        .contains("52000.5", "52100.7");
    assertThat(restoreOutput).contains("restored", "恢复");
  }

  @Test
  void theRestoredAuditChainIsIntact() {
    Run check = admin(restored, "audit-check");

    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("3 entries", "3 条记录");
  }

  @Test
  void newRowsAfterARestoreDoNotCollideWithRestoredIds() {
    JdbcClient jdbc = restored.getBean(JdbcClient.class);
    long max = jdbc.sql("SELECT max(id) FROM data_value_audit").query(Long.class).single();
    long next =
        jdbc.sql("SELECT nextval(pg_get_serial_sequence('data_value_audit', 'id'))")
            .query(Long.class)
            .single();
    assertThat(next).isGreaterThan(max);
  }

  @Nested
  class Refuses {

    @Test
    void aBackupIntoADirectoryThatIsNotEmpty() throws IOException {
      Path taken = Files.createDirectories(work.resolve("taken"));
      Files.writeString(taken.resolve("keep.txt"), "mine");

      Run run = admin(restored, "backup", taken.toString());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("不是空目录", "is not empty");
      try (Stream<Path> files = Files.list(taken)) {
        assertThat(files).containsExactly(taken.resolve("keep.txt"));
      }
      try (Stream<Path> files = Files.list(work)) {
        assertThat(files).noneMatch(p -> p.getFileName().toString().contains(".partial-"));
      }
    }

    @Test
    void aRestoreOfAnAlteredFileAndWritesNothing() throws IOException {
      Path tampered = copyOf(backup, work.resolve("tampered"));
      Path values = tampered.resolve("data_value.csv");
      Files.writeString(values, Files.readString(values).replace("52100.7", "99999.7"));
      Map<String, Long> before = counts();

      Run run = admin(restored, "restore", tampered.toString());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("SHA-256", "data_value.csv", "已损坏或被改动", "altered");
      assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aRestoreIntoAHomeThatIsNotEmptyAndWritesNothing() {
      Map<String, Long> before = counts();

      Run run = admin(restored, "restore", backup.toString());

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("目标数据库不是空的", "not empty", "data_value (2)", "enterprise (1)");
      assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aRestoreOfAnotherSchemaVersionNamingBoth() throws IOException {
      Path older = copyOf(backup, work.resolve("older"));
      Path manifest = older.resolve("manifest.json");
      Files.writeString(
          manifest,
          Files.readString(manifest)
              .replaceFirst("\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"3\""));

      Run run = admin(restored, "restore", older.toString());

      String installed =
          restored
              .getBean(JdbcClient.class)
              .sql(
                  "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
              .query(String.class)
              .single();
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .contains("版本是 3", "version 3", "this database is at version " + installed);
    }

    @Test
    void anUnknownSubCommandWithTheUsage() {
      Run run = admin(restored, "dump", "x");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("用法 / usage", "admin backup DIR", "admin restore DIR");
    }
  }

  record Run(int code, String out, String err) {}

  static Run admin(ConfigurableApplicationContext context, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AdminCommandLine.run(
            List.of(args),
            context,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static ConfigurableApplicationContext start(Path home) {
    return new SpringApplicationBuilder(LongyuanApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "longyuan.shipped-data.enabled=false",
            "longyuan.monitoring.warm-up=false",
            "logging.level.root=WARN")
        // a command-line argument outranks the test run's own longyuan.home system property
        .run("--longyuan.home=" + home);
  }

  static ImportOutcome importCsv(ConfigurableApplicationContext context, String rows) {
    String csv =
        "data_element,reporting_unit,period,measure,value,previous_year_value,comment\n"
            + rows.replace("%s", STEEL);
    return context
        .getBean(ValueFiles.class)
        .importFile("values.csv", csv.getBytes(StandardCharsets.UTF_8), false, "tester");
  }

  Map<String, Long> counts() {
    JdbcClient jdbc = restored.getBean(JdbcClient.class);
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        List.of("plan", "data_element", "enterprise", "data_value", "data_value_audit")) {
      counts.put(table, count(jdbc, table));
    }
    return counts;
  }

  static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  static Map<String, byte[]> csvFiles(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.filter(p -> p.toString().endsWith(".csv")).toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static String withoutTime(String manifest) {
    return manifest.replaceFirst("\"takenAt\" : \"[^\"]*\"", "");
  }

  static Path copyOf(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> entries = Files.list(from)) {
      for (Path p : entries.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
    return to;
  }
}
