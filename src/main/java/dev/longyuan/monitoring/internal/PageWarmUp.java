package dev.longyuan.monitoring.internal;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.IndustryProfiles;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.monitoring.Overview;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanSummary;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
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
 * Computes the province's overview, its industry and its indicators' details once the data has
 * settled (the same version two looks apart), so that the first reader after a start or after new
 * data does not wait the second or two they take: they are kept per data version, and a reader then
 * gets them as fast as any later one.
 */
@Component
@ConditionalOnProperty(
    name = "longyuan.monitoring.warm-up",
    havingValue = "true",
    matchIfMissing = true)
class PageWarmUp {

  private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);

  private final PlanCatalog plans;
  private final IndicatorEngine engine;
  private final MonitoringOverview overviews;
  private final IndustryProfiles profiles;
  private final IndicatorDetails details;
  private final ReportingService reporting;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "monitoring-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
          });
  private String seen = "";
  private String warmed = "";

  PageWarmUp(
      PlanCatalog plans,
      IndicatorEngine engine,
      MonitoringOverview overviews,
      IndustryProfiles profiles,
      IndicatorDetails details,
      ReportingService reporting) {
    this.reporting = reporting;
    this.plans = plans;
    this.engine = engine;
    this.overviews = overviews;
    this.profiles = profiles;
    this.details = details;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    timer.scheduleWithFixedDelay(this::warmWhenSettled, 0, 10, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private void warmWhenSettled() {
    try {
      // not while a first start loads the shipped data: what it computed would be stale at once
      if (reporting.shippedData().running()) {
        return;
      }
      String version = engine.dataVersion();
      if (version.equals(seen) && !version.equals(warmed)) {
        long started = System.nanoTime();
        plans.plans().stream().map(PlanSummary::id).forEach(this::warm);
        warmed = version;
        log.info(
            "Monitoring pages computed for data version {} in {} ms",
            version,
            (System.nanoTime() - started) / 1_000_000);
      }
      seen = version;
    } catch (RuntimeException e) {
      if (timer.isShutdown()) {
        return; // the platform is stopping and its database with it
      }
      // a reader computes what could not be computed here; the next change tries again
      log.warn("Monitoring pages could not be computed ahead: {}", e.getMessage());
      warmed = seen;
    }
  }

  private void warm(String planId) {
    Plan plan = plans.plan(planId).orElse(null);
    if (plan == null) {
      return;
    }
    DataScope everything = DataScope.everything(false);
    int year = plan.targetYear();
    Overview overview = overviews.overview(planId, year, everything, null);
    profiles.region(plan, overview.regionCode(), year, everything);
    for (Indicator indicator : plan.indicators()) {
      if (indicator.definition() != null && indicator.definition().expression() != null) {
        details.detail(planId, indicator.code(), year, everything, null);
      }
    }
  }
}
