package dev.longyuan.smeservices.internal;

import dev.longyuan.smeservices.ServiceLevels;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
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
 * Escalates the requests past their service levels every ten minutes, as the warning rules are
 * evaluated (and off where they are, as in the tests, which escalate when they ask); {@code
 * longyuan.sme.escalation} turns it off alone.
 */
@Component
class SlaWatch {

  private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

  private final ServiceLevels levels;
  private final boolean enabled;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "sme-escalation");
            thread.setDaemon(true);
            return thread;
          });

  SlaWatch(
      ServiceLevels levels,
      @Value("${longyuan.sme.escalation:${longyuan.monitoring.warnings:true}}") boolean enabled) {
    this.levels = levels;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      timer.scheduleWithFixedDelay(this::escalate, 1, 10, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private void escalate() {
    try {
      int hops = levels.escalate(Instant.now());
      if (hops > 0) {
        log.info("Escalated {} SME service requests past their service levels", hops);
      }
    } catch (RuntimeException e) {
      log.warn("SME service requests could not be escalated: {}", e.getMessage());
    }
  }
}
