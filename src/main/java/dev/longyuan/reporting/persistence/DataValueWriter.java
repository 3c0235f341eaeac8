package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.internal.CheckedValue;
import dev.longyuan.shared.DataScope;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes checked values in one transaction: they are copied into a temporary table with
 * PostgreSQL's COPY, compared with what is stored, and only the differences are written, each with
 * its audit row. Approved values are locked: a row that would change one is refused.
 */
@Repository
public class DataValueWriter {

  private static final int COPY_CHUNK = 1 << 20;

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  DataValueWriter(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** How the incoming values compare with the stored ones. */
  public record Changes(int created, int updated, int unchanged, List<ImportError> locked) {}

  /** Stages the values in a temporary table of this transaction; call inside a transaction. */
  public void stage(List<CheckedValue> values) {
    jdbc.sql(
            """
            CREATE TEMP TABLE incoming (
                row_no integer NOT NULL, data_element text NOT NULL, reporting_unit text NOT NULL,
                unit_type text NOT NULL, period text NOT NULL, measure text NOT NULL, value numeric NOT NULL,
                previous_year_value numeric, comment text) ON COMMIT DROP""")
        .update();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY incoming FROM STDIN WITH (FORMAT csv)");
      StringBuilder chunk = new StringBuilder(COPY_CHUNK + 4096);
      for (CheckedValue v : values) {
        var r = v.record();
        chunk
            .append(v.row())
            .append(',')
            .append(r.dataElement())
            .append(',')
            .append(r.reportingUnit())
            .append(',');
        chunk.append(v.unitType().word()).append(',').append(r.period().code()).append(',');
        chunk.append(r.measure().word()).append(',').append(r.value().toPlainString()).append(',');
        if (r.previousYearValue() != null) {
          chunk.append(r.previousYearValue().toPlainString());
        }
        chunk.append(',');
        appendQuoted(chunk, r.comment());
        chunk.append('\n');
        if (chunk.length() >= COPY_CHUNK) {
          write(copy, chunk);
        }
      }
      write(copy, chunk);
      copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of the incoming values failed: " + e.getMessage(), e);
    }
    jdbc.sql("ANALYZE incoming").update();
  }

  /** The staged rows whose reporting unit the scope does not cover, refused one by one. */
  public List<ImportError> outsideScope(DataScope scope) {
    return jdbc.sql(
            "SELECT row_no, reporting_unit FROM incoming WHERE NOT "
                + ScopeCondition.unit("reporting_unit")
                + " ORDER BY row_no")
        .params(ScopeCondition.params(scope))
        .query(
            (rs, n) ->
                new ImportError(
                    rs.getInt(1),
                    "reporting_unit",
                    "scope.outside",
                    "报告单位 " + rs.getString(2) + " 不在您的数据范围内，不能导入其数据",
                    "the reporting unit "
                        + rs.getString(2)
                        + " is outside your data scope: you may not import its values"))
        .list();
  }

  /** Compares the staged values with the stored ones. */
  public Changes compare() {
    var counts =
        jdbc.sql(
                """
                SELECT count(*) FILTER (WHERE d.data_element IS NULL) AS created,
                       count(*) FILTER (WHERE d.data_element IS NOT NULL AND (d.deleted OR
                         (d.value, d.previous_year_value, d.comment)
                           IS DISTINCT FROM (i.value, i.previous_year_value, i.comment))) AS updated,
                       count(*) AS total
                  FROM incoming i
                  LEFT JOIN data_value d USING (data_element, reporting_unit, period, measure)""")
            .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
            .single();
    List<ImportError> locked =
        jdbc.sql(
                """
                SELECT i.row_no, d.data_element, d.approved_level
                  FROM incoming i
                  JOIN data_value d USING (data_element, reporting_unit, period, measure)
                 WHERE d.status = 'approved' AND NOT d.deleted
                   AND (d.value, d.previous_year_value, d.comment)
                       IS DISTINCT FROM (i.value, i.previous_year_value, i.comment)
                 ORDER BY i.row_no""")
            .query(
                (rs, n) ->
                    new ImportError(
                        rs.getInt(1),
                        "value",
                        "value.locked",
                        "该值已由" + levelZh(rs.getString(3)) + "审核通过并锁定，须由审核层级退回或重新打开后才能修改",
                        "this value was approved at "
                            + rs.getString(3)
                            + " level and is locked: the approving level must reopen it first"))
            .list();
    return new Changes(counts[0], counts[1], counts[2] - counts[0] - counts[1], locked);
  }

  /**
   * Writes the differences and their audit rows. The audit rows are written first, from the values
   * as they stand; then changed values are updated and new ones inserted. (A plain INSERT of the
   * new keys costs half of an INSERT … ON CONFLICT; imports run one at a time, so no other import
   * adds the same key in between, and if anything did, the primary key would refuse the whole
   * import.)
   */
  public void apply(String source, String status, String actor, long importId) {
    jdbc.sql(
            """
            INSERT INTO data_value_audit (data_element, reporting_unit, period, measure, action, old_value, new_value,
                                          old_previous_year_value, new_previous_year_value, old_status, new_status,
                                          actor, import_id)
            SELECT i.data_element, i.reporting_unit, i.period, i.measure,
                   CASE WHEN d.data_element IS NULL THEN 'create' ELSE 'update' END,
                   d.value, i.value, d.previous_year_value, i.previous_year_value, d.status, :status, :actor, :importId
              FROM incoming i
              LEFT JOIN data_value d USING (data_element, reporting_unit, period, measure)
             WHERE d.data_element IS NULL OR d.deleted
                OR (d.value, d.previous_year_value, d.comment) IS DISTINCT FROM (i.value, i.previous_year_value, i.comment)""")
        .param("status", status)
        .param("actor", actor)
        .param("importId", importId)
        .update();
    jdbc.sql(
            """
            UPDATE data_value d
               SET value = i.value, previous_year_value = i.previous_year_value, comment = i.comment,
                   source = :source, status = :status,
                   approved_level = CASE WHEN :status = 'approved' THEN 'province' END,
                   return_reason = NULL, deleted = false, updated_at = now(), updated_by = :actor
              FROM incoming i
             WHERE d.data_element = i.data_element AND d.reporting_unit = i.reporting_unit
               AND d.period = i.period AND d.measure = i.measure
               AND (d.deleted OR (d.value, d.previous_year_value, d.comment)
                                 IS DISTINCT FROM (i.value, i.previous_year_value, i.comment))""")
        .param("source", source)
        .param("status", status)
        .param("actor", actor)
        .update();
    jdbc.sql(
            """
            INSERT INTO data_value (data_element, reporting_unit, unit_type, period, measure, value,
                                    previous_year_value, comment, source, status, approved_level, updated_by)
            SELECT i.data_element, i.reporting_unit, i.unit_type, i.period, i.measure, i.value,
                   i.previous_year_value, i.comment, :source, :status,
                   CASE WHEN :status = 'approved' THEN 'province' END, :actor
              FROM incoming i
             WHERE NOT EXISTS (
                   SELECT 1 FROM data_value x
                    WHERE x.data_element = i.data_element AND x.reporting_unit = i.reporting_unit
                      AND x.period = i.period AND x.measure = i.measure)""")
        .param("source", source)
        .param("status", status)
        .param("actor", actor)
        .update();
  }

  private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }

  private static void appendQuoted(StringBuilder out, @Nullable String text) {
    if (text == null) {
      return;
    }
    out.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  private static String levelZh(@Nullable String level) {
    return level == null
        ? ""
        : switch (level) {
          case "county" -> "县区";
          case "city" -> "市州";
          default -> "省级";
        };
  }
}
