package dev.longyuan.accounts.persistence;

import dev.longyuan.accounts.AuditEntry;
import dev.longyuan.accounts.internal.AuditHash;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash chain, one writer at a time (the head row is locked for the append), and
 * reads it back in order for checking and export.
 */
@Repository
public class AuditLogRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  AuditLogRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.streaming = template;
  }

  /**
   * Appends an entry within the caller's transaction (or a new one), so it commits with the change.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry append(
      String actor, String origin, String action, String subject, String detail) {
    record Head(long position, String hash) {}
    Head head =
        jdbc.sql("SELECT position, hash FROM audit_head FOR UPDATE")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
    // microseconds, as PostgreSQL stores them, so that the hash can be recomputed from the row
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    long position = head.position() + 1;
    String hash = AuditHash.of(head.hash(), position, at, actor, origin, action, subject, detail);
    jdbc.sql(
            """
            INSERT INTO audit_log (position, at, actor, origin, action, subject, detail, prev_hash, hash)
            VALUES (:position, :at, :actor, :origin, :action, :subject, :detail, :prevHash, :hash)""")
        .param("position", position)
        .param("at", Timestamp.from(at))
        .param("actor", actor)
        .param("origin", origin)
        .param("action", action)
        .param("subject", subject)
        .param("detail", detail)
        .param("prevHash", head.hash())
        .param("hash", hash)
        .update();
    jdbc.sql("UPDATE audit_head SET position = :position, hash = :hash")
        .param("position", position)
        .param("hash", hash)
        .update();
    return new AuditEntry(position, at, actor, origin, action, subject, detail, head.hash(), hash);
  }

  /** Every entry in chain order. */
  @Transactional(readOnly = true)
  public void forEach(Consumer<AuditEntry> consumer) {
    streaming.setFetchSize(5_000);
    streaming.query(
        "SELECT * FROM audit_log ORDER BY position",
        rs -> {
          consumer.accept(entry(rs));
        });
  }

  /**
   * Entries newest first, narrowed by who acted, a prefix of the action, and a time range; a null
   * filter does not narrow.
   */
  public List<AuditEntry> find(
      @Nullable String actor,
      @Nullable String action,
      @Nullable Instant from,
      @Nullable Instant to,
      int limit,
      int offset) {
    return jdbc.sql(
            """
            SELECT * FROM audit_log
             WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
               AND (CAST(:action AS text) IS NULL OR starts_with(action, :action))
               AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
               AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
             ORDER BY position DESC
             LIMIT :limit OFFSET :offset""")
        .param("actor", actor)
        .param("action", action)
        .param("from", from == null ? null : Timestamp.from(from))
        .param("to", to == null ? null : Timestamp.from(to))
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> entry(rs))
        .list();
  }

  private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("position"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("origin"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  public List<Object> head() {
    return jdbc.sql("SELECT position, hash FROM audit_head")
        .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2)))
        .single();
  }
}
