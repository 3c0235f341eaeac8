package dev.longyuan.implementation.persistence;

import dev.longyuan.implementation.WorkItemReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The work items of the annual plans and their units' quarterly reports. */
@Repository
public class WorkItemStore {

  /** A work item as stored, with its latest report. */
  public record Row(
      long id,
      String planId,
      int year,
      String taskCode,
      String title,
      String deliverable,
      LocalDate dueDate,
      String unit,
      @Nullable WorkItemReport latest) {}

  private static final String SELECT =
      """
      SELECT w.id, w.plan_id, w.year, w.task_code, w.title, w.deliverable, w.due_date, w.unit,
             r.period, r.state, r.narrative, r.reason, r.reported_by, r.reported_at
      FROM work_item w
      LEFT JOIN LATERAL (SELECT * FROM work_item_report r WHERE r.work_item_id = w.id
                         ORDER BY r.period DESC, r.id DESC LIMIT 1) r ON true
      """;

  private final JdbcClient jdbc;

  WorkItemStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> items(String planId, int year) {
    return jdbc.sql(SELECT + " WHERE w.plan_id = :p AND w.year = :y ORDER BY w.task_code, w.id")
        .param("p", planId)
        .param("y", year)
        .query(WorkItemStore::row)
        .list();
  }

  /** The items of every year of the plan. */
  public List<Row> items(String planId) {
    return jdbc.sql(SELECT + " WHERE w.plan_id = :p ORDER BY w.year, w.task_code, w.id")
        .param("p", planId)
        .query(WorkItemStore::row)
        .list();
  }

  public Optional<Row> item(long id) {
    return jdbc.sql(SELECT + " WHERE w.id = :id")
        .param("id", id)
        .query(WorkItemStore::row)
        .optional();
  }

  public List<WorkItemReport> reports(long id) {
    return jdbc.sql(
            """
        SELECT period, state, narrative, reason, reported_by, reported_at FROM work_item_report
        WHERE work_item_id = :id ORDER BY period DESC""")
        .param("id", id)
        .query((rs, n) -> report(rs))
        .list();
  }

  public long add(
      String planId,
      int year,
      String taskCode,
      String title,
      String deliverable,
      LocalDate dueDate,
      String unit,
      String actor) {
    return jdbc.sql(
            """
        INSERT INTO work_item (plan_id, year, task_code, title, deliverable, due_date, unit, created_by)
        VALUES (:p, :y, :t, :title, :deliverable, :due, :unit, :actor) RETURNING id""")
        .param("p", planId)
        .param("y", year)
        .param("t", taskCode)
        .param("title", title)
        .param("deliverable", deliverable)
        .param("due", dueDate)
        .param("unit", unit)
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  /** Records a quarter's report; a second report for the same quarter replaces the first. */
  public void report(
      long id,
      String period,
      String state,
      String narrative,
      @Nullable String reason,
      String actor) {
    jdbc.sql(
            """
        INSERT INTO work_item_report (work_item_id, period, state, narrative, reason, reported_by)
        VALUES (:id, :period, :state, :narrative, :reason, :actor)
        ON CONFLICT (work_item_id, period) DO UPDATE
        SET state = excluded.state, narrative = excluded.narrative, reason = excluded.reason,
            reported_by = excluded.reported_by, reported_at = now()""")
        .param("id", id)
        .param("period", period)
        .param("state", state)
        .param("narrative", narrative)
        .param("reason", reason)
        .param("actor", actor)
        .update();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("plan_id"),
        rs.getInt("year"),
        rs.getString("task_code"),
        rs.getString("title"),
        rs.getString("deliverable"),
        rs.getObject("due_date", LocalDate.class),
        rs.getString("unit"),
        rs.getString("period") == null ? null : report(rs));
  }

  private static WorkItemReport report(ResultSet rs) throws SQLException {
    return new WorkItemReport(
        rs.getString("period"),
        rs.getString("state"),
        rs.getString("narrative"),
        rs.getString("reason"),
        rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class));
  }
}
