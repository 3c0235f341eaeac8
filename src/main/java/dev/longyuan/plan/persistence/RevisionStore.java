package dev.longyuan.plan.persistence;

import dev.longyuan.plan.PlanRevision;
import dev.longyuan.plan.PlanTask;
import dev.longyuan.shared.AttachmentFile;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revisions of the plans, with the targets they change and the tasks they add. */
@Repository
public class RevisionStore {

  /** A target as a revision sets it, before the plan's original is put beside it. */
  public record TargetRow(
      int number,
      String code,
      BigDecimal value,
      @Nullable BigDecimal valueMax,
      String sourceText) {}

  /** A revision as stored, with its rows. */
  public record Stored(
      int number,
      String title,
      String documentNumber,
      LocalDate decidedOn,
      LocalDate effectiveFrom,
      String reason,
      PlanRevision.@Nullable Document document,
      List<TargetRow> targets,
      List<PlanTask> tasks,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  private final JdbcClient jdbc;

  RevisionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The plan's revisions in the order they were made. */
  public List<Stored> revisions(String planId) {
    Map<Integer, List<TargetRow>> targets = new HashMap<>();
    jdbc.sql(
            """
        SELECT number, target_code, value, value_max, source_text FROM plan_revision_target
        WHERE plan_id = :p ORDER BY number, target_code""")
        .param("p", planId)
        .query(
            (rs, n) ->
                new TargetRow(
                    rs.getInt("number"),
                    rs.getString("target_code"),
                    rs.getBigDecimal("value"),
                    rs.getBigDecimal("value_max"),
                    rs.getString("source_text")))
        .list()
        .forEach(t -> targets.computeIfAbsent(t.number(), k -> new ArrayList<>()).add(t));
    Map<Integer, List<PlanTask>> tasks = new HashMap<>();
    jdbc.sql(
            """
        SELECT * FROM plan_revision_task WHERE plan_id = :p ORDER BY number, code""")
        .param("p", planId)
        .query((rs, n) -> Map.entry(rs.getInt("number"), task(rs)))
        .list()
        .forEach(t -> tasks.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(t.getValue()));
    return jdbc.sql(
            """
        SELECT number, title, document_number, decided_on, effective_from, reason, file_name,
               content_type, size_bytes, sha256, recorded_by, recorded_at
        FROM plan_revision WHERE plan_id = :p ORDER BY number""")
        .param("p", planId)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getInt("number"),
                    rs.getString("title"),
                    rs.getString("document_number"),
                    rs.getObject("decided_on", LocalDate.class),
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getString("reason"),
                    rs.getString("file_name") == null
                        ? null
                        : new PlanRevision.Document(
                            rs.getString("file_name"),
                            rs.getString("content_type"),
                            rs.getInt("size_bytes"),
                            rs.getString("sha256")),
                    targets.getOrDefault(rs.getInt("number"), List.of()),
                    tasks.getOrDefault(rs.getInt("number"), List.of()),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Stores a revision under the next number, with its rows, and answers the number. The caller's
   * transaction keeps it whole, and holds the plan's lock until it ends, so that two revisions
   * recorded at once take the next two numbers.
   */
  public int add(
      String planId,
      String title,
      String documentNumber,
      LocalDate decidedOn,
      LocalDate effectiveFrom,
      String reason,
      @Nullable AttachmentFile document,
      List<TargetRow> targets,
      List<PlanTask> tasks,
      String actor) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('plan_revision:' || :p))")
        .param("p", planId)
        .query((rs, n) -> 1)
        .list();
    int number =
        jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM plan_revision WHERE plan_id = :p")
            .param("p", planId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
        INSERT INTO plan_revision (plan_id, number, title, document_number, decided_on,
            effective_from, reason, file_name, content_type, size_bytes, sha256, content, recorded_by)
        VALUES (:p, :n, :title, :doc, :decided, :effective, :reason, :file, :type, :size, :sha,
            :content, :actor)""")
        .param("p", planId)
        .param("n", number)
        .param("title", title)
        .param("doc", documentNumber)
        .param("decided", decidedOn)
        .param("effective", effectiveFrom)
        .param("reason", reason)
        .param("file", document == null ? null : document.fileName())
        .param("type", document == null ? null : document.contentType())
        .param("size", document == null ? null : document.sizeBytes())
        .param("sha", document == null ? null : document.sha256())
        .param("content", document == null ? null : document.content())
        .param("actor", actor)
        .update();
    for (TargetRow t : targets) {
      jdbc.sql(
              """
          INSERT INTO plan_revision_target (plan_id, number, target_code, value, value_max, source_text)
          VALUES (:p, :n, :code, :value, :max, :text)""")
          .param("p", planId)
          .param("n", number)
          .param("code", t.code())
          .param("value", t.value())
          .param("max", t.valueMax())
          .param("text", t.sourceText())
          .update();
    }
    for (PlanTask t : tasks) {
      jdbc.sql(
              """
          INSERT INTO plan_revision_task (plan_id, number, code, section, title_zh, title_en,
              source_text, lead_unit, co_units, targets)
          VALUES (:p, :n, :code, :section, :zh, :en, :text, :lead, :co, :targets)""")
          .param("p", planId)
          .param("n", number)
          .param("code", t.code())
          .param("section", t.section())
          .param("zh", t.titleZh())
          .param("en", t.titleEn())
          .param("text", t.sourceText())
          .param("lead", t.leadUnit())
          .param("co", t.coUnits().toArray(String[]::new))
          .param("targets", t.targets().toArray(String[]::new))
          .update();
    }
    return number;
  }

  /** The document attached to a revision, with its content. */
  public Optional<AttachmentFile> document(String planId, int number) {
    return jdbc.sql(
            """
        SELECT number, file_name, content_type, size_bytes, sha256, content FROM plan_revision
        WHERE plan_id = :p AND number = :n AND content IS NOT NULL""")
        .param("p", planId)
        .param("n", number)
        .query(
            (rs, n) ->
                new AttachmentFile(
                    rs.getInt("number"),
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("sha256"),
                    rs.getBytes("content")))
        .optional();
  }

  private static PlanTask task(ResultSet rs) throws SQLException {
    return new PlanTask(
        rs.getString("code"),
        rs.getString("section"),
        rs.getString("title_zh"),
        rs.getString("title_en"),
        rs.getString("source_text"),
        List.of(),
        List.of(),
        List.of(),
        strings(rs.getArray("targets")),
        rs.getString("lead_unit"),
        strings(rs.getArray("co_units")),
        "revision");
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
