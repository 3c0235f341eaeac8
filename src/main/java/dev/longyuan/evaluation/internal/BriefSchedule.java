package dev.longyuan.evaluation.internal;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.evaluation.ReportArchive;
import dev.longyuan.evaluation.ReportKey;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.shared.DataScope;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the province's monthly brief (in Chinese) when a month's data close: a month has closed
 * when values are stored for it and none of them is still a draft, submitted or returned — every
 * value reported for the month has been approved. Each month of the plan's years is looked at, the
 * latest first; a closed month without a stored brief gets version 1, made by {@code schedule}.
 * Runs every {@code longyuan.evaluation.brief-schedule.minutes} (60) minutes, once the data have
 * stood still for a minute (never in the middle of a first start's loading), unless {@code
 * longyuan.evaluation.brief-schedule=false}; the tests call {@link #run()}.
 */
@Component
public class BriefSchedule {

  static final String ACTOR = "schedule";
  private static final List<String> OPEN_STATUSES = List.of("draft", "submitted", "returned");
  private static final Logger log = LoggerFactory.getLogger(BriefSchedule.class);

  private final PlanCatalog plans;
  private final ReportingService reporting;
  private final ReportArchive archive;
  private final IndicatorEngine engine;
  private final boolean enabled;
  private final long minutes;
  private final Clock clock = Clock.systemDefaultZone();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "evaluation-brief-schedule");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });

  BriefSchedule(
      PlanCatalog plans,
      ReportingService reporting,
      ReportArchive archive,
      IndicatorEngine engine,
      @Value("${longyuan.evaluation.brief-schedule:true}") boolean enabled,
      @Value("${longyuan.evaluation.brief-schedule.minutes:60}") long minutes) {
    this.plans = plans;
    this.reporting = reporting;
    this.archive = archive;
    this.engine = engine;
    this.enabled = enabled;
    this.minutes = minutes;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      timer.scheduleWithFixedDelay(this::runQuietly, 1, minutes, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private void runQuietly() {
    try {
      // not while data are arriving (a first start loading the shipped data, a large import): a
      // brief is kept for good, so it waits until they have loaded and stood still for a minute
      if (reporting.shippedData().running()) {
        log.info("Monthly briefs wait: the shipped data are still loading");
        timer.schedule(this::runQuietly, 2, TimeUnit.MINUTES);
        return;
      }
      String before = engine.dataVersion();
      Thread.sleep(TimeUnit.MINUTES.toMillis(1));
      if (!before.equals(engine.dataVersion())) {
        log.info("Monthly briefs wait: the data are still changing");
        timer.schedule(this::runQuietly, 2, TimeUnit.MINUTES);
        return;
      }
      run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!timer.isShutdown()) {
        log.warn("Monthly briefs could not be made: {}", e.getMessage());
      }
    }
  }

  /** Makes the brief of every closed month that has none; returns how many it made. */
  public int run() {
    int made = 0;
    for (PlanSummary summary : plans.plans()) {
      Plan plan = plans.plan(summary.id()).orElse(null);
      if (plan == null || plan.province().isEmpty()) {
        continue;
      }
      String province = plan.province().get().code().value();
      YearMonth now = YearMonth.now(clock);
      for (YearMonth month = YearMonth.of(plan.targetYear(), 12);
          !month.isBefore(YearMonth.of(plan.baseYear() + 1, 1));
          month = month.minusMonths(1)) {
        if (month.isAfter(now) || !closed(month.toString())) {
          continue;
        }
        ReportKey key =
            archive.key(
                plan.id(),
                "monthly",
                null,
                month.toString(),
                province,
                DataScope.everything(false),
                Locale.SIMPLIFIED_CHINESE);
        if (archive.exists(key)) {
          continue;
        }
        try {
          archive.latest(key, DataScope.everything(false), ACTOR);
          made++;
        } catch (RuntimeException e) {
          if (timer.isShutdown()) {
            throw e;
          }
          log.warn("The brief for {} could not be made: {}", key, e.getMessage());
        }
      }
    }
    return made;
  }

  /** Whether the month has values and every one of them is approved. */
  boolean closed(String month) {
    if (reporting.values(new ValueQuery(null, null, month, null, null, 1, 0)).isEmpty()) {
      return false;
    }
    return OPEN_STATUSES.stream()
        .allMatch(
            status ->
                reporting.values(new ValueQuery(null, null, month, null, status, 1, 0)).isEmpty());
  }
}
