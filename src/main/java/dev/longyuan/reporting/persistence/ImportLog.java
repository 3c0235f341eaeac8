package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ImportStatus;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.shared.DataScope;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of each import, written outside the import's own transaction so that its progress can
 * be followed while it runs and its outcome read afterwards.
 */
@Repository
public class ImportLog {

  private static final int KEPT_ERRORS = 10_000;

  /** Whose imports one may see: everyone's for the province, else one's own. */
  private static final String VISIBLE = "(CAST(:everyone AS boolean) OR actor = :actor)";

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  ImportLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long start(ImportRequest request, int rows) {
    return jdbc.sql(
            """
            INSERT INTO data_import (file_name, format, sha256, dry_run, state, phase, rows_total, actor)
            VALUES (:fileName, :format, :sha256, :dryRun, 'running', 'reading', :rows, :actor) RETURNING id""")
        .param("fileName", request.fileName())
        .param("format", request.format())
        .param("sha256", request.sha256())
        .param("dryRun", request.dryRun())
        .param("rows", rows)
        .param("actor", request.actor())
        .query(Long.class)
        .single();
  }

  public void phase(long id, String phase) {
    jdbc.sql("UPDATE data_import SET phase = :phase WHERE id = :id")
        .param("phase", phase)
        .param("id", id)
        .update();
  }

  public void finish(long id, ImportOutcome outcome) {
    List<ImportError> kept = outcome.errors().stream().limit(KEPT_ERRORS).toList();
    jdbc.sql(
            """
            UPDATE data_import SET state = :state, phase = NULL, rows_done = rows_total, created = :created,
                   updated = :updated, unchanged = :unchanged, error_count = :errorCount,
                   errors = CAST(:errors AS jsonb), finished_at = now()
             WHERE id = :id""")
        .param("state", outcome.accepted() ? "succeeded" : "refused")
        .param("created", outcome.created())
        .param("updated", outcome.updated())
        .param("unchanged", outcome.unchanged())
        .param("errorCount", outcome.errors().size())
        .param("errors", json.writeValueAsString(kept))
        .param("id", id)
        .update();
  }

  /** Imports left running by a process that died: nothing of them was written. */
  public int markInterrupted() {
    return jdbc.sql(
            "UPDATE data_import SET state = 'failed', phase = 'interrupted', finished_at = now() WHERE state = 'running'")
        .update();
  }

  /** Takes up an import reserved earlier, now that its file has been read. */
  public long resume(long id, ImportRequest request, int rows) {
    jdbc.sql(
            "UPDATE data_import SET format = :format, rows_total = :rows, phase = 'checking' WHERE id = :id")
        .param("format", request.format())
        .param("rows", rows)
        .param("id", id)
        .update();
    return id;
  }

  public void fail(long id, String reason) {
    jdbc.sql(
            """
            UPDATE data_import SET state = 'failed', phase = NULL, finished_at = now(),
                   errors = CAST(:errors AS jsonb) WHERE id = :id""")
        .param(
            "errors",
            json.writeValueAsString(
                List.of(
                    new ImportError(
                        0,
                        "",
                        "import.failed",
                        "导入因平台错误中止：" + reason,
                        "the import stopped on an error of the platform: " + reason))))
        .param("id", id)
        .update();
  }

  /**
   * An import as recorded, if the scope may see it: the province sees every import, anyone else
   * only those they started.
   */
  public Optional<ImportStatus> status(long id, DataScope scope, String actor) {
    return jdbc.sql("SELECT * FROM data_import WHERE id = :id AND " + VISIBLE)
        .param("id", id)
        .param("everyone", scope.isEverything())
        .param("actor", actor)
        .query(
            (rs, n) -> {
              String errors = rs.getString("errors");
              List<ImportError> list =
                  errors == null ? List.of() : List.of(json.readValue(errors, ImportError[].class));
              var finished = rs.getTimestamp("finished_at");
              return new ImportStatus(
                  rs.getLong("id"),
                  rs.getString("file_name"),
                  rs.getString("format"),
                  rs.getBoolean("dry_run"),
                  rs.getString("state"),
                  rs.getString("phase"),
                  rs.getInt("rows_total"),
                  rs.getInt("created"),
                  rs.getInt("updated"),
                  rs.getInt("unchanged"),
                  rs.getInt("error_count"),
                  list,
                  rs.getTimestamp("started_at").toInstant(),
                  finished == null ? null : finished.toInstant());
            })
        .optional();
  }

  public boolean succeeded(String fileName) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM data_import WHERE file_name = :name AND state = 'succeeded' AND NOT dry_run)")
        .param("name", fileName)
        .query(Boolean.class)
        .single();
  }

  /** The latest imports the scope may see, newest first, for the import page. */
  public List<ImportStatus> recent(int limit, DataScope scope, String actor) {
    return jdbc
        .sql("SELECT id FROM data_import WHERE " + VISIBLE + " ORDER BY id DESC LIMIT :limit")
        .param("everyone", scope.isEverything())
        .param("actor", actor)
        .param("limit", limit)
        .query(Long.class)
        .list()
        .stream()
        .flatMap(id -> status(id, scope, actor).stream())
        .toList();
  }
}
