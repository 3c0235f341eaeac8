package dev.longyuan.implementation.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual plans' states and the yearly target values the province set by hand. */
@Repository
public class AnnualPlanStore {

  /** An annual plan's state. */
  public record State(
      String status, @Nullable String approvedBy, @Nullable OffsetDateTime approvedAt) {}

  /** A yearly value set by hand, with who set it and why. */
  public record SetValue(
      String targetCode, BigDecimal value, String note, String setBy, OffsetDateTime setAt) {}

  private final JdbcClient jdbc;

  AnnualPlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<State> state(String planId, int year) {
    return jdbc.sql(
            "SELECT status, approved_by, approved_at FROM annual_plan WHERE plan_id = :p AND year = :y")
        .param("p", planId)
        .param("y", year)
        .query(
            (rs, n) ->
                new State(
                    rs.getString("status"),
                    rs.getString("approved_by"),
                    rs.getObject("approved_at", OffsetDateTime.class)))
        .optional();
  }

  public List<SetValue> values(String planId, int year) {
    return jdbc.sql(
            """
        SELECT target_code, value, note, set_by, set_at FROM annual_target
        WHERE plan_id = :p AND year = :y""")
        .param("p", planId)
        .param("y", year)
        .query(
            (rs, n) ->
                new SetValue(
                    rs.getString("target_code"),
                    rs.getBigDecimal("value"),
                    rs.getString("note"),
                    rs.getString("set_by"),
                    rs.getObject("set_at", OffsetDateTime.class)))
        .list();
  }

  /** Sets a yearly value, creating the year's draft when it has none. */
  public void set(
      String planId, int year, String targetCode, BigDecimal value, String note, String actor) {
    jdbc.sql(
            """
        INSERT INTO annual_plan (plan_id, year, status) VALUES (:p, :y, 'draft')
        ON CONFLICT (plan_id, year) DO NOTHING""")
        .param("p", planId)
        .param("y", year)
        .update();
    jdbc.sql(
            """
        INSERT INTO annual_target (plan_id, year, target_code, value, note, set_by)
        VALUES (:p, :y, :t, :v, :note, :actor)
        ON CONFLICT (plan_id, year, target_code)
        DO UPDATE SET value = excluded.value, note = excluded.note, set_by = excluded.set_by,
                      set_at = now()""")
        .param("p", planId)
        .param("y", year)
        .param("t", targetCode)
        .param("v", value)
        .param("note", note)
        .param("actor", actor)
        .update();
  }

  /** Approves the year's plan; false when it was approved already. */
  public boolean approve(String planId, int year, String actor) {
    jdbc.sql(
            """
        INSERT INTO annual_plan (plan_id, year, status) VALUES (:p, :y, 'draft')
        ON CONFLICT (plan_id, year) DO NOTHING""")
        .param("p", planId)
        .param("y", year)
        .update();
    return jdbc.sql(
                """
        UPDATE annual_plan SET status = 'approved', approved_by = :actor, approved_at = now()
        WHERE plan_id = :p AND year = :y AND status = 'draft'""")
            .param("p", planId)
            .param("y", year)
            .param("actor", actor)
            .update()
        == 1;
  }
}
