package dev.longyuan.trace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.trace.persistence.DeliveryRepository;
import dev.longyuan.trace.persistence.EventRepository;
import dev.longyuan.trace.persistence.SubscriptionRepository;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named queries and webhook subscriptions through the REST binding, with a receiver on a local
 * port: a named query answers as {@code /epcis/events} with its parameters; a stream subscription
 * gets exactly the matching events of a capture, once, signed; a receiver answering 500 gets the
 * document again; a scheduled run with nothing new sends nothing unless asked to. The background
 * sender does not run in the tests, so each test sends by hand. Every EPC here is under the company
 * prefix 6923457, which no other test uses, and each test has its own item reference.
 */
@PlatformTest
class SubscriptionTests {

  static final String TOKEN = "13df38d8275b13f05704629e5f1cf3d45d6132d5";

  record Received(String path, String signature, String version, byte[] body, int status) {}

  @Autowired MockMvc mvc;
  @Autowired WebhookDeliveries webhooks;
  @Autowired DeliveryRepository outbox;
  @Autowired SubscriptionRepository subscriptionRows;
  @Autowired Subscriptions subscriptions;
  @Autowired EventRepository events;
  @Autowired QueryService queryService;
  @Autowired WebhookAddresses addresses;
  @Autowired JdbcClient jdbc;

  final JsonMapper json = JsonMapper.shared();
  HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();

  /** Requests to /flaky answered 500 before the receiver takes one. */
  final AtomicInteger refusals = new AtomicInteger();

  /**
   * The item reference of this test's events: the test database outlives a run, and an event
   * captured again is not stored again, so each test captures new ones.
   */
  final String item = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

  @BeforeEach
  void startReceiver() throws Exception {
    // what an earlier run that failed half-way left: its subscriptions point at closed ports
    jdbc.sql("DELETE FROM trace_named_query WHERE name LIKE 'h2-%'").update();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String path = exchange.getRequestURI().getPath();
          int status = path.equals("/flaky") && refusals.getAndDecrement() > 0 ? 500 : 204;
          received.add(
              new Received(
                  path,
                  exchange.getRequestHeaders().getFirst("GS1-Signature"),
                  exchange.getRequestHeaders().getFirst("GS1-EPCIS-Version"),
                  body,
                  status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopReceiver() {
    server.stop(0);
  }

  String dest(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A document of ObjectEvents of the item given, each with its bizStep and serial. */
  static String document(String item, String... stepsAndSerials) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < stepsAndSerials.length; i += 2) {
      list.append(list.isEmpty() ? "" : ",")
          .append(
              """
              {"type": "ObjectEvent", "eventTime": "2026-04-0%dT08:00:00+08:00",
               "eventTimeZoneOffset": "+08:00", "action": "OBSERVE", "bizStep": "%s",
               "epcList": ["urn:epc:id:sgtin:6923457.%s.%s"],
               "readPoint": {"id": "urn:epc:id:sgln:6923457.00001.0"}}
              """
                  .formatted(i / 2 + 1, stepsAndSerials[i], item, stepsAndSerials[i + 1]));
    }
    return """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
         "type": "EPCISDocument", "schemaVersion": "2.0",
         "creationDate": "2026-04-10T08:00:00+08:00",
         "epcisBody": {"eventList": [%s]}}
        """
        .formatted(list);
  }

  void capture(String document) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/epcis/capture")
                    .contentType("application/ld+json")
                    .content(document.getBytes(StandardCharsets.UTF_8))
                    .with(TestUsers.admin()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
  }

  MockHttpServletResponse send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(TestUsers.admin())).andReturn().getResponse();
  }

  MockHttpServletResponse postJson(String path, String body) throws Exception {
    return send(post(path).contentType("application/json").content(body));
  }

  JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  /** A named query of the item's events with the bizStep given. */
  void namedQuery(String name, String item, String bizStep) throws Exception {
    MockHttpServletResponse created =
        postJson(
            "/epcis/queries",
            """
            {"name": "%s", "query": {"MATCH_epc": ["urn:epc:idpat:sgtin:6923457.%s.*"],
                                     "EQ_bizStep": ["%s"]}}
            """
                .formatted(name, item, bizStep));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    assertThat(created.getHeader("Location")).isEqualTo("/epcis/queries/" + name);
  }

  String subscribe(String name, String subscription) throws Exception {
    MockHttpServletResponse made =
        postJson("/epcis/queries/" + name + "/subscriptions", subscription);
    assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
    String id = body(made).path("subscriptionID").asString();
    assertThat(made.getHeader("Location"))
        .isEqualTo("/epcis/queries/" + name + "/subscriptions/" + id);
    assertThat(body(made).has("signatureToken")).isFalse();
    return id;
  }

  /** The hashes (eventIDs, as these events come without one) of every page of the answer. */
  List<String> hashes(String path) throws Exception {
    List<String> hashes = new ArrayList<>();
    MockHttpServletResponse response = send(get(path));
    while (true) {
      assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
      body(response)
          .path("epcisBody")
          .path("queryResults")
          .path("resultsBody")
          .path("eventList")
          .forEach(e -> hashes.add(e.path("eventID").asString()));
      String link = response.getHeader("Link");
      if (link == null) {
        return hashes;
      }
      // the link is encoded already: not a template to encode again
      response = send(get(URI.create(link.substring(1, link.indexOf('>')))));
    }
  }

  static List<String> hashesOf(byte[] document) {
    List<String> hashes = new ArrayList<>();
    JsonMapper.shared()
        .readTree(document)
        .path("epcisBody")
        .path("queryResults")
        .path("resultsBody")
        .path("eventList")
        .forEach(e -> hashes.add(e.path("eventID").asString()));
    return hashes;
  }

  static String hmac(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  List<Received> receivedAt(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Nested
  class NamedQueries {

    @Test
    void aNamedQueryAnswersAsTheEventsQueryWithItsParametersAndIsGoneWhenDeleted()
        throws Exception {
      capture(
          document(
              item,
              "shipping",
              "1",
              "receiving",
              "2",
              "shipping",
              "3",
              "shipping",
              "4",
              "storing",
              "5"));
      namedQuery("h2-round-trip", item, "shipping");

      JsonNode one = body(send(get("/epcis/queries/h2-round-trip")));
      assertThat(one.path("name").asString()).isEqualTo("h2-round-trip");
      assertThat(one.path("query").path("EQ_bizStep").get(0).asString()).isEqualTo("shipping");
      List<String> names = new ArrayList<>();
      body(send(get("/epcis/queries?perPage=1000")))
          .forEach(q -> names.add(q.path("name").asString()));
      assertThat(names).contains("h2-round-trip");

      List<String> direct =
          hashes(
              "/epcis/events?MATCH_epc=urn:epc:idpat:sgtin:6923457."
                  + item
                  + ".*"
                  + "&EQ_bizStep=shipping&perPage=2");
      List<String> named = hashes("/epcis/queries/h2-round-trip/events?perPage=2");
      assertThat(direct).hasSize(3).allMatch(h -> h.startsWith("ni:///sha-256;"));
      assertThat(named).containsExactlyElementsOf(direct);

      assertThat(
              postJson("/epcis/queries", "{\"name\": \"h2-round-trip\", \"query\": {}}")
                  .getStatus())
          .isEqualTo(409);
      assertThat(send(delete("/epcis/queries/h2-round-trip")).getStatus()).isEqualTo(204);
      MockHttpServletResponse gone = send(get("/epcis/queries/h2-round-trip"));
      assertThat(gone.getStatus()).isEqualTo(404);
      assertThat(body(gone).path("type").asString())
          .isEqualTo("epcisException:NoSuchNameException");
      assertThat(send(get("/epcis/queries/h2-round-trip/events")).getStatus()).isEqualTo(404);
    }

    @Test
    void aBadParameterIsRefusedByName() throws Exception {
      MockHttpServletResponse refused =
          postJson(
              "/epcis/queries", "{\"name\": \"h2-bad\", \"query\": {\"EQ_nonsense\": [\"x\"]}}");
      assertThat(refused.getStatus()).isEqualTo(400);
      assertThat(body(refused).path("type").asString())
          .isEqualTo("epcisException:QueryParameterException");
      assertThat(body(refused).path("messageEn").asString()).contains("EQ_nonsense");
      MockHttpServletResponse badTime =
          postJson(
              "/epcis/queries",
              "{\"name\": \"h2-bad\", \"query\": {\"GE_eventTime\": \"yesterday\"}}");
      assertThat(body(badTime).path("messageEn").asString()).contains("GE_eventTime");
      assertThat(send(get("/epcis/queries/h2-bad")).getStatus()).isEqualTo(404);
    }
  }

  @Nested
  class Webhooks {

    @Test
    void aStreamGetsExactlyTheMatchingEventsOnceSigned() throws Exception {
      namedQuery("h2-stream", item, "shipping");
      String id =
          subscribe(
              "h2-stream",
              """
              {"dest": "%s", "signatureToken": "%s", "stream": true}
              """
                  .formatted(dest("/stream"), TOKEN));
      String chain =
          document(
              item,
              "shipping",
              "1",
              "receiving",
              "2",
              "shipping",
              "3",
              "receiving",
              "4",
              "shipping",
              "5");
      capture(chain);
      List<String> matching =
          hashes(
              "/epcis/events?MATCH_epc=urn:epc:idpat:sgtin:6923457."
                  + item
                  + ".*&EQ_bizStep=shipping");
      assertThat(matching).hasSize(3);

      webhooks.deliverDue();
      webhooks.deliverDue();

      List<Received> got = receivedAt("/stream");
      assertThat(got).hasSize(1);
      Received delivery = got.get(0);
      assertThat(hashesOf(delivery.body())).containsExactlyElementsOf(matching);
      assertThat(delivery.signature()).isEqualTo(hmac(delivery.body()));
      assertThat(delivery.version()).isEqualTo("2.0.0");
      JsonNode results = json.readTree(delivery.body()).path("epcisBody").path("queryResults");
      assertThat(results.path("queryName").asString()).isEqualTo("h2-stream");
      assertThat(results.path("subscriptionID").asString()).isEqualTo(id);

      // captured again: the same events are not stored again, so nothing more is sent
      capture(chain);
      webhooks.deliverDue();
      assertThat(receivedAt("/stream")).hasSize(1);

      JsonNode shown = body(send(get("/epcis/queries/h2-stream/subscriptions/" + id)));
      assertThat(shown.path("stream").asBoolean()).isTrue();
      assertThat(shown.path("lastNotifiedAt").isMissingNode()).isFalse();
      assertThat(send(delete("/epcis/queries/h2-stream")).getStatus()).isEqualTo(204);
      assertThat(subscriptionRows.byId(java.util.UUID.fromString(id))).isEmpty();
    }

    @Test
    void aReceiverAnswering500GetsTheDocumentAgainAndTakesItOnce() throws Exception {
      namedQuery("h2-flaky", item, "shipping");
      subscribe(
          "h2-flaky",
          """
          {"dest": "%s", "signatureToken": "%s", "stream": true}
          """
              .formatted(dest("/flaky"), TOKEN));
      refusals.set(1);
      capture(document(item, "shipping", "1", "shipping", "2", "receiving", "3"));

      webhooks.deliverDue();
      assertThat(receivedAt("/flaky")).extracting(Received::status).containsExactly(500);
      var failed =
          jdbc.sql(
                  """
                  SELECT d.attempts, d.last_error, d.next_attempt_at > now() AS later
                    FROM trace_delivery d JOIN trace_subscription s ON s.id = d.subscription
                   WHERE s.dest = :dest
                  """)
              .param("dest", dest("/flaky"))
              .query()
              .singleRow();
      assertThat(failed.get("attempts")).isEqualTo(1);
      assertThat(failed.get("last_error")).isEqualTo("HTTP 500");
      assertThat(failed.get("later")).isEqualTo(true);

      // the back-off has passed
      jdbc.sql(
              "UPDATE trace_delivery d SET next_attempt_at = now() FROM trace_subscription s"
                  + " WHERE s.id = d.subscription AND s.dest = :dest")
          .param("dest", dest("/flaky"))
          .update();
      webhooks.deliverDue();
      webhooks.deliverDue();

      List<Received> got = receivedAt("/flaky");
      assertThat(got).extracting(Received::status).containsExactly(500, 204);
      assertThat(hashesOf(got.get(1).body())).hasSize(2).doesNotHaveDuplicates();
      assertThat(hashesOf(got.get(1).body())).isEqualTo(hashesOf(got.get(0).body()));
      assertThat(got.get(1).signature()).isEqualTo(hmac(got.get(1).body()));
      send(delete("/epcis/queries/h2-flaky"));
    }

    @Test
    void aScheduledRunSendsWhatIsNewAndAnEmptyReportOnlyWhenAsked() throws Exception {
      namedQuery("h2-schedule", item, "shipping");
      subscribe(
          "h2-schedule",
          """
          {"dest": "%s", "reportIfEmpty": false, "schedule": {"second": "0", "minute": "[0-59]"}}
          """
              .formatted(dest("/quiet")));
      subscribe(
          "h2-schedule",
          """
          {"dest": "%s", "reportIfEmpty": true, "schedule": {"second": "0"}}
          """
              .formatted(dest("/always")));

      OffsetDateTime first = OffsetDateTime.now().plusMinutes(2);
      webhooks.runSchedules(first);
      webhooks.deliverDue();
      assertThat(receivedAt("/quiet")).isEmpty();
      assertThat(receivedAt("/always")).hasSize(1);
      assertThat(hashesOf(receivedAt("/always").get(0).body())).isEmpty();
      assertThat(receivedAt("/always").get(0).signature()).isNull();

      capture(document(item, "shipping", "1", "receiving", "2"));
      webhooks.runSchedules(first.plusMinutes(2));
      webhooks.deliverDue();
      webhooks.runSchedules(first.plusMinutes(4));
      webhooks.deliverDue();
      assertThat(receivedAt("/quiet")).hasSize(1);
      assertThat(hashesOf(receivedAt("/quiet").get(0).body())).hasSize(1);
      // the empty report, the event, and an empty report again
      assertThat(receivedAt("/always"))
          .extracting(r -> hashesOf(r.body()).size())
          .containsExactly(0, 1, 0);
      send(delete("/epcis/queries/h2-schedule"));
    }

    @Test
    void theOutboxWrittenBeforeACrashIsSentByAFreshSender() throws Exception {
      namedQuery("h2-crash", item, "shipping");
      subscribe(
          "h2-crash",
          """
          {"dest": "%s", "signatureToken": "%s", "stream": true}
          """
              .formatted(dest("/crash"), TOKEN));
      capture(document(item, "shipping", "1", "shipping", "2"));
      // the sender claimed the document and died before recording the outcome: its lease ends
      assertThat(outbox.claimDue(Duration.ofMinutes(1))).isPresent();
      jdbc.sql(
              "UPDATE trace_delivery d SET next_attempt_at = now() FROM trace_subscription s"
                  + " WHERE s.id = d.subscription AND s.dest = :dest")
          .param("dest", dest("/crash"))
          .update();

      WebhookDeliveries fresh =
          new WebhookDeliveries(
              outbox,
              subscriptionRows,
              subscriptions,
              events,
              queryService,
              addresses,
              false,
              Duration.ofSeconds(5));
      fresh.deliverDue();
      fresh.stop();

      assertThat(receivedAt("/crash")).hasSize(1);
      assertThat(hashesOf(receivedAt("/crash").get(0).body())).hasSize(2);
      send(delete("/epcis/queries/h2-crash"));
    }
  }

  @Nested
  class Refusals {

    @Test
    void aBadSubscriptionIsRefusedAsTheBindingSays() throws Exception {
      namedQuery("h2-refusals", item, "shipping");
      MockHttpServletResponse ftp =
          postJson(
              "/epcis/queries/h2-refusals/subscriptions",
              "{\"dest\": \"ftp://example.org/in\", \"stream\": true}");
      assertThat(ftp.getStatus()).isEqualTo(400);
      assertThat(body(ftp).path("type").asString())
          .isEqualTo("epcisException:SubscriptionControlsException");
      assertThat(body(ftp).path("messageEn").asString()).contains("dest");

      MockHttpServletResponse both =
          postJson(
              "/epcis/queries/h2-refusals/subscriptions",
              "{\"dest\": \"https://example.org/in\", \"stream\": true,"
                  + " \"schedule\": {\"hour\": \"1\"}}");
      assertThat(both.getStatus()).isEqualTo(400);
      assertThat(body(both).path("type").asString())
          .isEqualTo("epcisException:SubscriptionControlsException");

      MockHttpServletResponse neither =
          postJson(
              "/epcis/queries/h2-refusals/subscriptions", "{\"dest\": \"https://example.org/in\"}");
      assertThat(neither.getStatus()).isEqualTo(400);

      MockHttpServletResponse badSchedule =
          postJson(
              "/epcis/queries/h2-refusals/subscriptions",
              "{\"dest\": \"https://example.org/in\", \"schedule\": {\"second\": \"61\"}}");
      assertThat(badSchedule.getStatus()).isEqualTo(400);
      assertThat(body(badSchedule).path("messageEn").asString()).contains("second");

      MockHttpServletResponse unknown =
          postJson(
              "/epcis/queries/h2-no-such-query/subscriptions",
              "{\"dest\": \"https://example.org/in\", \"stream\": true}");
      assertThat(unknown.getStatus()).isEqualTo(404);
      assertThat(body(unknown).path("type").asString())
          .isEqualTo("epcisException:NoSuchNameException");

      // the platform's own machines are no webhook's destination
      MockHttpServletResponse metadata =
          postJson(
              "/epcis/queries/h2-refusals/subscriptions",
              "{\"dest\": \"http://169.254.169.254/latest/meta-data\", \"stream\": true}");
      assertThat(metadata.getStatus()).isEqualTo(400);
      assertThat(body(metadata).path("messageEn").asString())
          .contains("dest", "internal address 169.254.169.254");

      assertThat(body(send(get("/epcis/queries/h2-refusals/subscriptions")))).isEmpty();
      send(delete("/epcis/queries/h2-refusals"));
    }

    @Autowired Accounts accounts;
    @Autowired ReportingService reporting;

    @Test
    void anotherEnterpriseCannotRemoveTheAdministratorsQueryOrSubscription() throws Exception {
      String code = CreditCode.withCheckCharacter("91620102MA7WEBHK1").value();
      reporting.registerEnterprises(
          List.of(
              new Enterprise(
                  CreditCode.of(code),
                  "兰州测试订阅药业有限公司",
                  RegionCode.of("620102"),
                  IndustryCode.of("F5251"),
                  SizeClass.SMALL,
                  "私营",
                  false)),
          List.of());
      String other = TestUsers.ensure(accounts, "h2-other-enterprise", "ENTERPRISE", null, code);
      namedQuery("h2-owned", item, "shipping");
      String id =
          subscribe("h2-owned", "{\"dest\": \"%s\", \"stream\": true}".formatted(dest("/owned")));

      MockHttpServletResponse unsubscribe =
          mvc.perform(
                  delete("/epcis/queries/h2-owned/subscriptions/" + id).with(TestUsers.as(other)))
              .andReturn()
              .getResponse();
      assertThat(unsubscribe.getStatus()).isEqualTo(403);
      assertThat(body(unsubscribe).path("messageEn").asString()).contains("made by admin");
      MockHttpServletResponse remove =
          mvc.perform(delete("/epcis/queries/h2-owned").with(TestUsers.as(other)))
              .andReturn()
              .getResponse();
      assertThat(remove.getStatus()).isEqualTo(403);
      assertThat(send(get("/epcis/queries/h2-owned/subscriptions/" + id)).getStatus())
          .isEqualTo(200);

      assertThat(send(delete("/epcis/queries/h2-owned")).getStatus()).isEqualTo(204);
    }
  }

  @Nested
  class Page {

    @LocalServerPort int port;

    @Test
    void thePageShowsEachSubscriptionWithHowItsDeliveriesStand() throws Exception {
      namedQuery("h2-page", item, "shipping");
      String id =
          subscribe(
              "h2-page",
              """
              {"dest": "%s", "stream": true}
              """
                  .formatted(dest("/flaky")));
      refusals.set(1);
      capture(document(item, "shipping", "1"));
      webhooks.deliverDue();

      ChromeDriver browser = HeadlessChromium.start();
      try {
        HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/trace/queries");
        assertThat(browser.findElement(By.id("query-h2-page")).getText()).contains("shipping");
        WebElement row = browser.findElement(By.id("subscription-" + id));
        assertThat(row.findElement(By.className("pending")).getText()).isEqualTo("1");
        assertThat(row.findElement(By.className("failures")).getText()).isEqualTo("1");
        assertThat(row.findElement(By.className("last-error")).getText()).isEqualTo("HTTP 500");
        assertThat(row.findElement(By.className("last-delivered")).getText()).isEqualTo("—");
        assertThat(row.findElement(By.className("next-attempt")).getText()).isNotEqualTo("—");
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
      } finally {
        browser.quit();
      }
      send(delete("/epcis/queries/h2-page"));
    }
  }
}
