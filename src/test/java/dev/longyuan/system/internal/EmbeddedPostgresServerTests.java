package dev.longyuan.system.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

  @TempDir Path home;

  @Test
  void keepsCommittedDataAcrossANormalStop() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home)) {
      execute(server, "CREATE TABLE kept (n integer)", "INSERT INTO kept VALUES (42)");
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home)) {
      assertThat(column(server, "SELECT n FROM kept")).containsExactly("42");
    }
  }

  @Test
  void writesEveryCommitToDisk() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home)) {
      assertThat(column(server, "SHOW fsync")).containsExactly("on");
      assertThat(column(server, "SHOW synchronous_commit")).containsExactly("on");
      assertThat(column(server, "SHOW full_page_writes")).containsExactly("on");
    }
  }

  @Test
  void startsAgainAfterItsProcessIsKilledWithSigkillAndKeepsCommittedData() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledProcessMain.class.getName(),
                home.toString(),
                "before kill -9")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("COMMITTED")) {
        // wait until the child has committed its row
      }
      assertThat(line).isEqualTo("COMMITTED");
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(Files.exists(home.resolve("pgdata/postmaster.pid")))
        .as("the orphaned postmaster is still running")
        .isTrue();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home)) {
      assertThat(column(server, "SELECT note FROM survivor")).containsExactly("before kill -9");
    }
  }

  private static void execute(EmbeddedPostgresServer server, String... statements)
      throws Exception {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> column(EmbeddedPostgresServer server, String query) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
