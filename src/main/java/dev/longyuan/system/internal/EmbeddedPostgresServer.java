package dev.longyuan.system.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 server the platform starts itself when no database is configured. Its data
 * lives under the home directory and survives restarts; PostgreSQL's own write-ahead log makes a
 * killed process lose nothing that was committed.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "longyuan";
  static final String PORT_FILE = "postgresql.port";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start(Path home) {
    Path data = home.resolve("pgdata");
    try {
      Files.createDirectories(home);
      stopOrphanedServer(data);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(90))
              // zonky tunes PostgreSQL for throwaway test databases (fsync off); this one is the
              // system of
              // record, so a committed transaction must reach the disk
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("max_connections", "50")
              // sized for imports of millions of values on a laptop: fewer checkpoints, larger
              // sorts
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("work_mem", "32MB")
              .setServerConfig("maintenance_work_mem", "256MB")
              .setServerConfig("wal_buffers", "16MB")
              .setServerConfig("max_wal_size", "2GB")
              .setServerConfig("checkpoint_timeout", "15min")
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C")
              .setOutputRedirector(
                  ProcessBuilder.Redirect.appendTo(home.resolve("postgresql.log").toFile()))
              .setErrorRedirector(
                  ProcessBuilder.Redirect.appendTo(home.resolve("postgresql.log").toFile()))
              .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
      server.createDatabaseIfMissing();
      // lets a command run beside the platform use this server instead of starting its own
      Files.writeString(home.resolve(PORT_FILE), String.valueOf(postgres.getPort()));
      log.info("Embedded PostgreSQL 17 on port {} with data in {}", postgres.getPort(), data);
      return server;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "嵌入式 PostgreSQL 无法启动 / the embedded PostgreSQL could not start: "
              + e.getMessage()
              + " (log: "
              + home.resolve("postgresql.log")
              + ")",
          e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", DATABASE);
  }

  int port() {
    return postgres.getPort();
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery(
                "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
  }

  /**
   * A {@code kill -9} of the JVM leaves the postmaster running on its own. The instance lock says
   * no other platform owns this home, so such a server is ours and is shut down before a new start.
   */
  static void stopOrphanedServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster =
        Files.readAllLines(pidFile).stream()
            .findFirst()
            .map(String::strip)
            .filter(line -> line.matches("\\d+"))
            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
            .filter(ProcessHandle::isAlive)
            .filter(
                process ->
                    process
                        .info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(true));
    if (postmaster.isEmpty()) {
      return;
    }
    log.warn(
        "Stopping PostgreSQL (pid {}) left running by an earlier process on {}",
        postmaster.get().pid(),
        data);
    ProcessHandle process = postmaster.get();
    process.destroy();
    try {
      process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception notYet) {
      process.destroyForcibly();
    }
  }

  /** The JDBC URL of the embedded server a running platform started under this home. */
  static String attachedJdbcUrl(Path home) {
    try {
      String port = Files.readString(home.resolve(PORT_FILE)).strip();
      return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    } catch (IOException e) {
      throw new IllegalStateException("no running platform's database to use under " + home, e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
