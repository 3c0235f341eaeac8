package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.Alert;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers an alert to a webhook as a JSON POST, signed with HMAC-SHA256 of the body under a shared
 * secret ({@code X-Longyuan-Signature: sha256=<hex>}) and named by {@code X-Longyuan-Delivery} (the
 * alert's id, by which a receiver recognises a repeat); a failed delivery (no answer, or not 2xx)
 * is tried again after a delay that doubles, up to a number of attempts.
 */
class Webhook {

  static final String SIGNATURE = "X-Longyuan-Signature";
  static final String DELIVERY = "X-Longyuan-Delivery";

  private static final Logger log = LoggerFactory.getLogger(Webhook.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI url;
  private final byte[] secret;
  private final int attempts;
  private final Duration backoff;
  private final ScheduledExecutorService timer;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Webhook(URI url, String secret, int attempts, Duration backoff, ScheduledExecutorService timer) {
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.attempts = attempts;
    this.backoff = backoff;
    this.timer = timer;
  }

  /** Sends the alert in the background, retrying as needed. */
  void send(Alert alert) {
    byte[] body = body(alert);
    timer.execute(() -> attempt(alert.id(), body, 1));
  }

  private void attempt(long id, byte[] body, int attempt) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header(SIGNATURE, "sha256=" + sign(body))
                  .header(DELIVERY, String.valueOf(id))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        return;
      }
      retry(id, body, attempt, "HTTP " + response.statusCode());
    } catch (java.io.IOException e) {
      retry(id, body, attempt, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void retry(long id, byte[] body, int attempt, String why) {
    if (attempt >= attempts) {
      log.warn("Alert {} not delivered to the webhook after {} attempts: {}", id, attempt, why);
      return;
    }
    long delay = backoff.toMillis() << (attempt - 1);
    log.info("Alert {} delivery {} failed ({}); trying again in {} ms", id, attempt, why, delay);
    timer.schedule(() -> attempt(id, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
  }

  /** The HMAC-SHA256 of the body under the secret, in lower-case hex. */
  String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] body(Alert alert) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", alert.id());
    json.put("rule", alert.ruleCode());
    json.put("ruleNameZh", alert.ruleNameZh());
    json.put("ruleNameEn", alert.ruleNameEn());
    json.put("plan", alert.planId());
    json.put("severity", alert.severity());
    json.put("region", alert.regionCode());
    json.put("sector", alert.sector());
    json.put("subject", alert.subject());
    json.put("value", alert.value());
    json.put("threshold", alert.threshold());
    json.put("period", alert.period());
    json.put("detail", alert.detail());
    json.put("firstSeen", alert.firstSeen().toString());
    return JSON.writeValueAsBytes(json);
  }
}
