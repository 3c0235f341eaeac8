package dev.longyuan.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.trace.internal.EpcisDocument;
import dev.longyuan.trace.internal.EpcisXmlReader;
import dev.longyuan.trace.internal.EventHasher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GS1's EPCIS 2.0 example documents, read in place from the conformance corpus (they may not be
 * copied into the project): every EPCISDocument and EPCISQueryDocument under gs1/JSON and every
 * EPCISDocument under gs1/XML is captured without error and each of its events found again by its
 * eventID (or hash) with the same hash; the one document the JSON Schema refuses, and examples with
 * a required field removed, are refused with nothing stored.
 *
 * <p>The corpus is {@code LONGYUAN_CONFORMANCE_EPCIS} (or the system property {@code
 * longyuan.conformance.epcis}), else {@code ../shared/conformance/epcis} from the working
 * directory, else {@code /work/shared/conformance/epcis}. Without it these tests are skipped, and
 * fail where {@code LONGYUAN_REQUIRE_CONFORMANCE=true} (CI).
 */
@PlatformTest
class EpcisConformanceTests {

  /** The JSON documents the 2.0 schema refuses: CBV values written as URNs where it forbids. */
  static final List<String> INVALID =
      List.of("XML/WithEventHashID/event_with_identical_hash_id_7.json");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  final JsonMapper json = JsonMapper.shared();

  static Path corpus() {
    String configured =
        System.getProperty(
            "longyuan.conformance.epcis", System.getenv("LONGYUAN_CONFORMANCE_EPCIS"));
    List<Path> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("..", "shared", "conformance", "epcis"));
    candidates.add(Path.of("/work/shared/conformance/epcis"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve("gs1"))) {
        return candidate.resolve("gs1");
      }
    }
    String message = "the EPCIS conformance corpus (gs1/) is not in any of " + candidates;
    if ("true".equals(System.getenv("LONGYUAN_REQUIRE_CONFORMANCE"))) {
      fail(message);
    }
    assumeThat(false).as(message).isTrue();
    throw new IllegalStateException("unreachable: the assumption above aborts the test");
  }

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  static boolean isEpcisDocument(Path xml) throws IOException {
    String head = Files.readString(xml, StandardCharsets.UTF_8);
    return head.matches("(?s).*<([A-Za-z0-9]+:)?EPCISDocument[\\s>].*");
  }

  @TestFactory
  Stream<DynamicTest> everyValidExampleIsCapturedAndFoundAgain() throws IOException {
    Path gs1 = corpus();
    List<Path> inputs = new ArrayList<>(files(gs1.resolve("JSON"), ".jsonld"));
    for (Path xml : files(gs1.resolve("XML"), ".xml")) {
      if (isEpcisDocument(xml)) {
        inputs.add(xml);
      }
    }
    assertThat(inputs).as("47 JSON-LD and 31 XML EPCISDocuments").hasSize(78);
    return inputs.stream()
        .map(f -> DynamicTest.dynamicTest(gs1.relativize(f).toString(), () -> captureAndFind(f)));
  }

  void captureAndFind(Path file) throws Exception {
    boolean xml = file.toString().endsWith(".xml");
    byte[] body = Files.readAllBytes(file);
    MockHttpServletResponse accepted =
        mvc.perform(
                post("/epcis/capture")
                    .contentType(xml ? "application/xml" : "application/ld+json")
                    .content(body)
                    .with(TestUsers.admin()))
            .andReturn()
            .getResponse();
    assertThat(accepted.getStatus())
        .as(accepted.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(202);
    JsonNode job =
        json.readTree(
            mvc.perform(get(accepted.getHeader("Location")).with(TestUsers.admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(job.path("running").asBoolean()).isFalse();
    assertThat(job.path("success").asBoolean()).as(job.toString()).isTrue();

    EpcisDocument document = read(file);
    // every example has events, but one that carries master data in its header alone
    assertThat(document.events().isEmpty())
        .isEqualTo(
            file.endsWith(
                Path.of("WithFullCombinationOfFields", "masterdata_all_possible_fields.xml")));
    for (ObjectNode event : document.events()) {
      String hash = EventHasher.hash(event, document.namespaces()).hash();
      // by its hash: an event captured before under another eventID is not stored again
      String id = hash;
      JsonNode found =
          json.readTree(
              mvc.perform(
                      get(UriComponentsBuilder.fromPath("/epcis/events")
                              .queryParam("EQ_eventID", id)
                              .queryParam("perPage", 1000)
                              .encode()
                              .build()
                              .toUri())
                          .with(TestUsers.admin()))
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8));
      EpcisDocument answer = EpcisDocument.fromJson(found);
      assertThat(answer.events().stream().map(e -> EventHasher.hash(e, answer.namespaces()).hash()))
          .as("events found by their hash %s", id)
          .contains(hash);
    }
  }

  static EpcisDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".xml")
          ? EpcisXmlReader.read(in)
          : EpcisDocument.fromJson(JsonMapper.shared().readTree(in));
    }
  }

  long storedEvents() {
    return jdbc.sql("SELECT count(*) FROM trace_event").query(Long.class).single();
  }

  MockHttpServletResponse captureJson(byte[] body) throws Exception {
    return mvc.perform(
            post("/epcis/capture")
                .contentType("application/json")
                .content(body)
                .with(TestUsers.admin()))
        .andReturn()
        .getResponse();
  }

  @Test
  void theDocumentTheSchemaRefusesIsRefusedWithNothingStored() throws Exception {
    Path gs1 = corpus();
    for (String invalid : INVALID) {
      long before = storedEvents();
      MockHttpServletResponse refused = captureJson(Files.readAllBytes(gs1.resolve(invalid)));
      assertThat(refused.getStatus()).as(invalid).isEqualTo(400);
      JsonNode body = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
      // the URN-form bizStep, disposition, persistent disposition, transaction, source and
      // destination types, each named by its event and field
      assertThat(body.path("errors").valueStream().map(e -> e.path("field").asString()))
          .anyMatch(f -> f.endsWith("/bizStep"))
          .anyMatch(f -> f.contains("/bizTransactionList/"));
      assertThat(storedEvents()).isEqualTo(before);
    }
  }

  @Test
  void anExampleWithoutARequiredFieldIsRefused() throws Exception {
    Path example = corpus().resolve("JSON/Example_9.6.1-ObjectEvent.jsonld");
    for (String field : List.of("eventTime", "eventTimeZoneOffset", "action")) {
      ObjectNode document = (ObjectNode) json.readTree(example.toFile());
      ObjectNode event = (ObjectNode) document.path("epcisBody").path("eventList").get(0);
      event.remove(field);
      long before = storedEvents();
      MockHttpServletResponse refused = captureJson(json.writeValueAsBytes(document));
      assertThat(refused.getStatus()).as(field).isEqualTo(400);
      JsonNode errors =
          json.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("errors");
      assertThat(errors.valueStream().map(e -> e.path("eventIndex").asInt())).as(field).contains(0);
      assertThat(errors.toString()).as(field).contains(field);
      assertThat(storedEvents()).isEqualTo(before);
    }
  }

  @Test
  void theCorpusIsFoundWhereTheTestsLook() {
    assertThat(Files.isRegularFile(corpus().resolve("EPCIS-JSON-Schema.json"))).isTrue();
  }
}
