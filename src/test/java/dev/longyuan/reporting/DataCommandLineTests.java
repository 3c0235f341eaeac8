package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class DataCommandLineTests {

  static final String KILN = CreditCode.withCheckCharacter("91621000CL1000001").value();

  @Autowired ConfigurableApplicationContext context;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DataCommandLine.run(
            List.of(args),
            context,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void registerTheKiln() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(KILN),
                "测试建材有限公司",
                RegionCode.of("621002"),
                IndustryCode.of("C3011"),
                SizeClass.MEDIUM,
                "私营",
                false)),
        List.of(new PanelMembership(CreditCode.of(KILN), 2019, true)));
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", KILN).update();
  }

  @Test
  void importsAFileAndExportsItAgain() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("kiln.csv"),
            "data_element,reporting_unit,period,measure,value,previous_year_value,comment\n"
                + "P_CEMENT,"
                + KILN
                + ",2019-03,current,12.34,11.9,\n",
            StandardCharsets.UTF_8);

    Run dry = run("import", file.toString(), "--dry-run");
    Run done = run("import", file.toString());
    Run exported = run("export", "--format", "csv", "--unit", KILN);

    assertThat(dry.code()).isZero();
    assertThat(dry.out()).contains("(dry run) created 1");
    assertThat(done.out()).contains("created 1, updated 0, unchanged 0");
    assertThat(exported.code()).isZero();
    assertThat(exported.out()).contains("P_CEMENT," + KILN + ",2019-03,current,12.34,11.9,");
  }

  @Test
  void listsEveryBadRowAndExitsWithOne() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.csv"),
            "data_element,reporting_unit,period,measure,value\nP_CEMENT,"
                + KILN
                + ",2019-02,current,1\n",
            StandardCharsets.UTF_8);

    Run refused = run("import", file.toString());

    assertThat(refused.code()).isOne();
    assertThat(refused.err()).contains("row 2, period [period.invalid]").contains("1月和2月合并报送");
  }

  @Test
  void writesAnExportToAFile() throws Exception {
    Path out = dir.resolve("all.json");

    Run run = run("export", "--format", "json", "--unit", "620000", "--out", out.toString());

    assertThat(run.code()).isZero();
    assertThat(Files.readString(out)).startsWith("{\"values\":[");
  }

  @Test
  void refusesUnknownCommandsAndBadOptions() {
    assertThat(run("nonsense").code()).isEqualTo(2);
    assertThat(run("export", "--format", "pdf").code()).isEqualTo(2);
    assertThat(run("generate", "--years", "2015-2099").code()).isEqualTo(2);
  }
}
