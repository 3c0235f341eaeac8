package dev.longyuan.trace.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subscriptions to named queries (table trace_subscription): where results go, how they are
 * signed, when they run, and what was last delivered.
 */
@Repository
public class SubscriptionRepository {

  /** A subscription with its named query's name and definition, and its delivery state. */
  public record SubscriptionRow(
      UUID id,
      String queryName,
      String query,
      String dest,
      @Nullable String signatureToken,
      boolean reportIfEmpty,
      boolean stream,
      @Nullable String schedule,
      OffsetDateTime initialRecordTime,
      @Nullable OffsetDateTime nextRunAt,
      @Nullable OffsetDateTime lastRunAt,
      @Nullable OffsetDateTime lastNotifiedAt,
      @Nullable OffsetDateTime lastDeliveredRecordTime,
      @Nullable Long lastDeliveredEvent,
      String createdBy,
      OffsetDateTime createdAt) {}

  /** What a new subscription is. */
  public record NewSubscription(
      UUID id,
      long queryId,
      String dest,
      @Nullable String signatureToken,
      boolean reportIfEmpty,
      boolean stream,
      @Nullable String schedule,
      OffsetDateTime initialRecordTime,
      @Nullable OffsetDateTime nextRunAt,
      String createdBy) {}

  private static final String SELECT =
      """
      SELECT s.id, q.name AS query_name, q.query::text AS query, s.dest, s.signature_token,
             s.report_if_empty, s.stream, s.schedule::text AS schedule, s.initial_record_time,
             s.next_run_at, s.last_run_at, s.last_notified_at, s.last_delivered_record_time,
             s.last_delivered_event, s.created_by, s.created_at
        FROM trace_subscription s JOIN trace_named_query q ON q.id = s.query
      """;

  private final JdbcClient jdbc;

  SubscriptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(NewSubscription s) {
    jdbc.sql(
            """
            INSERT INTO trace_subscription (id, query, dest, signature_token, report_if_empty,
                stream, schedule, initial_record_time, next_run_at, created_by)
            VALUES (:id, :query, :dest, :token, :reportIfEmpty, :stream, CAST(:schedule AS jsonb),
                :initial, :nextRun, :user)
            """)
        .param("id", s.id())
        .param("query", s.queryId())
        .param("dest", s.dest())
        .param("token", s.signatureToken())
        .param("reportIfEmpty", s.reportIfEmpty())
        .param("stream", s.stream())
        .param("schedule", s.schedule())
        .param("initial", s.initialRecordTime())
        .param("nextRun", s.nextRunAt())
        .param("user", s.createdBy())
        .update();
  }

  public Optional<SubscriptionRow> find(String queryName, UUID id) {
    return jdbc.sql(SELECT + " WHERE q.name = :name AND s.id = :id")
        .param("name", queryName)
        .param("id", id)
        .query(SubscriptionRepository::row)
        .optional();
  }

  public Optional<SubscriptionRow> byId(UUID id) {
    return jdbc.sql(SELECT + " WHERE s.id = :id")
        .param("id", id)
        .query(SubscriptionRepository::row)
        .optional();
  }

  /** A query's subscriptions from the given position on, in the order they were made. */
  public List<SubscriptionRow> ofQuery(String queryName, int offset, int limit) {
    return jdbc.sql(
            SELECT
                + " WHERE q.name = :name ORDER BY s.created_at, s.id OFFSET :offset LIMIT :limit")
        .param("name", queryName)
        .param("offset", offset)
        .param("limit", limit)
        .query(SubscriptionRepository::row)
        .list();
  }

  /** Every subscription, by query and in the order they were made: for the page. */
  public List<SubscriptionRow> all() {
    return jdbc.sql(SELECT + " ORDER BY q.name, s.created_at, s.id")
        .query(SubscriptionRepository::row)
        .list();
  }

  public boolean delete(String queryName, UUID id) {
    return jdbc.sql(
                """
                DELETE FROM trace_subscription s USING trace_named_query q
                 WHERE q.id = s.query AND q.name = :name AND s.id = :id
                """)
            .param("name", queryName)
            .param("id", id)
            .update()
        == 1;
  }

  /**
   * The streaming subscriptions, held against deletion until the calling transaction ends: a
   * capture writes their deliveries in its own transaction.
   */
  public List<SubscriptionRow> streamsHeld() {
    return jdbc.sql(SELECT + " WHERE s.stream ORDER BY s.id FOR KEY SHARE OF s")
        .query(SubscriptionRepository::row)
        .list();
  }

  /** The scheduled subscriptions due to run at the time given. */
  public List<UUID> dueSchedules(OffsetDateTime at) {
    return jdbc.sql(
            "SELECT id FROM trace_subscription WHERE NOT stream AND next_run_at <= :at"
                + " ORDER BY next_run_at, id")
        .param("at", at)
        .query(UUID.class)
        .list();
  }

  /** A scheduled subscription still due, locked for its run (none when another runs it). */
  public Optional<SubscriptionRow> lockDue(UUID id, OffsetDateTime at) {
    return jdbc.sql(
            SELECT
                + " WHERE s.id = :id AND NOT s.stream AND s.next_run_at <= :at"
                + " FOR UPDATE OF s SKIP LOCKED")
        .param("id", id)
        .param("at", at)
        .query(SubscriptionRepository::row)
        .optional();
  }

  public void ran(UUID id, OffsetDateTime at, OffsetDateTime next) {
    jdbc.sql("UPDATE trace_subscription SET last_run_at = :at, next_run_at = :next WHERE id = :id")
        .param("id", id)
        .param("at", at)
        .param("next", next)
        .update();
  }

  private static SubscriptionRow row(ResultSet rs, int row) throws SQLException {
    return new SubscriptionRow(
        rs.getObject("id", UUID.class),
        rs.getString("query_name"),
        rs.getString("query"),
        rs.getString("dest"),
        rs.getString("signature_token"),
        rs.getBoolean("report_if_empty"),
        rs.getBoolean("stream"),
        rs.getString("schedule"),
        rs.getObject("initial_record_time", OffsetDateTime.class),
        rs.getObject("next_run_at", OffsetDateTime.class),
        rs.getObject("last_run_at", OffsetDateTime.class),
        rs.getObject("last_notified_at", OffsetDateTime.class),
        rs.getObject("last_delivered_record_time", OffsetDateTime.class),
        rs.getObject("last_delivered_event", Long.class),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
