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
                  FROM data_value WHERE change_seq > ? ORDER BY change_seq""",
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
                seq));
    return last[0];
  }

  public long enterprisesSince(long seq, Consumer<FedEnterprise> consumer) {
    long[] last = {seq};
    readOnly.executeWithoutResult(
        status ->
            streaming.query(
                """
                SELECT change_seq, credit_code, region_code, industry_code, size_class
                  FROM enterprise WHERE change_seq > ? ORDER BY change_seq""",
                rs -> {
                  last[0] = rs.getLong(1);
                  consumer.accept(
                      new FedEnterprise(
                          last[0],
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5)));
                },
                seq));
    return last[0];
  }
}
