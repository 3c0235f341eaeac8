package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.UnitType;
import dev.longyuan.reporting.ValueChange;
import dev.longyuan.reporting.ValueQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored values and their history. */
@Repository
public class DataValueRepository {

  private final JdbcClient jdbc;

  DataValueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<StoredValue> find(ValueQuery query) {
    return jdbc.sql(
            """
            SELECT * FROM data_value
             WHERE NOT deleted
               AND (CAST(:unit AS text) IS NULL OR reporting_unit = :unit)
               AND (CAST(:element AS text) IS NULL OR data_element = :element)
               AND (CAST(:period AS text) IS NULL OR period = :period)
               AND (CAST(:measure AS text) IS NULL OR measure = :measure)
               AND (CAST(:status AS text) IS NULL OR status = :status)
             ORDER BY reporting_unit, data_element, period, measure
             LIMIT :limit OFFSET :offset""")
        .param("unit", query.reportingUnit())
        .param("element", query.dataElement())
        .param("period", query.period())
        .param("measure", query.measure())
        .param("status", query.status())
        .param("limit", query.limit())
        .param("offset", query.offset())
        .query(DataValueRepository::stored)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM data_value WHERE NOT deleted").query(Long.class).single();
  }

  public List<ValueChange> history(
      String dataElement, String reportingUnit, String period, String measure) {
    return jdbc.sql(
            """
            SELECT * FROM data_value_audit
             WHERE data_element = :element AND reporting_unit = :unit AND period = :period AND measure = :measure
             ORDER BY at, id""")
        .param("element", dataElement)
        .param("unit", reportingUnit)
        .param("period", period)
        .param("measure", measure)
        .query(
            (rs, n) ->
                new ValueChange(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getBigDecimal("old_value"),
                    rs.getBigDecimal("new_value"),
                    rs.getBigDecimal("old_previous_year_value"),
                    rs.getBigDecimal("new_previous_year_value"),
                    rs.getString("old_status"),
                    rs.getString("new_status"),
                    rs.getString("reason"),
                    rs.getObject("import_id", Long.class)))
        .list();
  }

  static StoredValue stored(ResultSet rs, int n) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    return new StoredValue(
        rs.getString("data_element"),
        rs.getString("reporting_unit"),
        rs.getString("unit_type").equals("enterprise") ? UnitType.ENTERPRISE : UnitType.REGION,
        rs.getString("period"),
        Measure.fromWord(rs.getString("measure")).orElseThrow(),
        rs.getBigDecimal("value"),
        rs.getBigDecimal("previous_year_value"),
        rs.getString("comment"),
        rs.getString("source"),
        rs.getString("status"),
        rs.getString("approved_level"),
        rs.getString("return_reason"),
        updated.toInstant(),
        rs.getString("updated_by"));
  }
}
