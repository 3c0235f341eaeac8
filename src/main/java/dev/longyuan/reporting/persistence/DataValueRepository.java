package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.UnitType;
import dev.longyuan.reporting.ValueChange;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads stored values and their history. */
@Repository
public class DataValueRepository {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate streaming;
  private final TransactionTemplate readOnly;

  DataValueRepository(
      JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    // PostgreSQL streams a result only inside a transaction with a fetch size
    template.setFetchSize(10_000);
    this.streaming = new NamedParameterJdbcTemplate(template);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Takes the values one by one as the database yields them, for exports of any size. */
  @FunctionalInterface
  public interface RecordsConsumer {
    void accept(Iterable<ValueRecord> records) throws IOException;
  }

  /** Streams the values the query selects to the consumer, in key order. */
  public void forEach(ValueQuery query, RecordsConsumer consumer) throws IOException {
    try {
      readOnly.executeWithoutResult(
          status -> {
            MapSqlParameterSource params =
                new MapSqlParameterSource(ScopeCondition.params(query.scope()))
                    .addValue("unit", query.reportingUnit())
                    .addValue("element", query.dataElement())
                    .addValue("period", query.period())
                    .addValue("measure", query.measure())
                    .addValue("status", query.status());
            try (Stream<ValueRecord> records =
                streaming.queryForStream(
                    """
                    SELECT data_element, reporting_unit, period, measure, value, previous_year_value, comment
                      FROM data_value
                     WHERE NOT deleted
                       AND (CAST(:unit AS text) IS NULL OR reporting_unit = :unit)
                       AND (CAST(:element AS text) IS NULL OR data_element = :element)
                       AND (CAST(:period AS text) IS NULL OR period = :period)
                       AND (CAST(:measure AS text) IS NULL OR measure = :measure)
                       AND (CAST(:status AS text) IS NULL OR status = :status)
                       AND %s
                     ORDER BY reporting_unit, data_element, period, measure"""
                        .formatted(ScopeCondition.unit("reporting_unit")),
                    params,
                    (rs, n) ->
                        new ValueRecord(
                            rs.getString(1),
                            rs.getString(2),
                            Period.parse(rs.getString(3)),
                            Measure.fromWord(rs.getString(4)).orElseThrow(),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6),
                            rs.getString(7)))) {
              consumer.accept(records::iterator);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
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
               AND %s
             ORDER BY reporting_unit, data_element, period, measure
             LIMIT :limit OFFSET :offset"""
                .formatted(ScopeCondition.unit("reporting_unit")))
        .params(ScopeCondition.params(query.scope()))
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

  /** How many values the scope covers. */
  public long count(DataScope scope) {
    return jdbc.sql(
            "SELECT count(*) FROM data_value WHERE NOT deleted AND "
                + ScopeCondition.unit("reporting_unit"))
        .params(ScopeCondition.params(scope))
        .query(Long.class)
        .single();
  }

  /** Whether a reporting unit is in scope (whether or not it has reported anything). */
  public boolean covers(DataScope scope, String reportingUnit) {
    return jdbc.sql("SELECT " + ScopeCondition.unit("CAST(:unit AS text)"))
        .params(ScopeCondition.params(scope))
        .param("unit", reportingUnit)
        .query(Boolean.class)
        .single();
  }

  /** Every change of one value, when its unit is in scope; else nothing. */
  public List<ValueChange> history(
      DataScope scope, String dataElement, String reportingUnit, String period, String measure) {
    return jdbc.sql(
            """
            SELECT * FROM data_value_audit
             WHERE data_element = :element AND reporting_unit = :unit AND period = :period AND measure = :measure
               AND %s
             ORDER BY at, id"""
                .formatted(ScopeCondition.unit("reporting_unit")))
        .params(ScopeCondition.params(scope))
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
