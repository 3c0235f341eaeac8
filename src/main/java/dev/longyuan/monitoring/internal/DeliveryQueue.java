package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.persistence.DeliveryStore;
import dev.longyuan.monitoring.persistence.DeliveryStore.Delivery;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the deliveries of one channel from the table, one at a time on a thread of its own: each
 * due delivery is claimed, attempted, and recorded as delivered, or due again after a delay that
 * doubles, or failed after the last attempt. It looks for due deliveries at start (what an earlier
 * run left pending), when an alert is queued and when the next retry falls due; nothing about a
 * delivery lives only in memory.
 */
final class DeliveryQueue {

  /** Sends one delivery: null when it was accepted, else why not. */
  interface Sender {
    @Nullable String send(Delivery delivery) throws Exception;
  }

  /** Longer than an attempt can take (a webhook's connect and request time-outs, an SMTP send). */
  static final Duration LEASE = Duration.ofMinutes(2);

  private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

  private final String channel;
  private final DeliveryStore store;
  private final int attempts;
  private final Duration backoff;
  private final Sender sender;
  private final ScheduledExecutorService timer;
  // touched only on the timer's thread
  private @Nullable ScheduledFuture<?> next;

  DeliveryQueue(
      String channel, DeliveryStore store, int attempts, Duration backoff, Sender sender) {
    this.channel = channel;
    this.store = store;
    this.attempts = attempts;
    this.backoff = backoff;
    this.sender = sender;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "monitoring-" + channel);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts sending what is pending. */
  void start() {
    wake();
  }

  /** Queues an alert's delivery (once per alert) and sends it. */
  void offer(long alertId, @Nullable String subject, String payload) {
    store.enqueue(alertId, channel, subject, payload);
    wake();
  }

  void stop() {
    timer.shutdownNow();
  }

  private void wake() {
    try {
      timer.execute(this::drain);
    } catch (RejectedExecutionException stopped) {
      // stopping: what is queued stays in the table for the next start
    }
  }

  private void drain() {
    try {
      Optional<Delivery> due;
      while (!Thread.currentThread().isInterrupted()
          && (due = store.claimDue(channel, LEASE)).isPresent()) {
        attempt(due.get());
      }
      if (next != null) {
        next.cancel(false);
      }
      Optional<OffsetDateTime> at = store.nextDue(channel);
      next =
          at.isEmpty()
              ? null
              : timer.schedule(
                  this::drain,
                  Math.max(0, Duration.between(OffsetDateTime.now(), at.get()).toMillis()),
                  TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopped) {
      // stopping
    } catch (RuntimeException e) {
      log.warn("Alert deliveries by {} stopped for a minute: {}", channel, e.toString());
      next = timer.schedule(this::drain, 1, TimeUnit.MINUTES);
    }
  }

  private void attempt(Delivery delivery) {
    int attempt = delivery.attempts() + 1;
    String error;
    try {
      error = sender.send(delivery);
    } catch (InterruptedException e) {
      // stopping mid-attempt: the lease makes it due again after a restart
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      error = e.toString();
    }
    if (error == null) {
      store.delivered(delivery.id());
      return;
    }
    if (attempt >= attempts) {
      log.warn(
          "Alert {} not delivered by {} after {} attempts: {}",
          delivery.alertId(),
          channel,
          attempt,
          error);
      store.failed(delivery.id(), error, null);
      return;
    }
    Duration delay = backoff.multipliedBy(1L << (attempt - 1));
    log.info(
        "Alert {} delivery {} by {} failed ({}); trying again in {} ms",
        delivery.alertId(),
        attempt,
        channel,
        error,
        delay.toMillis());
    store.failed(delivery.id(), error, delay);
  }
}
