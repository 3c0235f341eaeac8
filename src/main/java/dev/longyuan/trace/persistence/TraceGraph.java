package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored events as a graph of the identifiers they join: a transformation leads from its inputs
 * to its outputs, an aggregation that adds children leads from them to their parent (the goods
 * travel inside it). Downstream follows those links forward, upstream backward.
 */
@Repository
public class TraceGraph {

  /** An event touching some identifiers, with its place's columns. */
  public record Touching(
      long id,
      String eventType,
      OffsetDateTime eventTime,
      String eventTimeZoneOffset,
      String bizStep,
      String readPoint,
      String bizLocation,
      String body) {}

  private static final String FORWARD =
      """
      (e.event_type = 'TransformationEvent' AND f.role IN ('input', 'input_quantity')
           AND n.role IN ('output', 'output_quantity'))
       OR (e.event_type = 'AggregationEvent' AND e.action = 'ADD'
           AND f.role IN ('child', 'child_quantity') AND n.role = 'parent')
      """;

  private static final String BACKWARD =
      """
      (e.event_type = 'TransformationEvent' AND f.role IN ('output', 'output_quantity')
           AND n.role IN ('input', 'input_quantity'))
       OR (e.event_type = 'AggregationEvent' AND e.action = 'ADD'
           AND f.role = 'parent' AND n.role IN ('child', 'child_quantity'))
      """;

  private final JdbcClient jdbc;

  TraceGraph(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every identifier downstream of this one, itself excluded. */
  public List<String> downstream(String identifier) {
    return reach(identifier, FORWARD);
  }

  /** Every identifier upstream of this one, itself excluded. */
  public List<String> upstream(String identifier) {
    return reach(identifier, BACKWARD);
  }

  private List<String> reach(String identifier, String step) {
    return jdbc.sql(
            """
            WITH RECURSIVE reach(epc) AS (
                SELECT CAST(:start AS text)
              UNION
                SELECT n.epc
                FROM reach r
                JOIN trace_event_epc f ON f.epc = r.epc
                JOIN trace_event e ON e.id = f.event
                JOIN trace_event_epc n ON n.event = e.id
                WHERE %s
            )
            SELECT epc FROM reach WHERE epc <> :start ORDER BY epc
            """
                .formatted(step))
        .param("start", identifier)
        .query(String.class)
        .list();
  }

  /** The parents an aggregation put these identifiers in (their logistic units). */
  public List<String> parents(Collection<String> identifiers) {
    if (identifiers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT DISTINCT p.epc
            FROM trace_event_epc c
            JOIN trace_event e ON e.id = c.event
            JOIN trace_event_epc p ON p.event = e.id AND p.role = 'parent'
            WHERE e.event_type = 'AggregationEvent' AND e.action = 'ADD'
              AND c.role IN ('child', 'child_quantity') AND c.epc IN (:ids)
            ORDER BY p.epc
            """)
        .param("ids", identifiers)
        .query(String.class)
        .list();
  }

  /** Every event that names one of these identifiers, in the order they happened. */
  public List<Touching> eventsOf(Collection<String> identifiers) {
    if (identifiers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT e.id, e.event_type, e.event_time, e.event_time_zone_offset, e.biz_step,
                   e.read_point, e.biz_location, e.body::text AS body
            FROM trace_event e
            WHERE e.id IN (SELECT x.event FROM trace_event_epc x WHERE x.epc IN (:ids))
            ORDER BY e.event_time, e.id
            """)
        .param("ids", identifiers)
        .query(
            (rs, n) ->
                new Touching(
                    rs.getLong("id"),
                    rs.getString("event_type"),
                    rs.getObject("event_time", OffsetDateTime.class),
                    rs.getString("event_time_zone_offset"),
                    rs.getString("biz_step"),
                    rs.getString("read_point"),
                    rs.getString("biz_location"),
                    rs.getString("body")))
        .list();
  }
}
