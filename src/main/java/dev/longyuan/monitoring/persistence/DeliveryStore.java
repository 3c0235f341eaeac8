package dev.longyuan.monitoring.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deliveries of alerts by webhook and e-mail (table warning_delivery): queued when an alert is
 * raised, claimed one at a time when due, and marked delivered, due again later, or failed.
 */
@Repository
public class DeliveryStore {

  /** One alert to deliver on one channel, with its attempts so far. */
  public record Delivery(
      long id,
      long alertId,
      String channel,
      @Nullable String subject,
      String payload,
      String state,
      int attempts,
      OffsetDateTime nextAttemptAt,
      @Nullable String lastError,
      @Nullable OffsetDateTime deliveredAt) {}

  private final JdbcClient jdbc;

  DeliveryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues an alert's delivery on a channel, due now; an alert already queued there is kept. */
  public boolean enqueue(long alertId, String channel, @Nullable String subject, String payload) {
    return jdbc.sql(
                """
                INSERT INTO warning_delivery (alert_id, channel, subject, payload)
                VALUES (:alert, :channel, :subject, :payload)
                ON CONFLICT (alert_id, channel) DO NOTHING
                """)
            .param("alert", alertId)
            .param("channel", channel)
            .param("subject", subject)
            .param("payload", payload)
            .update()
        == 1;
  }

  /**
   * Takes the pending delivery of a channel due first, if one is due, and puts its next attempt a
   * lease away, so that no other sender takes it while it is in flight; if the sender stops before
   * recording the outcome, it is due again when the lease ends.
   */
  public Optional<Delivery> claimDue(String channel, Duration lease) {
    return jdbc.sql(
            """
            UPDATE warning_delivery
               SET next_attempt_at = now() + make_interval(secs => CAST(:lease AS double precision))
             WHERE id = (SELECT id FROM warning_delivery
                          WHERE channel = :channel AND state = 'pending'
                            AND next_attempt_at <= now()
                          ORDER BY next_attempt_at, id
                          LIMIT 1
                          FOR UPDATE SKIP LOCKED)
            RETURNING *
            """)
        .param("channel", channel)
        .param("lease", lease.toMillis() / 1000.0)
        .query(DeliveryStore::delivery)
        .optional();
  }

  /** When the next pending delivery of a channel is due, if any is pending. */
  public Optional<OffsetDateTime> nextDue(String channel) {
    return jdbc.sql(
            """
            SELECT min(next_attempt_at) FROM warning_delivery
             WHERE channel = :channel AND state = 'pending'
            """)
        .param("channel", channel)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional();
  }

  /** Records that an attempt delivered it: it is never sent again. */
  public void delivered(long id) {
    jdbc.sql(
            """
            UPDATE warning_delivery SET state = 'delivered', attempts = attempts + 1,
              delivered_at = now(), last_error = NULL
            WHERE id = :id
            """)
        .param("id", id)
        .update();
  }

  /**
   * Records a failed attempt and its error: due again after the delay given, or failed for good
   * without one.
   */
  public void failed(long id, String error, @Nullable Duration retryIn) {
    jdbc.sql(
            """
            UPDATE warning_delivery SET attempts = attempts + 1, last_error = :error,
              state = CASE WHEN CAST(:retry AS double precision) IS NULL THEN 'failed'
                ELSE 'pending' END,
              next_attempt_at = CASE WHEN CAST(:retry AS double precision) IS NULL
                THEN next_attempt_at
                ELSE now() + make_interval(secs => CAST(:retry AS double precision)) END
            WHERE id = :id
            """)
        .param("id", id)
        .param("error", error)
        .param("retry", retryIn == null ? null : retryIn.toMillis() / 1000.0)
        .update();
  }

  /** An alert's delivery on a channel, if one was queued. */
  public Optional<Delivery> delivery(long alertId, String channel) {
    return jdbc.sql("SELECT * FROM warning_delivery WHERE alert_id = :alert AND channel = :channel")
        .param("alert", alertId)
        .param("channel", channel)
        .query(DeliveryStore::delivery)
        .optional();
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("alert_id"),
        rs.getString("channel"),
        rs.getString("subject"),
        rs.getString("payload"),
        rs.getString("state"),
        rs.getInt("attempts"),
        rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getString("last_error"),
        rs.getObject("delivered_at", OffsetDateTime.class));
  }
}
