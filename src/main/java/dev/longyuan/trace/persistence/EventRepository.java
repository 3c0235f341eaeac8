package dev.longyuan.trace.persistence;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored events and the identifiers they name. */
@Repository
public class EventRepository {

  private final JdbcClient jdbc;

  EventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the event, unless one with the same hash is stored: then empty. */
  public Optional<Long> insert(NewEvent event) {
    Optional<Long> id =
        jdbc.sql(
                """
                INSERT INTO trace_event (event_hash, event_id, event_type, event_time,
                    event_time_zone_offset, action, biz_step, disposition, read_point, biz_location,
                    capture_job, body, namespaces)
                VALUES (:hash, :eventId, :type, :eventTime, :offset, :action, :bizStep,
                    :disposition, :readPoint, :bizLocation, :job, CAST(:body AS jsonb),
                    CAST(:namespaces AS jsonb))
                ON CONFLICT (event_hash) DO NOTHING
                RETURNING id
                """)
            .param("hash", event.eventHash())
            .param("eventId", event.eventId())
            .param("type", event.eventType())
            .param("eventTime", event.eventTime())
            .param("offset", event.eventTimeZoneOffset())
            .param("action", event.action())
            .param("bizStep", event.bizStep())
            .param("disposition", event.disposition())
            .param("readPoint", event.readPoint())
            .param("bizLocation", event.bizLocation())
            .param("job", event.captureJob())
            .param("body", event.body())
            .param("namespaces", event.namespaces())
            .query(Long.class)
            .optional();
    id.ifPresent(
        stored -> {
          for (NewEvent.Identifier identifier : event.identifiers()) {
            jdbc.sql("INSERT INTO trace_event_epc (event, role, epc) VALUES (:event, :role, :epc)")
                .param("event", stored)
                .param("role", identifier.role())
                .param("epc", identifier.epc())
                .update();
          }
        });
    return id;
  }

  /** The events the criteria select, in the order they were recorded, after the given one. */
  public List<StoredEvent> find(EventCriteria criteria, long afterId, int limit) {
    List<String> where = new ArrayList<>(List.of("e.id > :after"));
    Map<String, Object> params = new HashMap<>();
    params.put("after", afterId);
    params.put("limit", limit);
    in(where, params, "e.event_type", "types", criteria.eventTypes());
    in(where, params, "e.biz_step", "bizSteps", criteria.bizSteps());
    in(where, params, "e.disposition", "dispositions", criteria.dispositions());
    in(where, params, "e.action", "actions", criteria.actions());
    in(where, params, "e.read_point", "readPoints", criteria.readPoints());
    in(where, params, "e.biz_location", "bizLocations", criteria.bizLocations());
    if (!criteria.eventIds().isEmpty()) {
      // an event is known by its eventID and by its hash, which a duplicate's own eventID shares
      where.add("(e.event_id IN (:eventIds) OR e.event_hash IN (:eventIds))");
      params.put("eventIds", criteria.eventIds());
    }
    bound(where, params, "e.event_time >= ", "eventTimeFrom", criteria.eventTimeFrom());
    bound(where, params, "e.event_time < ", "eventTimeBefore", criteria.eventTimeBefore());
    bound(where, params, "e.record_time >= ", "recordTimeFrom", criteria.recordTimeFrom());
    bound(where, params, "e.record_time < ", "recordTimeBefore", criteria.recordTimeBefore());
    identifiers(where, params, "epc", EventCriteria.EPC_ROLES, criteria.epcs());
    identifiers(where, params, "anyEpc", EventCriteria.ANY_EPC_ROLES, criteria.anyEpcs());
    identifiers(where, params, "epcClass", EventCriteria.EPC_CLASS_ROLES, criteria.epcClasses());
    identifiers(
        where, params, "anyEpcClass", EventCriteria.ANY_EPC_CLASS_ROLES, criteria.anyEpcClasses());
    return jdbc.sql(
            "SELECT e.id, e.event_hash, e.record_time, e.body::text AS body,"
                + " e.namespaces::text AS namespaces FROM trace_event e WHERE "
                + String.join(" AND ", where)
                + " ORDER BY e.id LIMIT :limit")
        .params(params)
        .query(
            (rs, n) ->
                new StoredEvent(
                    rs.getLong("id"),
                    rs.getString("event_hash"),
                    rs.getObject("record_time", OffsetDateTime.class),
                    rs.getString("body"),
                    rs.getString("namespaces")))
        .list();
  }

  private static void in(
      List<String> where,
      Map<String, Object> params,
      String column,
      String name,
      List<String> values) {
    if (!values.isEmpty()) {
      where.add(column + " IN (:" + name + ")");
      params.put(name, values);
    }
  }

  private static void bound(
      List<String> where,
      Map<String, Object> params,
      String condition,
      String name,
      OffsetDateTime value) {
    if (value != null) {
      where.add(condition + ":" + name);
      params.put(name, Timestamp.from(value.toInstant()));
    }
  }

  private static void identifiers(
      List<String> where,
      Map<String, Object> params,
      String name,
      List<String> roles,
      List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> exact = new ArrayList<>();
    List<String> matches = new ArrayList<>();
    for (String value : values) {
      if (value.endsWith("/*")) {
        String param = name + "Prefix" + matches.size();
        matches.add("x.epc LIKE :" + param);
        params.put(
            param,
            value.substring(0, value.length() - 1).replace("%", "\\%").replace("_", "\\_") + "%");
      } else {
        exact.add(value);
      }
    }
    if (!exact.isEmpty()) {
      matches.add("x.epc IN (:" + name + ")");
      params.put(name, exact);
    }
    params.put(name + "Roles", roles);
    where.add(
        "EXISTS (SELECT 1 FROM trace_event_epc x WHERE x.event = e.id AND x.role IN (:"
            + name
            + "Roles) AND ("
            + String.join(" OR ", matches)
            + "))");
  }
}
