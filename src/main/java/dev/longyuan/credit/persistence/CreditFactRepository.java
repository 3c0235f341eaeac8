package dev.longyuan.credit.persistence;

import dev.longyuan.credit.Complaint;
import dev.longyuan.credit.ComplaintDraft;
import dev.longyuan.credit.Inspection;
import dev.longyuan.credit.Penalty;
import dev.longyuan.credit.PenaltyDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts of the credit records: inspection results, penalties and complaints. */
@Repository
public class CreditFactRepository {

  private final JdbcClient jdbc;

  CreditFactRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records an inspection result; an identical one (same batch, date and authority) is kept once.
   */
  public long insert(Inspection i, String actor) {
    return jdbc.sql(
            """
            INSERT INTO credit_inspection (enterprise_code, category_code, product, batch, passed,
                items_failed, inspected_on, authority, recorded_by)
            VALUES (:enterprise, :category, :product, :batch, :passed, :items, :date, :authority, :actor)
            ON CONFLICT (enterprise_code, product, batch, inspected_on, authority)
            DO UPDATE SET passed = EXCLUDED.passed, items_failed = EXCLUDED.items_failed,
                recorded_by = EXCLUDED.recorded_by, recorded_at = now()
            RETURNING id
            """)
        .param("enterprise", i.enterpriseCode())
        .param("category", i.categoryCode())
        .param("product", i.product())
        .param("batch", i.batch())
        .param("passed", i.passed())
        .param("items", i.itemsFailed().toArray(String[]::new))
        .param("date", i.date())
        .param("authority", i.authority())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public List<Inspection> inspections(String enterprise) {
    return jdbc.sql(
            "SELECT * FROM credit_inspection WHERE enterprise_code = :e ORDER BY inspected_on DESC, id DESC")
        .param("e", enterprise)
        .query(CreditFactRepository::inspection)
        .list();
  }

  /** The inspections dated within the days given, oldest first: what the warning checks count. */
  public List<Inspection> inspectionsBetween(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT * FROM credit_inspection WHERE inspected_on BETWEEN :from AND :to
            ORDER BY inspected_on, id
            """)
        .param("from", from)
        .param("to", to)
        .query(CreditFactRepository::inspection)
        .list();
  }

  public long insert(PenaltyDraft p, String actor) {
    return jdbc.sql(
            """
            INSERT INTO credit_penalty (enterprise_code, document_number, decided_on, authority,
                reason, amount, recorded_by)
            VALUES (:enterprise, :document, :date, :authority, :reason, :amount, :actor)
            RETURNING id
            """)
        .param("enterprise", p.enterpriseCode())
        .param("document", p.documentNumber())
        .param("date", p.date())
        .param("authority", p.authority())
        .param("reason", p.reason())
        .param("amount", p.amount())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public boolean penaltyExists(String documentNumber) {
    return jdbc.sql("SELECT count(*) FROM credit_penalty WHERE document_number = :d")
            .param("d", documentNumber)
            .query(Integer.class)
            .single()
        > 0;
  }

  public List<Penalty> penalties(String enterprise) {
    return jdbc.sql(
            "SELECT * FROM credit_penalty WHERE enterprise_code = :e ORDER BY decided_on DESC, id DESC")
        .param("e", enterprise)
        .query(
            (rs, n) ->
                new Penalty(
                    rs.getLong("id"),
                    rs.getString("enterprise_code"),
                    rs.getString("document_number"),
                    rs.getObject("decided_on", LocalDate.class),
                    rs.getString("authority"),
                    rs.getString("reason"),
                    rs.getBigDecimal("amount")))
        .list();
  }

  public long insert(ComplaintDraft c, String actor) {
    return jdbc.sql(
            """
            INSERT INTO credit_complaint (enterprise_code, received_on, substance, upheld, recorded_by)
            VALUES (:enterprise, :date, :substance, :upheld, :actor)
            RETURNING id
            """)
        .param("enterprise", c.enterpriseCode())
        .param("date", c.date())
        .param("substance", c.substance())
        .param("upheld", c.upheld())
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public List<Complaint> complaints(String enterprise) {
    return jdbc.sql(
            "SELECT * FROM credit_complaint WHERE enterprise_code = :e ORDER BY received_on DESC, id DESC")
        .param("e", enterprise)
        .query(
            (rs, n) ->
                new Complaint(
                    rs.getLong("id"),
                    rs.getString("enterprise_code"),
                    rs.getObject("received_on", LocalDate.class),
                    rs.getString("substance"),
                    rs.getBoolean("upheld")))
        .list();
  }

  /** The enterprises with any fact recorded, for the list of credit records. */
  public List<String> enterprisesWithFacts() {
    return jdbc.sql(
            """
            SELECT enterprise_code FROM credit_inspection UNION SELECT enterprise_code FROM credit_penalty
            UNION SELECT enterprise_code FROM credit_complaint UNION SELECT enterprise_code FROM credit_listing
            ORDER BY 1
            """)
        .query(String.class)
        .list();
  }

  private static Inspection inspection(ResultSet rs, int n) throws SQLException {
    return new Inspection(
        rs.getLong("id"),
        rs.getString("enterprise_code"),
        rs.getString("category_code"),
        rs.getString("product"),
        rs.getString("batch"),
        rs.getBoolean("passed"),
        Arrays.asList((String[]) rs.getArray("items_failed").getArray()),
        rs.getObject("inspected_on", LocalDate.class),
        rs.getString("authority"));
  }
}
