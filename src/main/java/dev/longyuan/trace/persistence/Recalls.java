package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recalls, each with the lots it affects, and the labels of loaded demonstration data. */
@Repository
public class Recalls {

  /** A recall as recorded: the lot it started from, why, by whom, when. */
  public record Recall(
      long id,
      String lot,
      String reasonZh,
      String reasonEn,
      String createdBy,
      OffsetDateTime createdAt) {}

  private final JdbcClient jdbc;

  Recalls(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long record(
      String lot, String reasonZh, String reasonEn, String createdBy, Collection<String> affected) {
    long id =
        jdbc.sql(
                """
                INSERT INTO trace_recall (lot, reason_zh, reason_en, created_by)
                VALUES (:lot, :zh, :en, :by) RETURNING id
                """)
            .param("lot", lot)
            .param("zh", reasonZh)
            .param("en", reasonEn)
            .param("by", createdBy)
            .query(Long.class)
            .single();
    for (String affectedLot : affected) {
      jdbc.sql("INSERT INTO trace_recall_lot (recall, lot) VALUES (:recall, :lot)")
          .param("recall", id)
          .param("lot", affectedLot)
          .update();
    }
    return id;
  }

  /** The recalls that affect a lot, newest first. */
  public List<Recall> affecting(String lot) {
    return jdbc.sql(
            """
            SELECT r.id, r.lot, r.reason_zh, r.reason_en, r.created_by, r.created_at
            FROM trace_recall r JOIN trace_recall_lot l ON l.recall = r.id
            WHERE l.lot = :lot ORDER BY r.created_at DESC, r.id DESC
            """)
        .param("lot", lot)
        .query(Recall.class)
        .list();
  }

  /**
   * The parties that made a lot ({@code :lot} or a column): those owning the place (business
   * location, else read point) of an event that brought it into being — a transformation giving it
   * as output, or an object event adding it.
   */
  private static final String MAKERS =
      """
      FROM trace_event_epc x
      JOIN trace_event e ON e.id = x.event
      JOIN trace_location l ON l.id = coalesce(e.biz_location, e.read_point)
      JOIN trace_party p ON p.id = l.party
      WHERE x.epc = %s
        AND ((e.event_type = 'TransformationEvent' AND x.role IN ('output', 'output_quantity'))
          OR (e.event_type = 'ObjectEvent' AND e.action = 'ADD' AND x.role IN ('epc', 'quantity')))
      """;

  /** The credit codes of the parties that made a lot. */
  public List<String> producersOf(String lot) {
    return jdbc.sql("SELECT DISTINCT p.credit_code " + MAKERS.formatted(":lot") + " ORDER BY 1")
        .param("lot", lot)
        .query(String.class)
        .list();
  }

  /** The recalls of lots an enterprise made, newest first. */
  public List<Recall> ofProducer(String creditCode) {
    return jdbc.sql(
            """
            SELECT r.id, r.lot, r.reason_zh, r.reason_en, r.created_by, r.created_at
            FROM trace_recall r
            WHERE EXISTS (SELECT 1 %s AND p.credit_code = :code)
            ORDER BY r.created_at DESC, r.id DESC
            """
                .formatted(MAKERS.formatted("r.lot")))
        .param("code", creditCode)
        .query(Recall.class)
        .list();
  }

  public boolean shippedLoaded(String label) {
    return jdbc.sql("SELECT count(*) FROM trace_shipped WHERE label = :label")
            .param("label", label)
            .query(Long.class)
            .single()
        > 0;
  }

  public void markShipped(String label) {
    jdbc.sql("INSERT INTO trace_shipped (label) VALUES (:label) ON CONFLICT DO NOTHING")
        .param("label", label)
        .update();
  }
}
