package dev.longyuan.implementation.persistence;

import dev.longyuan.implementation.WorkItemReport;
import dev.longyuan.shared.AttachmentFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
             r.id AS report_id, r.period, r.state, r.narrative, r.reason, r.reported_by, r.reported_at
      FROM work_item w
      LEFT JOIN LATERAL (SELECT * FROM work_item_report r WHERE r.work_item_id = w.id
                         ORDER BY r.period DESC, r.id DESC LIMIT 1) r ON true
      """;

  private final JdbcClient jdbc;

  WorkItemStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> items(String planId, int year) {
    return withEvidence(
        jdbc.sql(SELECT + " WHERE w.plan_id = :p AND w.year = :y ORDER BY w.task_code, w.id")
            .param("p", planId)
            .param("y", year)
            .query(WorkItemStore::row)
            .list());
  }

  /** The items of every year of the plan. */
  public List<Row> items(String planId) {
    return withEvidence(
        jdbc.sql(SELECT + " WHERE w.plan_id = :p ORDER BY w.year, w.task_code, w.id")
            .param("p", planId)
            .query(WorkItemStore::row)
            .list());
  }

  public Optional<Row> item(long id) {
    return jdbc.sql(SELECT + " WHERE w.id = :id")
        .param("id", id)
        .query(WorkItemStore::row)
        .optional()
        .map(row -> withEvidence(List.of(row)).get(0));
  }

  public List<WorkItemReport> reports(long id) {
    List<WorkItemReport> reports =
        jdbc.sql(
                """
            SELECT id AS report_id, period, state, narrative, reason, reported_by, reported_at
            FROM work_item_report WHERE work_item_id = :id ORDER BY period DESC""")
            .param("id", id)
            .query((rs, n) -> report(rs))
            .list();
    Map<Long, List<WorkItemReport.Evidence>> evidence =
        evidence(reports.stream().map(WorkItemReport::id).toList());
    return reports.stream().map(r -> withEvidence(r, evidence)).toList();
  }

  /** Attaches a file to a report. */
  public long attach(
      long reportId,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      String actor) {
    return jdbc.sql(
            """
        INSERT INTO work_item_evidence
            (report_id, file_name, content_type, size_bytes, sha256, content, attached_by)
        VALUES (:r, :name, :type, :size, :sha, :content, :actor) RETURNING id""")
        .param("r", reportId)
        .param("name", fileName)
        .param("type", contentType)
        .param("size", content.length)
        .param("sha", sha256)
        .param("content", content)
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  /** A file attached to one of the item's reports, with its content. */
  public Optional<AttachmentFile> evidenceFile(long itemId, long evidenceId) {
    return jdbc.sql(
            """
        SELECT e.id, e.file_name, e.content_type, e.size_bytes, e.sha256, e.content
        FROM work_item_evidence e JOIN work_item_report r ON r.id = e.report_id
        WHERE e.id = :e AND r.work_item_id = :i""")
        .param("e", evidenceId)
        .param("i", itemId)
        .query(
            (rs, n) ->
                new AttachmentFile(
                    rs.getLong("id"),
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("sha256"),
                    rs.getBytes("content")))
        .optional();
  }

  /** The rows with the evidence of their latest reports, read in one query. */
  private List<Row> withEvidence(List<Row> rows) {
    Map<Long, List<WorkItemReport.Evidence>> evidence =
        evidence(rows.stream().filter(r -> r.latest() != null).map(r -> r.latest().id()).toList());
    return rows.stream()
        .map(
            row ->
                row.latest() == null
                    ? row
                    : new Row(
                        row.id(),
                        row.planId(),
                        row.year(),
                        row.taskCode(),
                        row.title(),
                        row.deliverable(),
                        row.dueDate(),
                        row.unit(),
                        withEvidence(row.latest(), evidence)))
        .toList();
  }

  private static WorkItemReport withEvidence(
      WorkItemReport r, Map<Long, List<WorkItemReport.Evidence>> evidence) {
    return new WorkItemReport(
        r.id(),
        r.period(),
        r.state(),
        r.narrative(),
        r.reason(),
        r.reportedBy(),
        r.reportedAt(),
        evidence.getOrDefault(r.id(), List.of()));
  }

  /** What is attached to each of the reports, in the order attached. */
  private Map<Long, List<WorkItemReport.Evidence>> evidence(List<Long> reportIds) {
    Map<Long, List<WorkItemReport.Evidence>> byReport = new HashMap<>();
    if (reportIds.isEmpty()) {
      return byReport;
    }
    jdbc.sql(
            """
        SELECT id, report_id, file_name, content_type, size_bytes, sha256 FROM work_item_evidence
        WHERE report_id = ANY(:ids) ORDER BY id""")
        .param("ids", reportIds.toArray(Long[]::new))
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getLong("report_id"),
                    new WorkItemReport.Evidence(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getString("sha256"))))
        .list()
        .forEach(
            e -> byReport.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byReport;
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

  /**
   * Records a quarter's report; a second report for the same quarter replaces the first and keeps
   * its evidence. Answers the report's id.
   */
  public long report(
      long id,
      String period,
      String state,
      String narrative,
      @Nullable String reason,
      String actor) {
    return jdbc.sql(
            """
        INSERT INTO work_item_report (work_item_id, period, state, narrative, reason, reported_by)
        VALUES (:id, :period, :state, :narrative, :reason, :actor)
        ON CONFLICT (work_item_id, period) DO UPDATE
        SET state = excluded.state, narrative = excluded.narrative, reason = excluded.reason,
            reported_by = excluded.reported_by, reported_at = now()
        RETURNING id""")
        .param("id", id)
        .param("period", period)
        .param("state", state)
        .param("narrative", narrative)
        .param("reason", reason)
        .param("actor", actor)
        .query(Long.class)
        .single();
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
        rs.getLong("report_id"),
        rs.getString("period"),
        rs.getString("state"),
        rs.getString("narrative"),
        rs.getString("reason"),
        rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class),
        List.of());
  }
}
