package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalLevel;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.PeriodFiling;
import dev.longyuan.reporting.ReportingConduct;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves values along the approval path in one statement, writing an audit row for each value moved.
 * Values not in a state the step applies to are left as they are.
 */
@Repository
public class ApprovalRepository {

  /**
   * Enterprises registered directly under a city's code (嘉峪关市 has no counties): no county approves
   * them, so the city is their first level.
   */
  static final String UNDER_A_CITY =
      "SELECT CAST(credit_code AS text) FROM enterprise WHERE region_code LIKE '____00'";

  private final JdbcClient jdbc;

  ApprovalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Applies the step to values in scope; returns how many values it moved. */
  @Transactional
  public int apply(ApprovalRequest request, DataScope scope) {
    ApprovalLevel level = request.level();
    String eligible;
    String newStatus;
    String newLevel;
    switch (request.action()) {
      case SUBMIT -> {
        eligible = "d.status IN ('draft', 'returned')";
        newStatus = "'submitted'";
        newLevel = "NULL";
      }
      case APPROVE -> {
        ApprovalLevel before = level.before();
        eligible =
            "d.status IN ('submitted', 'approved') AND "
                + (before == null
                    ? "d.approved_level IS NULL"
                    : "(d.approved_level = '"
                        + before.word()
                        + "' OR (d.unit_type = 'region' AND "
                        + below(level)
                        + ")"
                        + (level == ApprovalLevel.CITY
                            ? " OR (d.approved_level IS NULL AND d.reporting_unit IN ("
                                + UNDER_A_CITY
                                + "))"
                            : "")
                        + ")");
        newStatus = "'approved'";
        newLevel = "'" + level.word() + "'";
      }
      case RETURN -> {
        eligible =
            "d.status IN ('submitted', 'approved') AND (d.approved_level IS NULL OR "
                + atOrBelow(level)
                + ")";
        newStatus = "'returned'";
        newLevel = "NULL";
      }
      case REOPEN -> {
        eligible = "d.status = 'approved' AND d.approved_level = '" + level.word() + "'";
        newStatus = "'submitted'";
        newLevel = "NULL";
      }
      default -> throw new IllegalStateException();
    }
    String reason = request.action() == ApprovalAction.RETURN ? request.reason() : null;
    return jdbc.sql(
            """
            WITH moved AS (
                UPDATE data_value d
                   SET status = %2$s, approved_level = %3$s, return_reason = CAST(:reason AS text),
                       updated_at = now(), updated_by = :actor
                  FROM data_value old
                 WHERE d.reporting_unit = :unit AND d.period = :period
                   AND (CAST(:element AS text) IS NULL OR d.data_element = :element)
                   AND NOT d.deleted AND %1$s AND %4$s
                   AND old.data_element = d.data_element AND old.reporting_unit = d.reporting_unit
                   AND old.period = d.period AND old.measure = d.measure
                RETURNING d.data_element, d.reporting_unit, d.period, d.measure, d.value, d.previous_year_value,
                          old.status AS old_status, d.status AS new_status)
            INSERT INTO data_value_audit (data_element, reporting_unit, period, measure, action, old_value, new_value,
                                          old_previous_year_value, new_previous_year_value, old_status, new_status,
                                          actor, reason)
            SELECT data_element, reporting_unit, period, measure, :action, value, value, previous_year_value,
                   previous_year_value, old_status, new_status, :actor, :auditReason
              FROM moved"""
                .formatted(eligible, newStatus, newLevel, ScopeCondition.unit("d.reporting_unit")))
        .params(ScopeCondition.params(scope))
        .param("reason", reason)
        .param("auditReason", request.reason())
        .param("actor", request.actor())
        .param("unit", request.reportingUnit())
        .param("period", request.period())
        .param("element", request.dataElement())
        .param("action", request.action().word())
        .update();
  }

  private static String below(ApprovalLevel level) {
    return level.ordinal() == 0
        ? "false"
        : "(d.approved_level IS NULL OR d.approved_level IN ("
            + java.util.Arrays.stream(ApprovalLevel.values())
                .filter(l -> l.ordinal() < level.ordinal())
                .map(l -> "'" + l.word() + "'")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow()
            + "))";
  }

  private static String atOrBelow(@Nullable ApprovalLevel level) {
    return level == null
        ? "true"
        : "(" + below(level) + " OR d.approved_level = '" + level.word() + "')";
  }

  /**
   * The distinct periods of a unit that a reviewer returned, and those reopened after approval,
   * since the time given, from the values' audit rows.
   */
  public ReportingConduct conduct(String reportingUnit, OffsetDateTime since) {
    return jdbc.sql(
            """
            SELECT count(DISTINCT period) FILTER (WHERE action = 'return') AS returned,
                   count(DISTINCT period) FILTER (WHERE action = 'reopen') AS reopened
              FROM data_value_audit
             WHERE reporting_unit = :unit AND at >= :since AND action IN ('return', 'reopen')
            """)
        .param("unit", reportingUnit)
        .param("since", since)
        .query((rs, n) -> new ReportingConduct(rs.getInt("returned"), rs.getInt("reopened")))
        .single();
  }

  /**
   * The periods a unit reported its own figures for (not official or synthetic ones), each with the
   * first time any of its values was submitted, from the values' audit rows.
   */
  public List<PeriodFiling> filings(String reportingUnit) {
    return jdbc.sql(
            """
            SELECT period, min(at) AS first_submitted
              FROM data_value_audit
             WHERE reporting_unit = :unit AND new_status = 'submitted'
               AND period IN (SELECT period FROM data_value
                               WHERE reporting_unit = :unit AND source = 'reported')
             GROUP BY period
             ORDER BY period
            """)
        .param("unit", reportingUnit)
        .query(
            (rs, n) ->
                new PeriodFiling(
                    Period.parse(rs.getString("period")),
                    rs.getObject("first_submitted", OffsetDateTime.class)))
        .list();
  }
}
