package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.AlertRaised;
import dev.longyuan.monitoring.persistence.DeliveryStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each alert raised to the webhook configured by {@code longyuan.warnings.webhook.url},
 * signed with {@code longyuan.warnings.webhook.secret}, through the table of deliveries: the body
 * is stored when the alert is raised and sent from there, so that a restart loses no delivery and
 * retries send the same body. Without a URL no notifier exists.
 */
@Component
@ConditionalOnProperty(name = "longyuan.warnings.webhook.url")
class WebhookNotifier {

  static final String CHANNEL = "webhook";

  private final DeliveryQueue queue;

  WebhookNotifier(
      DeliveryStore store,
      @Value("${longyuan.warnings.webhook.url}") String url,
      @Value("${longyuan.warnings.webhook.secret}") String secret,
      @Value("${longyuan.warnings.webhook.attempts:6}") int attempts,
      @Value("${longyuan.warnings.webhook.backoff:PT2S}") Duration backoff) {
    Webhook webhook = new Webhook(URI.create(url), secret);
    this.queue =
        new DeliveryQueue(
            CHANNEL,
            store,
            attempts,
            backoff,
            delivery ->
                webhook.post(
                    delivery.alertId(), delivery.payload().getBytes(StandardCharsets.UTF_8)));
  }

  @PostConstruct
  void start() {
    queue.start();
  }

  @EventListener
  void on(AlertRaised raised) {
    queue.offer(
        raised.alert().id(),
        null,
        new String(Webhook.body(raised.alert()), StandardCharsets.UTF_8));
  }

  @PreDestroy
  void stop() {
    queue.stop();
  }
}
