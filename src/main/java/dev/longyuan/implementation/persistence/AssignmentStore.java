package dev.longyuan.implementation.persistence;

import dev.longyuan.implementation.TaskUnits;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The province's assignments of units to tasks. Every assignment is kept; the latest for a task is
 * the one in force, so a task's history of assignments can always be shown.
 */
@Repository
public class AssignmentStore {

  private final JdbcClient jdbc;

  AssignmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The assignment in force for each task of the plan that has one, by task code. */
  public Map<String, TaskUnits> current(String planId) {
    return jdbc
        .sql(
            """
        SELECT DISTINCT ON (task_code) task_code, lead_unit, co_units, reason, assigned_by, assigned_at
        FROM task_assignment
        WHERE plan_id = :planId
        ORDER BY task_code, id DESC""")
        .param("planId", planId)
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getString("task_code"),
                    new TaskUnits(
                        rs.getString("lead_unit"),
                        Arrays.asList((String[]) rs.getArray("co_units").getArray()),
                        "assigned",
                        rs.getString("reason"),
                        rs.getString("assigned_by"),
                        rs.getObject("assigned_at", OffsetDateTime.class))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Every assignment of one task, the latest first. */
  public List<TaskUnits> history(String planId, String taskCode) {
    return jdbc.sql(
            """
        SELECT lead_unit, co_units, reason, assigned_by, assigned_at
        FROM task_assignment
        WHERE plan_id = :planId AND task_code = :taskCode
        ORDER BY id DESC""")
        .param("planId", planId)
        .param("taskCode", taskCode)
        .query(
            (rs, n) ->
                new TaskUnits(
                    rs.getString("lead_unit"),
                    Arrays.asList((String[]) rs.getArray("co_units").getArray()),
                    "assigned",
                    rs.getString("reason"),
                    rs.getString("assigned_by"),
                    rs.getObject("assigned_at", OffsetDateTime.class)))
        .list();
  }

  public void assign(
      String planId,
      String taskCode,
      String leadUnit,
      List<String> coUnits,
      String reason,
      String actor) {
    jdbc.sql(
            """
        INSERT INTO task_assignment (plan_id, task_code, lead_unit, co_units, reason, assigned_by)
        VALUES (:planId, :taskCode, :leadUnit, :coUnits, :reason, :actor)""")
        .param("planId", planId)
        .param("taskCode", taskCode)
        .param("leadUnit", leadUnit)
        .param("coUnits", coUnits.toArray(String[]::new))
        .param("reason", reason)
        .param("actor", actor)
        .update();
  }
}
