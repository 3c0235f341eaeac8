package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.AlertRaised;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each alert raised to the webhook configured by {@code longyuan.warnings.webhook.url},
 * signed with {@code longyuan.warnings.webhook.secret}; without a URL no notifier exists.
 */
@Component
@ConditionalOnProperty(name = "longyuan.warnings.webhook.url")
class WebhookNotifier {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "monitoring-webhook");
            thread.setDaemon(true);
            return thread;
          });
  private final Webhook webhook;

  WebhookNotifier(
      @Value("${longyuan.warnings.webhook.url}") String url,
      @Value("${longyuan.warnings.webhook.secret}") String secret,
      @Value("${longyuan.warnings.webhook.attempts:6}") int attempts,
      @Value("${longyuan.warnings.webhook.backoff:PT2S}") Duration backoff) {
    this.webhook = new Webhook(URI.create(url), secret, attempts, backoff, timer);
  }

  @EventListener
  void on(AlertRaised raised) {
    webhook.send(raised.alert());
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}
