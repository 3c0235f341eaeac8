package dev.longyuan.accounts.backup;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every table of the database to a directory: one CSV file per table, each sorted by its
 * primary key, and {@code manifest.json}. All tables are read in one REPEATABLE READ, READ ONLY
 * transaction, so the backup is one consistent snapshot even while the platform writes. It is
 * written to a hidden directory beside the target and renamed at the end: an interrupted backup
 * leaves no half backup under the target's name.
 */
public final class DatabaseBackup {

  private final DataSource dataSource;

  public DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Manifest backup(Path target) throws IOException, SQLException {
    Path dir = target.toAbsolutePath().normalize();
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmptyDirectory(dir))) {
      throw new BackupRefused(
          "备份目录 " + dir + " 已存在且不是空目录；请指定新目录或空目录。",
          "The backup directory " + dir + " exists and is not empty; name a new or empty one.");
    }
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempDirectory(parent, "." + dir.getFileName() + ".partial-");
    try {
      Manifest manifest = writeSnapshot(partial);
      if (Files.exists(dir)) {
        Files.delete(dir); // empty, checked above; rename cannot replace a directory everywhere
      }
      Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } catch (IOException | SQLException | RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  private Manifest writeSnapshot(Path dir) throws IOException, SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement st = connection.createStatement()) {
        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        // values written as text the same way whatever the session's settings
        st.execute("SET LOCAL TimeZone = 'UTC'");
        st.execute("SET LOCAL DateStyle = 'ISO, YMD'");
        st.execute("SET LOCAL IntervalStyle = 'postgres'");
        st.execute("SET LOCAL extra_float_digits = 1");
      }
      try {
        String version = SchemaCatalog.schemaVersion(connection);
        String takenAt = Instant.now().toString();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Manifest.TableFile> files = new ArrayList<>();
        for (String table : SchemaCatalog.read(connection).restoreOrder()) {
          files.add(writeTable(connection, copy, table, dir));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, version, takenAt, files);
        manifest.write(dir);
        return manifest;
      } finally {
        connection.rollback(); // read only: nothing to commit
        connection.setAutoCommit(true);
      }
    }
  }

  private static Manifest.TableFile writeTable(
      Connection connection, CopyManager copy, String table, Path dir)
      throws IOException, SQLException {
    List<String> columns = SchemaCatalog.columns(connection, table);
    List<String> key = SchemaCatalog.primaryKey(connection, table);
    // a table without a primary key (none today) is ordered by all its columns
    String orderBy =
        (key.isEmpty() ? columns : key)
            .stream().map(SchemaCatalog::quoted).collect(Collectors.joining(", "));
    String file = table + ".csv";
    MessageDigest sha256 = sha256();
    long rows;
    try (FileOutputStream raw = new FileOutputStream(dir.resolve(file).toFile());
        OutputStream out = new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), sha256)) {
      rows =
          copy.copyOut(
              "COPY (SELECT * FROM "
                  + SchemaCatalog.table(table)
                  + " ORDER BY "
                  + orderBy
                  + ") TO STDOUT WITH (FORMAT csv, HEADER)",
              out);
      out.flush();
      raw.getFD().sync();
    }
    return new Manifest.TableFile(
        table, file, columns, rows, HexFormat.of().formatHex(sha256.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> entries = Files.walk(dir)) {
      for (Path p : entries.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover hidden .partial directory is harmless
    }
  }
}
