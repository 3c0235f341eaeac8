package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.LongyuanApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** kill -9 in the middle of a large import leaves nothing of it behind. */
class ImportCrashTests {

  @TempDir Path home;

  @Test
  void aProcessKilledInTheMiddleOfAnImportLeavesNothingOfIt() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ImportKilledMain.class.getName(),
                home.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("IMPORTING")) {
        // wait until the import has begun
      }
      assertThat(line).isEqualTo("IMPORTING");
      // watch the child's own database until its import is writing, then kill it
      String port = Files.readString(home.resolve("postgresql.port")).strip();
      try (Connection watcher =
          DriverManager.getConnection(
              "jdbc:postgresql://localhost:" + port + "/longyuan", "postgres", "")) {
        String phase = "";
        for (int i = 0; i < 3000 && !phase.equals("writing"); i++) {
          Thread.sleep(20);
          try (ResultSet rs =
              watcher
                  .createStatement()
                  .executeQuery("SELECT coalesce(max(phase), '') FROM data_import")) {
            rs.next();
            phase = rs.getString(1);
          }
        }
        assertThat(phase).isEqualTo("writing");
      }
      Thread.sleep(300);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    try (ConfigurableApplicationContext restarted =
        new SpringApplicationBuilder(LongyuanApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "longyuan.shipped-data.enabled=false",
                "longyuan.monitoring.warm-up=false",
                "logging.level.root=WARN")
            // a command-line argument outranks the test run's own longyuan.home system property
            .run("--longyuan.home=" + home)) {
      JdbcClient jdbc = restarted.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single())
          .as(
              jdbc.sql(
                      "SELECT state || ' ' || coalesce(phase, '') || ' ' || rows_total FROM data_import")
                  .query(String.class)
                  .list()
                  .toString())
          .isZero();
      assertThat(jdbc.sql("SELECT count(*) FROM data_value_audit").query(Long.class).single())
          .isZero();
      assertThat(jdbc.sql("SELECT state FROM data_import").query(String.class).list())
          .containsOnly("failed");
      assertThat(jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single())
          .isPositive();
    }
  }
}
