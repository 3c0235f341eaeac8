package dev.longyuan.analytics.internal;

import dev.longyuan.reporting.ApprovalStepTaken;
import dev.longyuan.reporting.FedEnterprise;
import dev.longyuan.reporting.FedValue;
import dev.longyuan.reporting.ValueFeed;
import dev.longyuan.reporting.ValuesImported;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The analytics engine's columnar copy of the data values and the registry, in an embedded DuckDB
 * in memory: filled from PostgreSQL at start and brought up to date with what committed since
 * ({@link ValueFeed}) after every import and approval step and before every query, so that it can
 * never lag a committed write that a query could see.
 */
@Component
class ValueMirror implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ValueMirror.class);

  private static final int SCALE = 10;

  private final ValueFeed feed;
  private final DuckDBConnection writer;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "analytics-copy");
            thread.setDaemon(true);
            return thread;
          });
  private long lastValue;
  private long lastEnterprise;

  ValueMirror(ValueFeed feed) throws SQLException {
    this.feed = feed;
    this.writer = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = writer.createStatement()) {
      for (String table : new String[] {"value", "staged_value"}) {
        st.execute(
            "CREATE TABLE "
                + table
                + """
                 (data_element VARCHAR NOT NULL, reporting_unit VARCHAR NOT NULL,
                  unit_type VARCHAR, period VARCHAR NOT NULL, measure VARCHAR NOT NULL,
                  value DECIMAL(38, 10), previous_year_value DECIMAL(38, 10),
                  status VARCHAR, source VARCHAR, deleted BOOLEAN NOT NULL)""");
      }
      for (String table : new String[] {"enterprise", "staged_enterprise"}) {
        st.execute(
            "CREATE TABLE "
                + table
                + """
                 (credit_code VARCHAR NOT NULL, region_code VARCHAR, industry_code VARCHAR,
                  size_class VARCHAR, removed BOOLEAN NOT NULL)""");
      }
    }
  }

  /** A connection of its own for a reader, which sees the copy as of its last catch-up. */
  Connection reader() throws SQLException {
    catchUp();
    return writer.duplicate();
  }

  /**
   * Which committed changes the copy holds, brought up to date first: two answers computed at the
   * same version rest on the same data.
   */
  synchronized String version() {
    catchUp();
    return lastValue + ":" + lastEnterprise;
  }

  /**
   * Once the platform answers, in the background: a large copy takes a while to fill (a query
   * before it is done waits for it), and a first start's shipped data may be loading beside it.
   */
  @EventListener(ApplicationReadyEvent.class)
  void loadAtStart() {
    background.execute(
        () -> {
          long started = System.nanoTime();
          try {
            catchUp();
            log.info(
                "analytics copy loaded up to change {} in {} ms",
                lastValue,
                (System.nanoTime() - started) / 1_000_000);
          } catch (RuntimeException e) {
            log.warn("the analytics copy will load at the first query: {}", e.getMessage());
          }
        });
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ValuesImported imported) {
    catchUpSoon();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ApprovalStepTaken step) {
    catchUpSoon();
  }

  /**
   * Catches up beside the writer, which need not wait for the copy (a reader catches up before it
   * reads in any case); one pending catch-up covers every commit before it.
   */
  private void catchUpSoon() {
    if (pending.compareAndSet(false, true)) {
      background.execute(
          () -> {
            pending.set(false);
            try {
              catchUp();
            } catch (RuntimeException e) {
              log.warn("the analytics copy will catch up at the next query: {}", e.getMessage());
            }
          });
    }
  }

  /** Brings the copy up to the last committed change: replaced rows out, current rows in. */
  synchronized void catchUp() {
    try {
      writer.setAutoCommit(false);
      long values;
      try (DuckDBAppender staged =
          writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_value")) {
        values = feed.valuesSince(lastValue, v -> append(staged, v));
      }
      long enterprises;
      try (DuckDBAppender staged =
          writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_enterprise")) {
        enterprises = feed.enterprisesSince(lastEnterprise, e -> append(staged, e));
      }
      if (values == lastValue && enterprises == lastEnterprise) {
        writer.commit(); // nothing changed since the last catch-up: the staging tables are empty
        return;
      }
      try (Statement st = writer.createStatement()) {
        st.execute(
            """
            DELETE FROM value v USING staged_value s
             WHERE v.data_element = s.data_element AND v.reporting_unit = s.reporting_unit
               AND v.period = s.period AND v.measure = s.measure""");
        // in element order, so that a query's element skips the row groups of every other one
        // (DuckDB keeps each row group's least and greatest value): the first load is all of it
        st.execute(
            "INSERT INTO value SELECT * FROM staged_value WHERE NOT deleted"
                + " ORDER BY data_element, measure, period");
        st.execute(
            "DELETE FROM enterprise e USING staged_enterprise s WHERE e.credit_code = s.credit_code");
        st.execute("INSERT INTO enterprise SELECT * FROM staged_enterprise WHERE NOT removed");
        st.execute("DELETE FROM staged_value");
        st.execute("DELETE FROM staged_enterprise");
      }
      writer.commit();
      lastValue = values;
      lastEnterprise = enterprises;
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new IllegalStateException(
          "the analytics copy could not catch up: " + e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      writer.rollback();
    } catch (SQLException e) {
      log.warn("rollback of the analytics copy failed", e);
    }
  }

  private static void append(DuckDBAppender staged, FedValue v) {
    try {
      staged.beginRow();
      staged.append(v.dataElement());
      staged.append(v.reportingUnit());
      text(staged, v.unitType());
      staged.append(v.period());
      staged.append(v.measure());
      decimal(staged, v.value());
      decimal(staged, v.previousYearValue());
      text(staged, v.status());
      text(staged, v.source());
      staged.append(v.deleted());
      staged.endRow();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * DuckDB's appender takes a decimal only at the column's scale; values carry at most ten places.
   */
  private static void decimal(DuckDBAppender staged, @Nullable BigDecimal value)
      throws SQLException {
    if (value == null) {
      staged.appendNull();
    } else {
      staged.append(value.setScale(SCALE, RoundingMode.UNNECESSARY));
    }
  }

  private static void text(DuckDBAppender staged, @Nullable String value) throws SQLException {
    if (value == null) {
      staged.appendNull();
    } else {
      staged.append(value);
    }
  }

  private static void append(DuckDBAppender staged, FedEnterprise e) {
    try {
      staged.beginRow();
      staged.append(e.creditCode());
      text(staged, e.regionCode());
      text(staged, e.industryCode());
      text(staged, e.sizeClass());
      staged.append(e.removed());
      staged.endRow();
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  @Override
  public void destroy() throws SQLException {
    background.shutdownNow();
    synchronized (this) {
      writer.close();
    }
  }
}
