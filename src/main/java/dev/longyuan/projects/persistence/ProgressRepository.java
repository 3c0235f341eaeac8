package dev.longyuan.projects.persistence;

import dev.longyuan.projects.Milestone;
import dev.longyuan.projects.ProgressReport;
import dev.longyuan.shared.AttachmentFile;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The milestones of projects, their monthly progress reports and the files attached to them. */
@Repository
public class ProgressRepository {

  private final JdbcClient jdbc;

  ProgressRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long addMilestone(String project, String name, LocalDate due, @Nullable LocalDate done) {
    return jdbc.sql(
            """
            INSERT INTO project_milestone (project_code, name, due_date, done_date)
            VALUES (:project, :name, :due, :done) RETURNING id
            """)
        .param("project", project)
        .param("name", name)
        .param("due", due)
        .param("done", done)
        .query(Long.class)
        .single();
  }

  public Optional<Milestone> milestone(String project, long id) {
    return jdbc.sql("SELECT * FROM project_milestone WHERE id = :id AND project_code = :project")
        .param("id", id)
        .param("project", project)
        .query((rs, n) -> milestone(rs))
        .optional();
  }

  public void markDone(long id, LocalDate done) {
    jdbc.sql("UPDATE project_milestone SET done_date = :done WHERE id = :id")
        .param("id", id)
        .param("done", done)
        .update();
  }

  public List<Milestone> milestones(String project) {
    return jdbc.sql(
            "SELECT * FROM project_milestone WHERE project_code = :project ORDER BY due_date, id")
        .param("project", project)
        .query((rs, n) -> milestone(rs))
        .list();
  }

  /** Milestones not done whose due date is before {@code asOf}, oldest first. */
  public List<Milestone> openBefore(LocalDate asOf) {
    return jdbc.sql(
            """
            SELECT * FROM project_milestone WHERE done_date IS NULL AND due_date < :asOf
            ORDER BY due_date, project_code, id
            """)
        .param("asOf", asOf)
        .query((rs, n) -> milestone(rs))
        .list();
  }

  public long addReport(
      String project, String period, BigDecimal invested, String narrative, String actor) {
    return jdbc.sql(
            """
            INSERT INTO project_report (project_code, period, invested, narrative, filed_by)
            VALUES (:project, :period, :invested, :narrative, :actor) RETURNING id
            """)
        .param("project", project)
        .param("period", period)
        .param("invested", invested)
        .param("narrative", narrative)
        .param("actor", actor)
        .query(Long.class)
        .single();
  }

  public boolean hasReport(String project, String period) {
    return jdbc.sql(
                "SELECT count(*) FROM project_report WHERE project_code = :project AND period = :period")
            .param("project", project)
            .param("period", period)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The investment completed over all months reported, 万元. */
  public BigDecimal completed(String project) {
    return jdbc.sql(
            "SELECT COALESCE(sum(invested), 0) FROM project_report WHERE project_code = :project")
        .param("project", project)
        .query(BigDecimal.class)
        .single();
  }

  /** The investment each project completed from January to {@code month} of {@code year}. */
  public Map<String, BigDecimal> completedInYearTo(int year, int month) {
    Map<String, BigDecimal> completed = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT project_code, sum(invested) FROM project_report
            WHERE period BETWEEN :from AND :to GROUP BY project_code
            """)
        .param("from", String.format("%d-01", year))
        .param("to", String.format("%d-%02d", year, month))
        .query((rs, n) -> completed.put(rs.getString(1), rs.getBigDecimal(2)))
        .list();
    return completed;
  }

  /** The reports of a project, newest first, each with what is known of its attachments. */
  public List<ProgressReport> reports(String project) {
    Map<Long, List<ProgressReport.Attachment>> attached = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT a.id, a.report_id, a.file_name, a.content_type, a.size_bytes, a.sha256
            FROM project_attachment a JOIN project_report r ON r.id = a.report_id
            WHERE r.project_code = :project ORDER BY a.id
            """)
        .param("project", project)
        .query(
            (rs, n) ->
                attached
                    .computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                    .add(
                        new ProgressReport.Attachment(
                            rs.getLong("id"),
                            rs.getString("file_name"),
                            rs.getString("content_type"),
                            rs.getInt("size_bytes"),
                            rs.getString("sha256"))))
        .list();
    return jdbc.sql(
            "SELECT * FROM project_report WHERE project_code = :project ORDER BY period DESC")
        .param("project", project)
        .query(
            (rs, n) ->
                new ProgressReport(
                    rs.getLong("id"),
                    rs.getString("project_code"),
                    rs.getString("period"),
                    rs.getBigDecimal("invested"),
                    rs.getString("narrative"),
                    rs.getString("filed_by"),
                    rs.getObject("filed_at", Timestamp.class).toInstant(),
                    attached.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  public long attach(
      long report, String fileName, String contentType, byte[] content, String sha256) {
    return jdbc.sql(
            """
            INSERT INTO project_attachment (report_id, file_name, content_type, size_bytes, sha256, content)
            VALUES (:report, :name, :type, :size, :sha, :content) RETURNING id
            """)
        .param("report", report)
        .param("name", fileName)
        .param("type", contentType)
        .param("size", content.length)
        .param("sha", sha256)
        .param("content", content)
        .query(Long.class)
        .single();
  }

  /** An attachment of one of the project's reports, with its content. */
  public Optional<AttachmentFile> attachment(String project, long id) {
    return jdbc.sql(
            """
            SELECT a.* FROM project_attachment a JOIN project_report r ON r.id = a.report_id
            WHERE a.id = :id AND r.project_code = :project
            """)
        .param("id", id)
        .param("project", project)
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

  private static Milestone milestone(ResultSet rs) throws SQLException {
    return new Milestone(
        rs.getLong("id"),
        rs.getString("project_code"),
        rs.getString("name"),
        rs.getObject("due_date", LocalDate.class),
        rs.getObject("done_date", LocalDate.class));
  }
}
