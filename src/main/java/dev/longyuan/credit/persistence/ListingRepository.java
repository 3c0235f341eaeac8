package dev.longyuan.credit.persistence;

import dev.longyuan.credit.ListingState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quality blacklist's listings and the steps of their workflow. */
@Repository
public class ListingRepository {

  private final JdbcClient jdbc;

  ListingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored listing, before the enterprise's name is added. */
  public record Row(
      long id,
      String enterpriseCode,
      String reason,
      String basis,
      String documentNumber,
      LocalDate from,
      @Nullable LocalDate to,
      ListingState state,
      String listedBy,
      @Nullable String appeal,
      @Nullable String appealedBy,
      @Nullable String decision,
      @Nullable String decidedBy) {}

  public long insert(
      String enterprise,
      String reason,
      String basis,
      String documentNumber,
      LocalDate from,
      @Nullable LocalDate to,
      String actor) {
    return jdbc.sql(
            """
            INSERT INTO credit_listing (enterprise_code, reason, basis, document_number, listed_from,
                listed_to, listed_by)
            VALUES (:e, :reason, :basis, :document, :from, :to, :actor)
            RETURNING id
            """)
        .param("e", enterprise)
        .param("reason", reason)
        .param("basis", basis)
        .param("document", documentNumber)
        .param("from", from)
        .param("to", to)
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public boolean documentExists(String documentNumber) {
    return jdbc.sql("SELECT count(*) FROM credit_listing WHERE document_number = :d")
            .param("d", documentNumber)
            .query(Integer.class)
            .single()
        > 0;
  }

  public Optional<Row> find(long id) {
    return jdbc.sql("SELECT * FROM credit_listing WHERE id = :id")
        .param("id", id)
        .query(ListingRepository::row)
        .optional();
  }

  public List<Row> ofEnterprise(String enterprise) {
    return jdbc.sql(
            "SELECT * FROM credit_listing WHERE enterprise_code = :e ORDER BY listed_from DESC, id DESC")
        .param("e", enterprise)
        .query(ListingRepository::row)
        .list();
  }

  /** Every listing, newest first. */
  public List<Row> all() {
    return jdbc.sql("SELECT * FROM credit_listing ORDER BY listed_from DESC, id DESC")
        .query(ListingRepository::row)
        .list();
  }

  /** The listings in force on the day: not removed, started, and not ended. */
  public List<Row> inForce(LocalDate day) {
    return jdbc.sql(
            """
            SELECT * FROM credit_listing
            WHERE state <> 'removed' AND listed_from <= :day AND (listed_to IS NULL OR listed_to >= :day)
            ORDER BY listed_from DESC, id DESC
            """)
        .param("day", day)
        .query(ListingRepository::row)
        .list();
  }

  /** The enterprise's listings in force on the day. */
  public List<Row> inForce(String enterprise, LocalDate day) {
    return jdbc.sql(
            """
            SELECT * FROM credit_listing
            WHERE enterprise_code = :e AND state <> 'removed' AND listed_from <= :day
              AND (listed_to IS NULL OR listed_to >= :day)
            ORDER BY listed_from DESC, id DESC
            """)
        .param("e", enterprise)
        .param("day", day)
        .query(ListingRepository::row)
        .list();
  }

  public void appeal(long id, String text, String actor) {
    jdbc.sql(
            """
            UPDATE credit_listing SET state = 'appealed', appeal = :text, appealed_by = :actor,
                appealed_at = now()
            WHERE id = :id
            """)
        .param("id", id)
        .param("text", text)
        .param("actor", actor)
        .update();
  }

  public void decide(long id, ListingState state, String decision, String actor) {
    jdbc.sql(
            """
            UPDATE credit_listing SET state = :state, decision = :decision, decided_by = :actor,
                decided_at = now()
            WHERE id = :id
            """)
        .param("id", id)
        .param("state", state.name().toLowerCase(java.util.Locale.ROOT))
        .param("decision", decision)
        .param("actor", actor)
        .update();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("enterprise_code"),
        rs.getString("reason"),
        rs.getString("basis"),
        rs.getString("document_number"),
        rs.getObject("listed_from", LocalDate.class),
        rs.getObject("listed_to", LocalDate.class),
        ListingState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("listed_by"),
        rs.getString("appeal"),
        rs.getString("appealed_by"),
        rs.getString("decision"),
        rs.getString("decided_by"));
  }
}
