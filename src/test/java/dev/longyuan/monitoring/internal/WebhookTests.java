package dev.longyuan.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.longyuan.PlatformTest;
import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.AlertRaised;
import dev.longyuan.monitoring.persistence.DeliveryStore;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A webhook receiver on a local port that refuses the first delivery with 500 and accepts the rest:
 * each alert arrives once accepted, signed with HMAC-SHA256 of its body under the shared secret,
 * also when the notifier that queued it stopped before the retry and another one, reading the table
 * of deliveries, sends it. No notifier runs in the tests' application (no webhook URL is
 * configured), so every webhook delivery in the table is this test's.
 */
@PlatformTest
class WebhookTests {

  static final String SECRET = "shared-secret-for-tests";

  record Received(String delivery, String signature, byte[] body, int status) {}

  @Autowired DeliveryStore store;

  @Autowired JdbcClient jdbc;

  HttpServer server;
  List<WebhookNotifier> notifiers = new ArrayList<>();
  List<Received> received = new CopyOnWriteArrayList<>();
  AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startReceiver() throws Exception {
    jdbc.sql("DELETE FROM warning_delivery WHERE channel = 'webhook'").update();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = requests.getAndIncrement() == 0 ? 500 : 204;
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst(Webhook.DELIVERY),
                  exchange.getRequestHeaders().getFirst(Webhook.SIGNATURE),
                  body,
                  status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    notifiers.forEach(WebhookNotifier::stop);
  }

  WebhookNotifier notifier(Duration backoff) {
    WebhookNotifier notifier =
        new WebhookNotifier(
            store,
            "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
            SECRET,
            4,
            backoff);
    notifier.start();
    notifiers.add(notifier);
    return notifier;
  }

  @Test
  void eachAlertArrivesOnceAcceptedWithAValidSignatureAlsoAfterAFailedFirstDelivery()
      throws Exception {
    WebhookNotifier webhook = notifier(Duration.ofMillis(100));
    webhook.on(new AlertRaised(alert(41)));
    waitFor(2);
    webhook.on(new AlertRaised(alert(42)));
    waitFor(3);
    Thread.sleep(500);

    assertThat(received).extracting(Received::status).containsExactly(500, 204, 204);
    assertThat(received.stream().filter(r -> r.status() == 204).map(Received::delivery))
        .containsExactly("41", "42");
    for (Received r : received) {
      assertThat(r.signature()).isEqualTo("sha256=" + hmac(r.body()));
    }
    String json = new String(received.get(1).body(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"id\":41", "\"rule\":\"loss-share-high\"", "\"value\":50.00")
        .contains("\"period\":\"2024-06\"", "\"ruleNameZh\":\"亏损面超过20%\"");
    // the retry carried the same body
    assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
    // raised again (as after a restart of the evaluation), a delivered alert is not sent again
    webhook.on(new AlertRaised(alert(41)));
    Thread.sleep(500);
    assertThat(received).hasSize(3);
    assertThat(store.delivery(41, "webhook").orElseThrow())
        .satisfies(d -> assertThat(d.state()).isEqualTo("delivered"))
        .satisfies(d -> assertThat(d.attempts()).isEqualTo(2));
  }

  @Test
  void aDeliveryPendingWhenItsNotifierStopsIsDeliveredOnceByTheNextWithAValidSignature()
      throws Exception {
    WebhookNotifier before = notifier(Duration.ofMillis(800));
    before.on(new AlertRaised(alert(43)));
    waitFor(1);
    for (int i = 0; i < 100 && store.delivery(43, "webhook").orElseThrow().attempts() < 1; i++) {
      Thread.sleep(20);
    }
    // "restart": the first notifier stops before its retry, a new one reads the table
    before.stop();
    DeliveryStore.Delivery pending = store.delivery(43, "webhook").orElseThrow();
    assertThat(pending.state()).isEqualTo("pending");
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).isEqualTo("HTTP 500");

    notifier(Duration.ofMillis(800));
    waitFor(2);
    Thread.sleep(1000);
    assertThat(received).extracting(Received::status).containsExactly(500, 204);
    Received accepted = received.get(1);
    assertThat(accepted.delivery()).isEqualTo("43");
    assertThat(accepted.signature()).isEqualTo("sha256=" + hmac(accepted.body()));
    assertThat(accepted.body()).isEqualTo(received.get(0).body());
    assertThat(new String(accepted.body(), StandardCharsets.UTF_8)).contains("\"id\":43");
    assertThat(store.delivery(43, "webhook").orElseThrow())
        .satisfies(d -> assertThat(d.state()).isEqualTo("delivered"))
        .satisfies(d -> assertThat(d.deliveredAt()).isNotNull());

    // a third start finds nothing to send
    notifier(Duration.ofMillis(800));
    Thread.sleep(500);
    assertThat(received).hasSize(2);
  }

  private void waitFor(int count) throws InterruptedException {
    for (int i = 0; i < 100 && received.size() < count; i++) {
      Thread.sleep(50);
    }
    assertThat(received).hasSizeGreaterThanOrEqualTo(count);
  }

  private static String hmac(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static Alert alert(long id) {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-27T08:00:00+08:00");
    return new Alert(
        id,
        1,
        "loss-share-high",
        "亏损面超过20%",
        "Share of loss makers above 20%",
        "gansu-13fyp-industry",
        "warning",
        "621100",
        null,
        "",
        new BigDecimal("50.00"),
        new BigDecimal("20"),
        "2024-06",
        "",
        "v1",
        now,
        now,
        null,
        null,
        null);
  }
}
