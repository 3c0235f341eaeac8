package dev.longyuan.accounts.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup into a database that holds only what the platform puts there by itself, in one
 * transaction: all of it or, when anything is refused or fails, nothing.
 *
 * <p>A fresh home is not quite empty, and restore accepts exactly what the platform writes there by
 * itself:
 *
 * <ul>
 *   <li>the rows Flyway's migrations seed (data elements, forms and their elements, validation
 *       rules, the head of the empty audit chain): those tables must hold nothing the backup does
 *       not hold, row for row, except the fresh rows a migration seeds to be updated later (the
 *       audit head at position 0); restore deletes those, adds the backup's other rows, and deletes
 *       nothing else (the trigger on data_element refuses deletes anyway);
 *   <li>the plans the platform loads from plan files at start: the loader replaces a plan whole
 *       whenever its file changes, so restore replaces them the same way.
 * </ul>
 *
 * Any row in any other table refuses the restore.
 */
public final class DatabaseRestore {

  /** The plan module's tables: rows of plan and, by ON DELETE CASCADE, of every plan_ table. */
  private static final String PLAN_ROOT = "plan";

  /**
   * Tables the migrations fill (V2 to V6, V14, V15, V19, V29, V31 and V32_1), and the SME network's
   * calendar its loader fills from a shipped file at the first start, each with the condition of
   * its seeded rows that the platform updates later, and a restore therefore replaces; {@code
   * false}: rows never updated, which must equal the backup's. A migration that seeds another table
   * adds it here; until then a restore refuses a fresh home, naming that table.
   */
  static final Map<String, String> SEEDED_BY_MIGRATIONS =
      Map.ofEntries(
          Map.entry("data_element", "false"),
          Map.entry("data_set", "false"),
          Map.entry("data_set_element", "false"),
          Map.entry("validation_rule", "false"),
          Map.entry("audit_head", "position = 0"),
          // the programme catalogue and the ledger's products V19 seeds
          Map.entry("programme", "false"),
          Map.entry("capacity_product", "false"),
          // the credit rules' versions V31 and V34 seed, stamped with the time they were created
          Map.entry("credit_rule_version", "true"),
          // the processes of spare capacity V32_1 seeds
          Map.entry("sharing_process", "false"),
          // the warning rules V14, V15, V18, V24, V26, V29_1 and V31_1 seed, whose severity,
          // threshold
          // and months staff change
          Map.entry(
              "warning_rule",
              "code IN ('loss-share-high', 'loss-share-severe', 'va-growth-slow',"
                  + " 'binding-projected-miss', 'target-worsened', 'monthly-report-late',"
                  + " 'revenue-official-gap', 'va-growth-below-pace', 'flags-unreviewed',"
                  + " 'project-milestone-overdue', 'project-investment-behind',"
                  + " 'work-item-due-soon', 'work-item-overdue', 'work-item-escalated',"
                  + " 'sme-request-sla-breached', 'quality-category-failure-rate',"
                  + " 'quality-repeat-failures')"),
          // the SME network's service categories V29 seeds, and the holidays loaded at first start
          Map.entry("sme_category", "false"),
          Map.entry("sme_calendar_day", "false"));

  private final DataSource dataSource;

  public DatabaseRestore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Manifest restore(Path source) throws IOException, SQLException {
    Path dir = source.toAbsolutePath().normalize();
    Manifest manifest = Manifest.read(dir);
    verifyFiles(dir, manifest);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (Statement st = connection.createStatement()) {
          st.execute("SET LOCAL TimeZone = 'UTC'");
          st.execute("SET LOCAL DateStyle = 'ISO, YMD'");
          st.execute("SET LOCAL IntervalStyle = 'postgres'");
        }
        load(connection, dir, manifest);
        connection.commit();
      } catch (IOException | SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    return manifest;
  }

  private static void verifyFiles(Path dir, Manifest manifest) throws IOException {
    for (Manifest.TableFile table : manifest.tables()) {
      Path file = dir.resolve(table.file());
      if (!Files.isRegularFile(file)) {
        throw new BackupRefused(
            "备份缺少文件 " + file + "，未恢复任何数据。",
            "The backup lacks the file " + file + "; nothing was restored.");
      }
      MessageDigest sha256 = DatabaseBackup.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      String actual = HexFormat.of().formatHex(sha256.digest());
      if (!actual.equalsIgnoreCase(table.sha256())) {
        throw new BackupRefused(
            "文件 "
                + file
                + " 的 SHA-256 与清单不符（清单 "
                + table.sha256()
                + "，实际 "
                + actual
                + "）：备份已损坏或被改动，未恢复任何数据。",
            "The SHA-256 of "
                + file
                + " does not match the manifest (manifest "
                + table.sha256()
                + ", file "
                + actual
                + "): the backup is damaged or was altered; nothing was restored.");
      }
    }
  }

  private static void load(Connection connection, Path dir, Manifest manifest)
      throws IOException, SQLException {
    String version = SchemaCatalog.schemaVersion(connection);
    if (!version.equals(manifest.schemaVersion())) {
      throw new BackupRefused(
          "备份的数据库结构版本是 "
              + manifest.schemaVersion()
              + "，而此处数据库是 "
              + version
              + "；请用同一版本的陇原恢复，未恢复任何数据。",
          "The backup was taken at schema version "
              + manifest.schemaVersion()
              + " but this database is at version "
              + version
              + "; restore it with the same version of Longyuan. Nothing was restored.");
    }
    SchemaCatalog catalog = SchemaCatalog.read(connection);
    List<String> order = manifest.tables().stream().map(Manifest.TableFile::table).toList();
    if (!new TreeSet<>(order).equals(new TreeSet<>(catalog.tables()))
        || new HashSet<>(order).size() != order.size()) {
      throw new BackupRefused(
          "备份中的表 " + order + " 与此处数据库的表 " + catalog.tables() + " 不一致，未恢复任何数据。",
          "The backup's tables "
              + order
              + " differ from this database's "
              + catalog.tables()
              + "; nothing was restored.");
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();

    // first check every table, writing nothing
    Set<String> seeded = new HashSet<>();
    boolean replacePlans = false;
    List<String> notEmpty = new ArrayList<>();
    for (Manifest.TableFile table : manifest.tables()) {
      long rows = rowCount(connection, table.table());
      if (rows == 0) {
        continue;
      }
      if (isPlanTable(table.table())) {
        replacePlans = true;
      } else if (!SEEDED_BY_MIGRATIONS.containsKey(table.table())) {
        notEmpty.add(table.table() + " (" + rows + ")");
      } else {
        long foreign = stageAndCountRowsNotInBackup(connection, copy, dir, table);
        if (foreign > 0) {
          notEmpty.add(table.table() + " (" + foreign + ")");
        }
        seeded.add(table.table());
      }
    }
    if (!notEmpty.isEmpty()) {
      throw new BackupRefused(
          "目标数据库不是空的：表 " + String.join(", ", notEmpty) + " 中已有数据（括号内为行数）。恢复只能写入新建的空数据目录，未恢复任何数据。",
          "The target database is not empty: the tables "
              + String.join(", ", notEmpty)
              + " hold data (rows in brackets). Restore only into a new,"
              + " empty home; nothing was restored.");
    }

    // then write, in the manifest's order: referenced tables before those referencing them
    try (Statement st = connection.createStatement()) {
      if (catalog.violatedBy(order)) {
        // only a cycle of foreign keys would need this; it also switches off the tables' triggers
        st.execute("SET LOCAL session_replication_role = replica");
      }
      if (replacePlans) {
        st.execute("DELETE FROM " + SchemaCatalog.table(PLAN_ROOT));
      }
    }
    for (Manifest.TableFile table : manifest.tables()) {
      if (seeded.contains(table.table())) {
        replaceSeededRows(connection, table.table());
        continue;
      }
      long rows = copyIn(copy, dir, table, SchemaCatalog.table(table.table()));
      if (rows != table.rows()) {
        throw rowCountMismatch(table, rows);
      }
    }
    resetSequences(connection, order);
  }

  private static boolean isPlanTable(String table) {
    return table.equals(PLAN_ROOT) || table.startsWith(PLAN_ROOT + "_");
  }

  private static long rowCount(Connection connection, String table) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + SchemaCatalog.table(table))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Copies the table's file into a temporary table shaped like it and counts the target's rows that
   * the file does not hold, each row compared whole as PostgreSQL writes it as text.
   */
  private static long stageAndCountRowsNotInBackup(
      Connection connection, CopyManager copy, Path dir, Manifest.TableFile table)
      throws IOException, SQLException {
    String staging = staging(table.table());
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TEMPORARY TABLE "
              + staging
              + " (LIKE "
              + SchemaCatalog.table(table.table())
              + ") ON COMMIT DROP");
    }
    long rows = copyIn(copy, dir, table, staging);
    if (rows != table.rows()) {
      throw rowCountMismatch(table, rows);
    }
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM (SELECT t::text FROM "
                    + SchemaCatalog.table(table.table())
                    + " t WHERE NOT ("
                    + SEEDED_BY_MIGRATIONS.get(table.table())
                    + ") EXCEPT ALL SELECT s::text FROM "
                    + staging
                    + " s) foreign_rows")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Deletes the target's seeded rows the backup does not hold, then adds the backup's others. */
  private static void replaceSeededRows(Connection connection, String table) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate(
          "DELETE FROM "
              + SchemaCatalog.table(table)
              + " t WHERE NOT EXISTS (SELECT 1 FROM "
              + staging(table)
              + " s WHERE s::text = t::text)");
    }
    try (PreparedStatement st =
        connection.prepareStatement(
            "INSERT INTO "
                + SchemaCatalog.table(table)
                + " SELECT s.* FROM "
                + staging(table)
                + " s WHERE NOT EXISTS (SELECT 1 FROM "
                + SchemaCatalog.table(table)
                + " t WHERE t::text = s::text)")) {
      st.executeUpdate();
    }
  }

  private static long copyIn(CopyManager copy, Path dir, Manifest.TableFile table, String target)
      throws IOException, SQLException {
    String columns =
        table.columns().stream().map(SchemaCatalog::quoted).collect(Collectors.joining(", "));
    try (InputStream in =
        new BufferedInputStream(Files.newInputStream(dir.resolve(table.file())), 1 << 16)) {
      return copy.copyIn(
          "COPY " + target + " (" + columns + ") FROM STDIN WITH (FORMAT csv, HEADER MATCH)", in);
    }
  }

  /** Sets every serial or identity column's sequence past the largest value restored. */
  private static void resetSequences(Connection connection, List<String> tables)
      throws SQLException {
    for (String table : tables) {
      for (String column : SchemaCatalog.columns(connection, table)) {
        String sequence;
        try (PreparedStatement st =
            connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
          st.setString(1, SchemaCatalog.table(table));
          st.setString(2, column);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            sequence = rs.getString(1);
          }
        }
        if (sequence == null) {
          continue;
        }
        try (PreparedStatement st =
            connection.prepareStatement(
                "SELECT setval(?::regclass, coalesce((SELECT max("
                    + SchemaCatalog.quoted(column)
                    + ") FROM "
                    + SchemaCatalog.table(table)
                    + "), 0) + 1, false)")) {
          st.setString(1, sequence);
          st.executeQuery().close();
        }
      }
    }
  }

  private static String staging(String table) {
    return SchemaCatalog.quoted("restore_" + table);
  }

  private static BackupRefused rowCountMismatch(Manifest.TableFile table, long rows) {
    return new BackupRefused(
        "文件 " + table.file() + " 有 " + rows + " 行，清单记为 " + table.rows() + " 行，未恢复任何数据。",
        "The file "
            + table.file()
            + " has "
            + rows
            + " rows but the manifest says "
            + table.rows()
            + "; nothing was restored.");
  }
}
