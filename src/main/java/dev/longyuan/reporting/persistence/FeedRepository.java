package dev.longyuan.reporting.persistence;

import dev.longyuan.reporting.FedEnterprise;
import dev.longyuan.reporting.FedValue;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads rows by their change number (see V8__reporting_change_sequence.sql), streaming. */
@Repository
public class FeedRepository {

  private final JdbcTemplate streaming;
  private final TransactionTemplate readOnly;

  FeedRepository(DataSource dataSource, PlatformTransactionManager transactions) {
    this.streaming = new JdbcTemplate(dataSource);
    // PostgreSQL streams a result only inside a transaction with a fetch size
    this.streaming.setFetchSize(20_000);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  public long valuesSince(long seq, Consumer<FedValue> consumer) {
    long[] last = {seq};
    readOnly.executeWithoutResult(
        status ->
            streaming.query(
                """
                SELECT change_seq, data_element, reporting_unit, unit_type, period, measure, value,
                       previous_year_value, status, source, deleted
                  FROM data_value WHERE change_seq > ?
                UNION ALL
                -- a key removed outright, unless it exists again: then its row above is its state
                SELECT t.change_seq, t.data_element, t.reporting_unit, NULL, t.period, t.measure, NULL,
                       NULL, NULL, NULL, true
                  FROM data_value_tombstone t
                 WHERE t.change_seq > ?
                   AND NOT EXISTS (SELECT 1 FROM data_value d
                                    WHERE d.data_element = t.data_element AND d.reporting_unit = t.reporting_unit
                                      AND d.period = t.period AND d.measure = t.measure)
                 ORDER BY 1""",
                rs -> {
                  last[0] = rs.getLong(1);
                  consumer.accept(
                      new FedValue(
                          last[0],
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getBigDecimal(7),
                          rs.getBigDecimal(8),
                          rs.getString(9),
                          rs.getString(10),
                          rs.getBoolean(11)));
                },
                seq,
                seq));
    return last[0];
  }

  public long enterprisesSince(long seq, Consumer<FedEnterprise> consumer) {
    long[] last = {seq};
    readOnly.executeWithoutResult(
        status ->
            streaming.query(
                """
                SELECT change_seq, credit_code, region_code, industry_code, size_class, false
                  FROM enterprise WHERE change_seq > ?
                UNION ALL
                SELECT t.change_seq, t.credit_code, NULL, NULL, NULL, true
                  FROM enterprise_tombstone t
                 WHERE t.change_seq > ?
                   AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.credit_code = t.credit_code)
                 ORDER BY 1""",
                rs -> {
                  last[0] = rs.getLong(1);
                  consumer.accept(
                      new FedEnterprise(
                          last[0],
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getBoolean(6)));
                },
                seq,
                seq));
    return last[0];
  }
}
