package dev.longyuan.trace.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of webhook deliveries (tables trace_delivery and trace_delivery_event): documents
 * queued in the transaction that decided them, claimed one at a time when due (a subscription's
 * next only when its earlier ones went out), and marked delivered or due again later.
 */
@Repository
public class DeliveryRepository {

  /** A document to post: its subscription, and the attempts made so far. */
  public record Delivery(long id, UUID subscription, int attempts) {}

  /** How a subscription's deliveries stand: for the page. */
  public record Standing(
      UUID subscription,
      int pending,
      int delivered,
      int failedAttempts,
      @Nullable OffsetDateTime nextAttemptAt,
      @Nullable String lastError) {}

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a document carrying the events given (none: an empty report). */
  public long enqueue(UUID subscription, List<Long> events) {
    long id =
        jdbc.sql("INSERT INTO trace_delivery (subscription) VALUES (:subscription) RETURNING id")
            .param("subscription", subscription)
            .query(Long.class)
            .single();
    if (!events.isEmpty()) {
      jdbc.sql(
              """
              INSERT INTO trace_delivery_event (subscription, event, delivery)
              SELECT :subscription, e, :delivery FROM unnest(CAST(:events AS bigint[])) AS e
              """)
          .param("subscription", subscription)
          .param("delivery", id)
          .param(
              "events",
              events.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
          .update();
    }
    return id;
  }

  /**
   * The events the criteria select that were recorded from the time given on and were never queued
   * for the subscription, in record order.
   */
  public List<Long> notYetQueued(
      EventCriteria criteria, UUID subscription, OffsetDateTime recordedFrom) {
    Map<String, Object> params = new HashMap<>();
    params.put("subscription", subscription);
    params.put("from", recordedFrom);
    List<String> where = new ArrayList<>(EventRepository.conditions(criteria, params));
    where.add("e.record_time >= :from");
    where.add(
        "NOT EXISTS (SELECT 1 FROM trace_delivery_event q"
            + " WHERE q.subscription = :subscription AND q.event = e.id)");
    return jdbc.sql(
            "SELECT e.id FROM trace_event e WHERE "
                + String.join(" AND ", where)
                + " ORDER BY e.id")
        .params(params)
        .query(Long.class)
        .list();
  }

  /**
   * Takes the due delivery that is first in its subscription's line, and puts its next attempt a
   * lease away so that nobody else takes it while it is in flight; if the sender stops before
   * recording the outcome, it is due again when the lease ends.
   */
  public Optional<Delivery> claimDue(Duration lease) {
    return jdbc.sql(
            """
            UPDATE trace_delivery
               SET next_attempt_at = now() + make_interval(secs => CAST(:lease AS double precision))
             WHERE id = (SELECT d.id FROM trace_delivery d
                          WHERE d.state = 'pending' AND d.next_attempt_at <= now()
                            AND NOT EXISTS (SELECT 1 FROM trace_delivery p
                                             WHERE p.subscription = d.subscription
                                               AND p.state = 'pending' AND p.id < d.id)
                          ORDER BY d.next_attempt_at, d.id
                          LIMIT 1
                          FOR UPDATE SKIP LOCKED)
            RETURNING id, subscription, attempts
            """)
        .param("lease", lease.toMillis() / 1000.0)
        .query(
            (rs, n) ->
                new Delivery(
                    rs.getLong("id"),
                    rs.getObject("subscription", UUID.class),
                    rs.getInt("attempts")))
        .optional();
  }

  /** The events a delivery carries, in record order. */
  public List<Long> eventsOf(long delivery) {
    return jdbc.sql(
            "SELECT event FROM trace_delivery_event WHERE delivery = :delivery ORDER BY event")
        .param("delivery", delivery)
        .query(Long.class)
        .list();
  }

  /** When the first delivery in some subscription's line is due, if any is pending. */
  public Optional<OffsetDateTime> nextDue() {
    return jdbc.sql(
            """
            SELECT min(d.next_attempt_at) FROM trace_delivery d
             WHERE d.state = 'pending'
               AND NOT EXISTS (SELECT 1 FROM trace_delivery p WHERE p.subscription = d.subscription
                                 AND p.state = 'pending' AND p.id < d.id)
            """)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional();
  }

  /**
   * Records that the receiver took the delivery, and on its subscription the time and the last
   * event delivered.
   */
  public void delivered(long id) {
    jdbc.sql(
            """
            UPDATE trace_delivery SET state = 'delivered', attempts = attempts + 1,
                   delivered_at = now(), last_attempt_at = now()
             WHERE id = :id
            """)
        .param("id", id)
        .update();
    jdbc.sql(
            """
            UPDATE trace_subscription s
               SET last_notified_at = now(),
                   last_delivered_event = COALESCE(last.id, s.last_delivered_event),
                   last_delivered_record_time = COALESCE(last.record_time,
                       s.last_delivered_record_time)
              FROM trace_delivery d
              LEFT JOIN LATERAL (SELECT e.id, e.record_time FROM trace_delivery_event q
                                   JOIN trace_event e ON e.id = q.event
                                  WHERE q.delivery = d.id ORDER BY e.id DESC LIMIT 1) last ON true
             WHERE d.id = :id AND s.id = d.subscription
            """)
        .param("id", id)
        .update();
  }

  /** Records a failed attempt and why; the delivery is due again after the delay given. */
  public void failed(long id, String error, Duration retryIn) {
    jdbc.sql(
            """
            UPDATE trace_delivery SET attempts = attempts + 1, last_error = :error,
                   last_attempt_at = now(),
                   next_attempt_at = now() + make_interval(secs => CAST(:retry AS double precision))
             WHERE id = :id
            """)
        .param("id", id)
        .param("error", error)
        .param("retry", retryIn.toMillis() / 1000.0)
        .update();
  }

  /** How the deliveries of every subscription stand. */
  public Map<UUID, Standing> standings() {
    Map<UUID, Standing> standings = new HashMap<>();
    jdbc.sql(
            """
            SELECT subscription,
                   count(*) FILTER (WHERE state = 'pending') AS pending,
                   count(*) FILTER (WHERE state = 'delivered') AS delivered,
                   coalesce(sum(attempts - CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), 0)
                       AS failed_attempts,
                   min(next_attempt_at) FILTER (WHERE state = 'pending') AS next_attempt_at,
                   (array_agg(last_error ORDER BY last_attempt_at DESC NULLS LAST)
                       FILTER (WHERE last_error IS NOT NULL))[1] AS last_error
              FROM trace_delivery GROUP BY subscription
            """)
        .query(DeliveryRepository::standing)
        .list()
        .forEach(s -> standings.put(s.subscription(), s));
    return standings;
  }

  private static Standing standing(ResultSet rs, int row) throws SQLException {
    return new Standing(
        rs.getObject("subscription", UUID.class),
        rs.getInt("pending"),
        rs.getInt("delivered"),
        rs.getInt("failed_attempts"),
        rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getString("last_error"));
  }
}
