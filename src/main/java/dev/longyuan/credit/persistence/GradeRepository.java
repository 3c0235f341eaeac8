package dev.longyuan.credit.persistence;

import dev.longyuan.credit.CreditEvaluation;
import dev.longyuan.credit.Grade;
import dev.longyuan.credit.GradeChange;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the rule set, and every enterprise's history of grades. */
@Repository
public class GradeRepository {

  private final JdbcClient jdbc;

  GradeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored rule version: its number and its JSON. */
  public record RuleVersion(int version, String rules, String note) {}

  public RuleVersion latestRules() {
    return jdbc.sql(
            "SELECT version, rules::text AS rules, note FROM credit_rule_version ORDER BY version DESC LIMIT 1")
        .query(
            (rs, n) ->
                new RuleVersion(rs.getInt("version"), rs.getString("rules"), rs.getString("note")))
        .single();
  }

  /** Serialises the grade changes of one enterprise, so that two writers record a change once. */
  public void lock(String enterprise) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('credit:' || :e))")
        .param("e", enterprise)
        .query()
        .listOfRows();
  }

  public Optional<GradeChange> latest(String enterprise) {
    return history(enterprise).stream().findFirst();
  }

  /** The grade changes of an enterprise, newest first. */
  public List<GradeChange> history(String enterprise) {
    return jdbc.sql("SELECT * FROM credit_grade_change WHERE enterprise_code = :e ORDER BY id DESC")
        .param("e", enterprise)
        .query(
            (rs, n) ->
                new GradeChange(
                    rs.getInt("score"),
                    Grade.valueOf(rs.getString("grade")),
                    rs.getInt("rule_version"),
                    rs.getString("cause"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }

  public void insert(String enterprise, CreditEvaluation evaluation, String cause) {
    jdbc.sql(
            """
            INSERT INTO credit_grade_change (enterprise_code, score, grade, rule_version, cause)
            VALUES (:e, :score, :grade, :version, :cause)
            """)
        .param("e", enterprise)
        .param("score", evaluation.score())
        .param("grade", evaluation.grade().name())
        .param("version", evaluation.ruleVersion())
        .param("cause", cause)
        .update();
  }
}
