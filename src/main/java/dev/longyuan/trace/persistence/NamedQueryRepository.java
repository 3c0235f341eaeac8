package dev.longyuan.trace.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The named queries (table trace_named_query), each with its definition as the client gave it. */
@Repository
public class NamedQueryRepository {

  /** A named query: its definition is the binding's JSON object of parameters. */
  public record NamedQueryRow(
      long id, String name, String query, String createdBy, OffsetDateTime createdAt) {}

  private final JdbcClient jdbc;

  NamedQueryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new named query; false when the name is taken. */
  public boolean insert(String name, String query, String user) {
    return jdbc.sql(
                """
                INSERT INTO trace_named_query (name, query, created_by)
                VALUES (:name, CAST(:query AS jsonb), :user)
                ON CONFLICT (name) DO NOTHING
                """)
            .param("name", name)
            .param("query", query)
            .param("user", user)
            .update()
        == 1;
  }

  public Optional<NamedQueryRow> find(String name) {
    return jdbc.sql(
            "SELECT id, name, query::text AS query, created_by, created_at"
                + " FROM trace_named_query WHERE name = :name")
        .param("name", name)
        .query(NamedQueryRepository::row)
        .optional();
  }

  /** The named queries after the one given, in the order they were created. */
  public List<NamedQueryRow> page(long afterId, int limit) {
    return jdbc.sql(
            "SELECT id, name, query::text AS query, created_by, created_at"
                + " FROM trace_named_query WHERE id > :after ORDER BY id LIMIT :limit")
        .param("after", afterId)
        .param("limit", limit)
        .query(NamedQueryRepository::row)
        .list();
  }

  /** Every named query, by name: for the page. */
  public List<NamedQueryRow> all() {
    return jdbc.sql(
            "SELECT id, name, query::text AS query, created_by, created_at"
                + " FROM trace_named_query ORDER BY name")
        .query(NamedQueryRepository::row)
        .list();
  }

  /** Deletes a named query and, with it, its subscriptions and their pending deliveries. */
  public boolean delete(String name) {
    return jdbc.sql("DELETE FROM trace_named_query WHERE name = :name").param("name", name).update()
        == 1;
  }

  private static NamedQueryRow row(ResultSet rs, int row) throws SQLException {
    return new NamedQueryRow(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("query"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
