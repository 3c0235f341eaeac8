package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Capture jobs: one for each document posted to /epcis/capture. */
@Repository
public class CaptureJobRepository {

  /** A capture job as the REST binding reports it, with its counts. */
  public record CaptureJobRow(
      UUID id,
      String errorBehaviour,
      boolean running,
      boolean success,
      int eventCount,
      int captured,
      int duplicates,
      String errors,
      String createdBy,
      OffsetDateTime createdAt,
      @Nullable OffsetDateTime finishedAt) {}

  private final JdbcClient jdbc;

  CaptureJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void start(UUID id, String errorBehaviour, int eventCount, String createdBy) {
    jdbc.sql(
            """
            INSERT INTO trace_capture_job (id, error_behaviour, running, success, event_count,
                created_by)
            VALUES (:id, :behaviour, true, true, :count, :by)
            """)
        .param("id", id)
        .param("behaviour", errorBehaviour)
        .param("count", eventCount)
        .param("by", createdBy)
        .update();
  }

  public void finish(UUID id, boolean success, int captured, int duplicates, String errors) {
    jdbc.sql(
            """
            UPDATE trace_capture_job
            SET running = false, success = :success, captured = :captured,
                duplicates = :duplicates, errors = CAST(:errors AS jsonb), finished_at = now()
            WHERE id = :id
            """)
        .param("id", id)
        .param("success", success)
        .param("captured", captured)
        .param("duplicates", duplicates)
        .param("errors", errors)
        .update();
  }

  public Optional<CaptureJobRow> find(UUID id) {
    return jdbc.sql(
            """
            SELECT id, error_behaviour, running, success, event_count, captured, duplicates,
                   errors::text AS errors, created_by, created_at, finished_at
            FROM trace_capture_job WHERE id = :id
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new CaptureJobRow(
                    rs.getObject("id", UUID.class),
                    rs.getString("error_behaviour"),
                    rs.getBoolean("running"),
                    rs.getBoolean("success"),
                    rs.getInt("event_count"),
                    rs.getInt("captured"),
                    rs.getInt("duplicates"),
                    rs.getString("errors"),
                    rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("finished_at", OffsetDateTime.class)))
        .optional();
  }
}
