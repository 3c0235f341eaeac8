package dev.longyuan.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.longyuan.monitoring.Alert;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver on a local port that refuses the first delivery with 500 and accepts the rest:
 * each alert arrives once accepted, signed with HMAC-SHA256 of its body under the shared secret.
 */
class WebhookTests {

  static final String SECRET = "shared-secret-for-tests";

  record Received(String delivery, String signature, byte[] body, int status) {}

  HttpServer server;
  ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  List<Received> received = new CopyOnWriteArrayList<>();
  AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startReceiver() throws Exception {
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
    timer.shutdownNow();
  }

  @Test
  void eachAlertArrivesOnceAcceptedWithAValidSignatureAlsoAfterAFailedFirstDelivery()
      throws Exception {
    Webhook webhook =
        new Webhook(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"),
            SECRET,
            4,
            Duration.ofMillis(100),
            timer);
    webhook.send(alert(41));
    waitFor(2);
    webhook.send(alert(42));
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
