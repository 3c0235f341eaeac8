package dev.longyuan.accounts.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of a backup: the Flyway schema version it was taken at, the tables in
 * restore order (referenced tables first) with each file's columns, row count and SHA-256, and when
 * it was taken.
 */
public record Manifest(
    String format, String schemaVersion, String takenAt, List<TableFile> tables) {

  public static final String FILE_NAME = "manifest.json";

  static final String FORMAT = "longyuan-backup/1";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** One table's CSV file: {@code <table>.csv} with a header line naming {@code columns}. */
  public record TableFile(
      String table, String file, List<String> columns, long rows, String sha256) {}

  void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE_NAME), JSON.writeValueAsString(this) + "\n");
  }

  static Manifest read(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Manifest manifest;
    try {
      manifest = JSON.readValue(Files.readString(file), Manifest.class);
    } catch (NoSuchFileException e) {
      throw notABackup(dir, "no " + FILE_NAME, "缺少 " + FILE_NAME);
    } catch (JacksonException e) {
      throw notABackup(dir, FILE_NAME + " cannot be read", FILE_NAME + " 无法解析");
    }
    if (manifest == null
        || !FORMAT.equals(manifest.format())
        || manifest.schemaVersion() == null
        || manifest.tables() == null
        || manifest.tables().stream()
            .anyMatch(
                t ->
                    t.table() == null
                        || t.columns() == null
                        || t.sha256() == null
                        || !(t.table() + ".csv").equals(t.file()))) {
      throw notABackup(dir, "unknown format", "格式不符");
    }
    return manifest;
  }

  private static BackupRefused notABackup(Path dir, String whyEn, String whyZh) {
    return new BackupRefused(
        dir + " 不是陇原的备份（" + whyZh + "）。", dir + " is not a Longyuan backup (" + whyEn + ").");
  }
}
