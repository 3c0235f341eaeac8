package dev.longyuan.trace.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored events and the identifiers they name. */
@Repository
public class EventRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  EventRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Stores the events but those whose hash is stored already (or repeated among them), in a few
   * statements whatever their number; returns the ids of those stored, in record order.
   */
  public List<Long> insertAll(List<NewEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    return Objects.requireNonNull(
        template.execute(
            (ConnectionCallback<List<Long>>) connection -> insertAll(connection, events)));
  }

  private static List<Long> insertAll(Connection connection, List<NewEvent> events)
      throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO trace_event (event_hash, event_id, event_type, event_time,
                event_time_zone_offset, action, biz_step, disposition, read_point, biz_location,
                capture_job, body, namespaces)
            SELECT t.hash, t.event_id, t.type, t.event_time::timestamptz, t.tz, t.action,
                   t.biz_step, t.disposition, t.read_point, t.biz_location, t.job::uuid,
                   t.body::jsonb, t.namespaces::jsonb
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 WITH ORDINALITY AS t(hash, event_id, type, event_time, tz, action, biz_step,
                     disposition, read_point, biz_location, job, body, namespaces, n)
            ORDER BY t.n
            ON CONFLICT (event_hash) DO NOTHING
            RETURNING id, event_hash
            """)) {
      List<Function<NewEvent, Object>> columns =
          List.of(
              NewEvent::eventHash,
              NewEvent::eventId,
              NewEvent::eventType,
              e -> e.eventTime().toString(),
              NewEvent::eventTimeZoneOffset,
              NewEvent::action,
              NewEvent::bizStep,
              NewEvent::disposition,
              NewEvent::readPoint,
              NewEvent::bizLocation,
              e -> e.captureJob().toString(),
              NewEvent::body,
              NewEvent::namespaces);
      for (int c = 0; c < columns.size(); c++) {
        Function<NewEvent, Object> column = columns.get(c);
        insert.setArray(
            c + 1, connection.createArrayOf("text", events.stream().map(column).toArray()));
      }
      try (ResultSet stored = insert.executeQuery()) {
        while (stored.next()) {
          ids.put(stored.getString(2), stored.getLong(1));
        }
      }
    }
    List<Long> stored = new ArrayList<>(ids.values());
    stored.sort(null);
    List<Object> eventIds = new ArrayList<>();
    List<Object> roles = new ArrayList<>();
    List<Object> epcs = new ArrayList<>();
    for (NewEvent event : events) {
      // an event repeated in the document is stored once, with its identifiers once
      Long id = ids.remove(event.eventHash());
      if (id != null) {
        for (NewEvent.Identifier identifier : event.identifiers()) {
          eventIds.add(id);
          roles.add(identifier.role());
          epcs.add(identifier.epc());
        }
      }
    }
    if (!eventIds.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO trace_event_epc (event, role, epc)"
                  + " SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])")) {
        insert.setArray(1, connection.createArrayOf("bigint", eventIds.toArray()));
        insert.setArray(2, connection.createArrayOf("text", roles.toArray()));
        insert.setArray(3, connection.createArrayOf("text", epcs.toArray()));
        insert.executeUpdate();
      }
    }
    return stored;
  }

  /** The events the criteria select, in the order they were recorded, after the given one. */
  public List<StoredEvent> find(EventCriteria criteria, long afterId, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("after", afterId);
    params.put("limit", limit);
    List<String> where = conditions(criteria, params);
    where.add(0, "e.id > :after");
    return jdbc.sql(
            "SELECT e.id, e.event_hash, e.record_time, e.body::text AS body,"
                + " e.namespaces::text AS namespaces FROM trace_event e WHERE "
                + String.join(" AND ", where)
                + " ORDER BY e.id LIMIT :limit")
        .params(params)
        .query(EventRepository::stored)
        .list();
  }

  /** Of the events given, those the criteria select, in record order. */
  public List<Long> selectedAmong(EventCriteria criteria, List<Long> among) {
    if (among.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("among", among);
    List<String> where = conditions(criteria, params);
    where.add(0, "e.id IN (:among)");
    return jdbc.sql(
            "SELECT e.id FROM trace_event e WHERE "
                + String.join(" AND ", where)
                + " ORDER BY e.id")
        .params(params)
        .query(Long.class)
        .list();
  }

  /** The events of the ids given, in record order. */
  public List<StoredEvent> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT e.id, e.event_hash, e.record_time, e.body::text AS body,"
                + " e.namespaces::text AS namespaces FROM trace_event e WHERE e.id IN (:ids)"
                + " ORDER BY e.id")
        .param("ids", ids)
        .query(EventRepository::stored)
        .list();
  }

  private static StoredEvent stored(ResultSet rs, int row) throws SQLException {
    return new StoredEvent(
        rs.getLong("id"),
        rs.getString("event_hash"),
        rs.getObject("record_time", OffsetDateTime.class),
        rs.getString("body"),
        rs.getString("namespaces"));
  }

  /**
   * The SQL conditions on {@code trace_event e} that select what the criteria ask for, their values
   * put in the parameters.
   */
  static List<String> conditions(EventCriteria criteria, Map<String, Object> params) {
    List<String> where = new ArrayList<>();
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
    return where;
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
