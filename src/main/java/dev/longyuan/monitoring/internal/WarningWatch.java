package dev.longyuan.monitoring.internal;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.monitoring.Warnings;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.reporting.ReportingService;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates every plan's warning rules once the data have settled at a new version (the same
 * version two looks apart), as the monitoring pages are computed ahead: an alert is raised or
 * closed after each recomputation, without anybody opening a page. The rules are evaluated again
 * every ten minutes as well, since some depend on the date (a report past its deadline, a milestone
 * past its due date) and on the key projects, whose changes are not values.
 */
@Component
@ConditionalOnProperty(
    name = "longyuan.monitoring.warnings",
    havingValue = "true",
    matchIfMissing = true)
class WarningWatch {

  private static final Logger log = LoggerFactory.getLogger(WarningWatch.class);
  private static final java.time.Duration AGAIN_AFTER = java.time.Duration.ofMinutes(10);

  private final PlanCatalog plans;
  private final IndicatorEngine engine;
  private final Warnings warnings;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "monitoring-warnings");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });
  private String seen = "";
  private String evaluated = "";
  private long evaluatedAt = System.nanoTime();

  private final ReportingService reporting;

  WarningWatch(
      PlanCatalog plans, IndicatorEngine engine, Warnings warnings, ReportingService reporting) {
    this.plans = plans;
    this.engine = engine;
    this.warnings = warnings;
    this.reporting = reporting;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    timer.scheduleWithFixedDelay(this::evaluateWhenSettled, 5, 10, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private void evaluateWhenSettled() {
    try {
      // not on half-loaded data: an alert would open and close between the loading's steps
      if (reporting.shippedData().running()) {
        return;
      }
      String version = engine.dataVersion();
      boolean stale = System.nanoTime() - evaluatedAt > AGAIN_AFTER.toNanos();
      if (version.equals(seen) && (!version.equals(evaluated) || stale)) {
        long started = System.nanoTime();
        plans.plans().stream().map(PlanSummary::id).forEach(warnings::evaluate);
        evaluated = version;
        evaluatedAt = System.nanoTime();
        log.info(
            "Warning rules evaluated for data version {} in {} ms",
            version,
            (System.nanoTime() - started) / 1_000_000);
      }
      seen = version;
    } catch (RuntimeException e) {
      // the next change tries again
      log.warn("Warning rules could not be evaluated: {}", e.getMessage());
      evaluated = seen;
    }
  }
}
