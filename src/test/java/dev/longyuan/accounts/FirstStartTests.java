package dev.longyuan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.LongyuanApplication;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform started for the first time, with no LONGYUAN_ADMIN_PASSWORD: there is no
 * administrator and no built-in password, the log says where to create one, and the setup page
 * creates the first administrator once and then closes.
 */
class FirstStartTests {

  @TempDir Path home;

  @Test
  void aFirstStartOpensTheSetupPageOnceToThisMachine() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = home.resolve("platform.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LongyuanApplication.class.getName(),
                "--longyuan.shipped-data.enabled=false")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("LONGYUAN_ADMIN_PASSWORD");
    builder.environment().put("LONGYUAN_HOME", home.toString());
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    Process platform = builder.start();
    try {
      String base = "http://localhost:" + port;
      HttpClient browser =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      awaitStart(browser, base + "/login", platform, log);
      // the message follows the start, once the startup runners have found no administrator
      for (int i = 0; i < 300 && !Files.readString(log).contains("/setup"); i++) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(log)).contains("/setup").contains("LONGYUAN_ADMIN_PASSWORD");

      HttpResponse<String> setup = browser.send(get(base + "/setup"), text());
      assertThat(setup.statusCode()).isEqualTo(200);
      String csrf = Jsoup.parse(setup.body()).select("input[name=_csrf]").attr("value");
      assertThat(csrf).isNotEmpty();

      HttpResponse<String> weak =
          browser.send(
              post(
                  base + "/setup",
                  Map.of(
                      "_csrf",
                      csrf,
                      "username",
                      "chief",
                      "password",
                      "chief",
                      "confirmation",
                      "chief")),
              text());
      assertThat(Jsoup.parse(weak.body()).select("p.notice.error").text()).contains("至少 10 个字符");

      HttpResponse<String> created =
          browser.send(
              post(
                  base + "/setup",
                  Map.of(
                      "_csrf", csrf,
                      "username", "chief",
                      "password", "Gansu-First-2026",
                      "confirmation", "Gansu-First-2026")),
              text());
      assertThat(created.statusCode()).isEqualTo(302);
      assertThat(created.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login?created"));
      assertThat(browser.send(get(base + "/setup"), text()).statusCode()).isEqualTo(404);

      String loginCsrf =
          Jsoup.parse(browser.send(get(base + "/login"), text()).body())
              .select("input[name=_csrf]")
              .attr("value");
      HttpResponse<String> signedIn =
          browser.send(
              post(
                  base + "/login",
                  Map.of("_csrf", loginCsrf, "username", "chief", "password", "Gansu-First-2026")),
              text());
      assertThat(signedIn.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
      HttpResponse<String> users = browser.send(get(base + "/admin/users"), text());
      assertThat(users.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(users.body()).select("tbody tr").eachText())
          .singleElement()
          .asString()
          .contains("chief", "省级管理员");
    } finally {
      platform.destroy();
      platform.waitFor();
    }
  }

  static void awaitStart(HttpClient client, String url, Process platform, Path log)
      throws Exception {
    for (int i = 0; i < 900; i++) {
      assertThat(platform.isAlive())
          .as("the platform stopped:\n%s", Files.readString(log))
          .isTrue();
      try {
        if (client.send(get(url), text()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the platform did not answer in 90 s:\n" + Files.readString(log));
  }

  static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  static HttpRequest post(String url, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
