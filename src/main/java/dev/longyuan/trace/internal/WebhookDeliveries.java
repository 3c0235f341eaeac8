package dev.longyuan.trace.internal;

import dev.longyuan.trace.persistence.DeliveryRepository;
import dev.longyuan.trace.persistence.DeliveryRepository.Delivery;
import dev.longyuan.trace.persistence.EventRepository;
import dev.longyuan.trace.persistence.SubscriptionRepository;
import dev.longyuan.trace.persistence.SubscriptionRepository.SubscriptionRow;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox of subscriptions to their webhooks: each document, an EPCISQueryDocument naming
 * the query and the subscription, is posted to the subscriber's {@code dest} with {@code
 * GS1-Signature: sha256=<hex>} (HMAC-SHA256 of the body under the subscriber's {@code
 * signatureToken}) and the {@code GS1-EPCIS-Version} and {@code GS1-CBV-Version} headers. A 2xx
 * answer delivers it; anything else, or no answer, puts it back with a delay that doubles up to an
 * hour, the attempt recorded. It is never dropped: a subscription waits for its first document
 * before the next goes, so its events arrive once each and in record order.
 *
 * <p>On a thread of its own, started when the application is ready (unless {@code
 * longyuan.trace.webhooks=false}, as in the tests, which run it by hand): every second it runs the
 * scheduled subscriptions that are due and sends what is due; a capture wakes it at once.
 */
@Component
public class WebhookDeliveries {

  public static final String SIGNATURE = "GS1-Signature";

  /** Longer than an attempt can take (connect and request time-outs). */
  static final Duration LEASE = Duration.ofMinutes(1);

  static final Duration LONGEST_DELAY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

  private final DeliveryRepository outbox;
  private final SubscriptionRepository subscriptions;
  private final Subscriptions runs;
  private final EventRepository events;
  private final QueryService query;
  private final WebhookAddresses addresses;
  private final boolean enabled;
  private final Duration backoff;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "trace-webhooks");
            thread.setDaemon(true);
            return thread;
          });

  WebhookDeliveries(
      DeliveryRepository outbox,
      SubscriptionRepository subscriptions,
      Subscriptions runs,
      EventRepository events,
      QueryService query,
      WebhookAddresses addresses,
      @Value("${longyuan.trace.webhooks:true}") boolean enabled,
      @Value("${longyuan.trace.webhooks.backoff:PT5S}") Duration backoff) {
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.runs = runs;
    this.events = events;
    this.query = query;
    this.addresses = addresses;
    this.enabled = enabled;
    this.backoff = backoff;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  /** Sends soon what a capture just queued. */
  void wake() {
    if (!enabled) {
      return;
    }
    try {
      timer.execute(this::tick);
    } catch (RejectedExecutionException stopped) {
      // stopping: what is queued stays in the outbox for the next start
    }
  }

  private void tick() {
    try {
      runSchedules(OffsetDateTime.now(ZoneOffset.UTC));
      deliverDue();
    } catch (RuntimeException e) {
      // the database may be away for a moment: the next tick tries again
      log.warn("Subscription deliveries paused: {}", e.toString());
    }
  }

  /** Runs every scheduled subscription due at the time given; returns how many ran. */
  public int runSchedules(OffsetDateTime at) {
    int ran = 0;
    for (UUID id : subscriptions.dueSchedules(at)) {
      if (runs.run(id, at)) {
        ran++;
      }
    }
    return ran;
  }

  /** Sends every delivery that is due now; returns how many the receivers took. */
  public int deliverDue() {
    int delivered = 0;
    Optional<Delivery> due;
    while (!Thread.currentThread().isInterrupted() && (due = outbox.claimDue(LEASE)).isPresent()) {
      if (attempt(due.get())) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean attempt(Delivery delivery) {
    SubscriptionRow subscription = subscriptions.byId(delivery.subscription()).orElse(null);
    if (subscription == null) {
      // unsubscribed while it was claimed: its deliveries went with it
      return false;
    }
    byte[] body = document(delivery, subscription);
    String error;
    try {
      error = post(subscription, body);
    } catch (InterruptedException e) {
      // stopping mid-attempt: the lease makes it due again after a restart
      Thread.currentThread().interrupt();
      return false;
    } catch (IOException | IllegalArgumentException e) {
      error = e.toString();
    }
    if (error == null) {
      outbox.delivered(delivery.id());
      return true;
    }
    int attempt = delivery.attempts() + 1;
    Duration delay = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    if (delay.compareTo(LONGEST_DELAY) > 0) {
      delay = LONGEST_DELAY;
    }
    log.info(
        "Subscription {} delivery {} attempt {} failed ({}); again in {} s",
        subscription.id(),
        delivery.id(),
        attempt,
        error,
        delay.toSeconds());
    outbox.failed(delivery.id(), error, delay);
    return false;
  }

  private byte[] document(Delivery delivery, SubscriptionRow subscription) {
    QueryService.Page page = query.page(events.byIds(outbox.eventsOf(delivery.id())), null);
    return query
        .jsonDocument(page, subscription.queryName(), subscription.id().toString())
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Posts the body once: null when the receiver took it (2xx), else the status it gave. */
  private @Nullable String post(SubscriptionRow subscription, byte[] body)
      throws IOException, InterruptedException {
    Optional<WebhookAddresses.Unreachable> unreachable =
        addresses.refusal(URI.create(subscription.dest()));
    if (unreachable.isPresent()) {
      return unreachable.get().en();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(subscription.dest()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("GS1-EPCIS-Version", "2.0.0")
            .header("GS1-CBV-Version", "2.0.0")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (subscription.signatureToken() != null) {
      request.header(SIGNATURE, "sha256=" + sign(subscription.signatureToken(), body));
    }
    HttpResponse<Void> response =
        http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
  }

  /** The HMAC-SHA256 of the body under the token, in lower-case hex. */
  static String sign(String token, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
