package dev.longyuan.system.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTests}: starts the embedded server on a home,
 * commits a row, says so, and waits to be killed with SIGKILL.
 */
public final class KilledProcessMain {

  private KilledProcessMain() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS survivor (note text NOT NULL)");
      statement.execute("INSERT INTO survivor VALUES ('" + args[1] + "')");
    }
    System.out.println("COMMITTED");
    System.out.flush();
    Thread.sleep(600_000);
  }
}
