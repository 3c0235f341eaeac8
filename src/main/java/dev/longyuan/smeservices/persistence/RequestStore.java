package dev.longyuan.smeservices.persistence;

import dev.longyuan.smeservices.Fee;
import dev.longyuan.smeservices.Hop;
import dev.longyuan.smeservices.ServiceRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests and their hops. */
@Repository
public class RequestStore {

  private static final String COLUMNS =
      """
      id, enterprise_code, enterprise_name, region_code, category_code, title, description,
      node_code, submitted_at, acknowledge_due, resolve_due, provisional, acknowledged_at,
      resolved_at, resolution, fee, rating, rating_comment, rated_at, synthetic""";

  private final JdbcClient jdbc;

  RequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A request as made, before its first hop; returns its number. */
  public long insert(ServiceRequest r) {
    return jdbc.sql(
            """
            INSERT INTO sme_request (enterprise_code, enterprise_name, region_code, category_code,
                title, description, node_code, submitted_at, acknowledge_due, resolve_due,
                provisional, synthetic)
            VALUES (:enterprise, :name, :region, :category, :title, :description, :node,
                :submittedAt, :ackDue, :resolveDue, :provisional, :synthetic)
            RETURNING id""")
        .param("enterprise", r.enterpriseCode())
        .param("name", r.enterpriseName())
        .param("region", r.regionCode())
        .param("category", r.categoryCode())
        .param("title", r.title())
        .param("description", r.description())
        .param("node", r.nodeCode())
        .param("submittedAt", at(r.submittedAt()))
        .param("ackDue", r.acknowledgeDue())
        .param("resolveDue", r.resolveDue())
        .param("provisional", r.provisional())
        .param("synthetic", r.synthetic())
        .query(Long.class)
        .single();
  }

  /** The request, locked until the transaction ends when {@code lock}. */
  public Optional<ServiceRequest> find(long id, boolean lock) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM sme_request WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
        .param("id", id)
        .query(RequestStore::request)
        .optional();
  }

  public List<Hop> hops(long id) {
    return jdbc.sql(
            """
            SELECT action, from_node, to_node, actor, at, reason, note FROM sme_request_hop
            WHERE request_id = :id ORDER BY at, id""")
        .param("id", id)
        .query(
            (rs, n) ->
                new Hop(
                    rs.getString("action"),
                    rs.getString("from_node"),
                    rs.getString("to_node"),
                    rs.getString("actor"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("reason"),
                    rs.getString("note")))
        .list();
  }

  public void addHop(long id, Hop hop) {
    jdbc.sql(
            """
            INSERT INTO sme_request_hop (request_id, action, from_node, to_node, actor, at, reason,
                note)
            VALUES (:id, :action, :from, :to, :actor, :at, :reason, :note)""")
        .param("id", id)
        .param("action", hop.action())
        .param("from", hop.fromNode())
        .param("to", hop.toNode())
        .param("actor", hop.actor())
        .param("at", at(hop.at()))
        .param("reason", hop.reason())
        .param("note", hop.note())
        .update();
  }

  public boolean escalated(long id, String reason) {
    return jdbc.sql(
                "SELECT count(*) FROM sme_request_hop WHERE request_id = :id AND reason = :reason")
            .param("id", id)
            .param("reason", reason)
            .query(Integer.class)
            .single()
        > 0;
  }

  public void moveTo(long id, String node) {
    jdbc.sql("UPDATE sme_request SET node_code = :node WHERE id = :id")
        .param("id", id)
        .param("node", node)
        .update();
  }

  public void acknowledge(long id, Instant at) {
    jdbc.sql("UPDATE sme_request SET acknowledged_at = :at WHERE id = :id")
        .param("id", id)
        .param("at", at(at))
        .update();
  }

  public void resolve(long id, Instant at, String resolution, Fee fee) {
    jdbc.sql(
            """
            UPDATE sme_request SET resolved_at = :at, resolution = :resolution, fee = :fee,
                acknowledged_at = coalesce(acknowledged_at, :at)
            WHERE id = :id""")
        .param("id", id)
        .param("at", at(at))
        .param("resolution", resolution)
        .param("fee", fee.word())
        .update();
  }

  public void rate(long id, Instant at, int rating, String comment) {
    jdbc.sql(
            "UPDATE sme_request SET rating = :rating, rating_comment = :comment, rated_at = :at"
                + " WHERE id = :id")
        .param("id", id)
        .param("rating", rating)
        .param("comment", comment)
        .param("at", at(at))
        .update();
  }

  /**
   * Requests newest first: of an enterprise, or held by one of the nodes, or of the enterprises in
   * a region (a prefix of their county codes; "" for all) — whichever are given.
   */
  public List<ServiceRequest> list(
      @Nullable String enterprise,
      @Nullable List<String> nodes,
      @Nullable String regionPrefix,
      boolean openOnly,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sme_request WHERE true");
    if (enterprise != null) {
      sql.append(" AND enterprise_code = :enterprise");
    }
    if (nodes != null) {
      sql.append(" AND node_code IN (:nodes)");
    }
    if (regionPrefix != null) {
      sql.append(" AND region_code LIKE :prefix");
    }
    if (openOnly) {
      sql.append(" AND resolved_at IS NULL");
    }
    sql.append(" ORDER BY submitted_at DESC, id DESC LIMIT :limit");
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", limit);
    if (enterprise != null) {
      spec = spec.param("enterprise", enterprise);
    }
    if (nodes != null) {
      spec = spec.param("nodes", nodes.isEmpty() ? List.of("") : nodes);
    }
    if (regionPrefix != null) {
      spec = spec.param("prefix", regionPrefix + "%");
    }
    return spec.query(RequestStore::request).list();
  }

  /** Every open request, oldest first. */
  public List<ServiceRequest> open() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sme_request WHERE resolved_at IS NULL ORDER BY id")
        .query(RequestStore::request)
        .list();
  }

  /** The requests made in a year (Beijing time) by the enterprises of a region. */
  public List<ServiceRequest> madeIn(int year, String regionPrefix) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM sme_request
                WHERE region_code LIKE :prefix
                  AND submitted_at >= :from AND submitted_at < :to
                ORDER BY id""")
        .param("prefix", regionPrefix + "%")
        .param("from", beijingNewYear(year))
        .param("to", beijingNewYear(year + 1))
        .query(RequestStore::request)
        .list();
  }

  private static OffsetDateTime beijingNewYear(int year) {
    return OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static ServiceRequest request(ResultSet rs, int n) throws SQLException {
    String fee = rs.getString("fee");
    int rating = rs.getInt("rating");
    Integer rated = rs.wasNull() ? null : rating;
    return new ServiceRequest(
        rs.getLong("id"),
        rs.getString("enterprise_code"),
        rs.getString("enterprise_name"),
        rs.getString("region_code"),
        rs.getString("category_code"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("node_code"),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getObject("acknowledge_due", LocalDate.class),
        rs.getObject("resolve_due", LocalDate.class),
        rs.getBoolean("provisional"),
        instant(rs, "acknowledged_at"),
        instant(rs, "resolved_at"),
        rs.getString("resolution"),
        fee == null ? null : Fee.fromWord(fee).orElseThrow(),
        rated,
        rs.getString("rating_comment"),
        instant(rs, "rated_at"),
        rs.getBoolean("synthetic"));
  }
}
