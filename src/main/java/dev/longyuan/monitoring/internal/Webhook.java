package dev.longyuan.monitoring.internal;

import dev.longyuan.monitoring.Alert;
import java.io.IOException;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts an alert to a webhook as JSON, signed with HMAC-SHA256 of the body under a shared secret
 * ({@code X-Longyuan-Signature: sha256=<hex>}) and named by {@code X-Longyuan-Delivery} (the
 * alert's id, by which a receiver recognises a repeat). One call is one attempt; the retries with
 * backoff are the {@link DeliveryQueue}'s.
 */
class Webhook {

  static final String SIGNATURE = "X-Longyuan-Signature";
  static final String DELIVERY = "X-Longyuan-Delivery";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI url;
  private final byte[] secret;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Webhook(URI url, String secret) {
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Posts the body once: null when the receiver accepted it (2xx), else the status it gave. */
  @Nullable String post(long alertId, byte[] body) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        http.send(
            HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(SIGNATURE, "sha256=" + sign(body))
                .header(DELIVERY, String.valueOf(alertId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
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
