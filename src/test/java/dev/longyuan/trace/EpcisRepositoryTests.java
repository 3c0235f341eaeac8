package dev.longyuan.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.trace.internal.EpcisDocument;
import dev.longyuan.trace.internal.EpcisXmlReader;
import dev.longyuan.trace.internal.EventHasher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS repository through its REST binding: capture of JSON-LD and XML, the event hash as the
 * key (a second capture stores nothing), the simple event query's parameters, paging, and refusals
 * that name the event and the field. Every identifier here uses the company prefix 6923456, which
 * no other test uses.
 */
@PlatformTest
class EpcisRepositoryTests {

  static final String CONTEXT =
      """
      "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                   {"lyt": "https://longyuan.example.org/trace/test/"}],
      "type": "EPCISDocument", "schemaVersion": "2.0",
      "creationDate": "2026-03-10T08:00:00+08:00",
      """;

  /** A seed lot commissioned, shipped, packed onto a pallet, dried into a new lot, and sold. */
  static final String CHAIN =
      "{"
          + CONTEXT
          + """
          "epcisBody": {"eventList": [
            {"type": "ObjectEvent", "eventTime": "2026-03-01T08:00:00+08:00",
             "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "commissioning",
             "disposition": "active",
             "epcList": ["urn:epc:id:sgtin:6923456.012345.A1", "urn:epc:id:sgtin:6923456.012345.A2"],
             "readPoint": {"id": "urn:epc:id:sgln:6923456.00001.0"},
             "ilmd": {"cbvmda:lotNumber": "A", "lyt:plot": "岷县-01"},
             "lyt:operator": "张三"},
            {"type": "ObjectEvent", "eventTime": "2026-03-05T09:30:00+08:00",
             "eventTimeZoneOffset": "+08:00", "action": "OBSERVE", "bizStep": "shipping",
             "disposition": "in_transit", "epcList": ["urn:epc:id:sgtin:6923456.012345.A1"],
             "readPoint": {"id": "urn:epc:id:sgln:6923456.00001.0"},
             "bizLocation": {"id": "urn:epc:id:sgln:6923456.00002.0"}},
            {"type": "AggregationEvent", "eventTime": "2026-03-06T10:00:00+08:00",
             "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "packing",
             "parentID": "urn:epc:id:sscc:6923456.0000000001",
             "childEPCs": ["urn:epc:id:sgtin:6923456.012345.A1", "urn:epc:id:sgtin:6923456.012345.A2"],
             "readPoint": {"id": "urn:epc:id:sgln:6923456.00002.0"}},
            {"type": "TransformationEvent", "eventTime": "2026-03-08T14:00:00+08:00",
             "eventTimeZoneOffset": "+08:00", "bizStep": "commissioning",
             "inputQuantityList": [{"epcClass": "urn:epc:class:lgtin:6923456.012345.LOT1",
                                    "quantity": 10, "uom": "KGM"}],
             "outputEPCList": ["urn:epc:id:sgtin:6923456.012345.A3"],
             "readPoint": {"id": "urn:epc:id:sgln:6923456.00002.0"}},
            {"type": "TransactionEvent", "eventTime": "2026-03-09T16:00:00+08:00",
             "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "retail_selling",
             "disposition": "retail_sold",
             "bizTransactionList": [{"type": "inv", "bizTransaction": "urn:epcglobal:cbv:bt:6923456000019:INV-1"}],
             "epcList": ["urn:epc:id:sgtin:6923456.012345.A3"],
             "readPoint": {"id": "urn:epc:id:sgln:6923456.00003.0"}}
          ]}}
          """;

  /** Every event of the chain names one of these. */
  static final String CHAIN_EPCS =
      "urn:epc:idpat:sgtin:6923456.012345.*|urn:epc:id:sscc:6923456.0000000001";

  @Autowired MockMvc mvc;

  final JsonMapper json = JsonMapper.shared();

  MockHttpServletResponse capture(String body, String type, String behaviour) throws Exception {
    var request =
        post("/epcis/capture")
            .contentType(type)
            .content(body.getBytes(StandardCharsets.UTF_8))
            .with(TestUsers.admin());
    if (behaviour != null) {
      request = request.header("GS1-Capture-Error-Behaviour", behaviour);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  JsonNode job(MockHttpServletResponse accepted) throws Exception {
    assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
    String location = accepted.getHeader("Location");
    assertThat(location).startsWith("/epcis/capture/");
    return json.readTree(
        mvc.perform(get(location).with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /** A query; the path is a URI template, whose characters MockMvc encodes. */
  MockHttpServletResponse query(String path) throws Exception {
    return mvc.perform(get(path).with(TestUsers.admin())).andReturn().getResponse();
  }

  List<JsonNode> events(String path) throws Exception {
    MockHttpServletResponse response = query(path);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    JsonNode document = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    List<JsonNode> events = new ArrayList<>();
    document
        .path("epcisBody")
        .path("queryResults")
        .path("resultsBody")
        .path("eventList")
        .forEach(events::add);
    return events;
  }

  static String chain(String query) {
    return "/epcis/events?MATCH_anyEPC=" + CHAIN_EPCS + (query.isEmpty() ? "" : "&" + query);
  }

  synchronized void captureChainOnce() throws Exception {
    JsonNode job = job(capture(CHAIN, "application/ld+json", null));
    assertThat(job.path("running").asBoolean()).isFalse();
    assertThat(job.path("success").asBoolean()).isTrue();
  }

  @Test
  void aCapturedDocumentIsStoredOnceUnderItsEventHashes() throws Exception {
    captureChainOnce();
    JsonNode again = job(capture(CHAIN, "application/json", null));
    assertThat(again.path("success").asBoolean()).isTrue();
    assertThat(again.path("capturedEvents").asInt()).isZero();
    assertThat(again.path("duplicateEvents").asInt()).isEqualTo(5);

    List<JsonNode> stored = events(chain("perPage=100"));
    assertThat(stored).hasSize(5);
    EpcisDocument document = EpcisDocument.fromJson(json.readTree(CHAIN));
    List<String> expected =
        document.events().stream()
            .map(e -> EventHasher.hash(e, document.namespaces()).hash())
            .toList();
    // an event captured without an eventID is given its hash as one
    assertThat(stored)
        .extracting(e -> e.path("eventID").asString())
        .containsExactlyElementsOf(expected);
    assertThat(stored).allSatisfy(e -> assertThat(e.path("recordTime").asString()).endsWith("Z"));
    // the ILMD and the user's own fields come back as they were sent
    assertThat(stored.get(0).path("ilmd").path("lyt:plot").asString()).isEqualTo("岷县-01");
    assertThat(stored.get(0).path("lyt:operator").asString()).isEqualTo("张三");
  }

  @Nested
  class Query {

    @Test
    void eachParameterSelectsItsEventsAndABarMeansOr() throws Exception {
      captureChainOnce();
      assertThat(events(chain("EQ_bizStep=shipping"))).hasSize(1);
      assertThat(events(chain("EQ_bizStep=shipping|packing"))).hasSize(2);
      assertThat(events(chain("EQ_bizStep=https://ref.gs1.org/cbv/BizStep-commissioning")))
          .hasSize(2);
      assertThat(events(chain("EQ_disposition=in_transit"))).hasSize(1);
      assertThat(events(chain("EQ_action=ADD"))).hasSize(3);
      assertThat(
              events(
                  chain(
                      "GE_eventTime=2026-03-05T00:00:00+08:00&LT_eventTime=2026-03-08T14:00:00+08:00")))
          .extracting(e -> e.path("eventTime").asString())
          .containsExactly("2026-03-05T09:30:00+08:00", "2026-03-06T10:00:00+08:00");
      assertThat(events(chain("GE_recordTime=2000-01-01T00:00:00Z"))).hasSize(5);
      // a read point and a location match in URN and in Digital Link form alike
      assertThat(events(chain("EQ_readPoint=https://id.gs1.org/414/6923456000025"))).hasSize(2);
      assertThat(events(chain("EQ_bizLocation=urn:epc:id:sgln:6923456.00002.0"))).hasSize(1);
    }

    @Test
    void matchEpcLooksAtTheEventsOwnObjectsAndAnyEpcAlsoAtParentsAndTransformations()
        throws Exception {
      captureChainOnce();
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:id:sgtin:6923456.012345.A1"))
          .extracting(e -> e.path("type").asString())
          .containsExactly("ObjectEvent", "ObjectEvent", "AggregationEvent");
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:id:sscc:6923456.0000000001")).isEmpty();
      assertThat(events("/epcis/events?MATCH_anyEPC=urn:epc:id:sscc:6923456.0000000001"))
          .hasSize(1);
      assertThat(events("/epcis/events?MATCH_anyEPC=https://id.gs1.org/01/06923456123458/21/A3"))
          .extracting(e -> e.path("type").asString())
          .containsExactly("TransformationEvent", "TransactionEvent");
      assertThat(events("/epcis/events?MATCH_anyEPCClass=urn:epc:idpat:sgtin:6923456.012345.*"))
          .extracting(e -> e.path("type").asString())
          .containsExactly("TransformationEvent");
      assertThat(events("/epcis/events?MATCH_epcClass=urn:epc:class:lgtin:6923456.012345.LOT1"))
          .isEmpty();
    }

    @Test
    void theResourcePathsFixOneParameter() throws Exception {
      captureChainOnce();
      String own = "?MATCH_anyEPC=" + CHAIN_EPCS;
      assertThat(events("/epcis/eventTypes/AggregationEvent/events" + own)).hasSize(1);
      assertThat(events("/epcis/bizSteps/shipping/events" + own)).hasSize(1);
      assertThat(events("/epcis/dispositions/retail_sold/events" + own)).hasSize(1);
      assertThat(events("/epcis/readPoints/urn:epc:id:sgln:6923456.00003.0/events")).hasSize(1);
      assertThat(events("/epcis/bizLocations/urn:epc:id:sgln:6923456.00002.0/events")).hasSize(1);
      assertThat(events("/epcis/epcs/urn:epc:id:sgtin:6923456.012345.A2/events")).hasSize(2);
    }

    @Test
    void pagesFollowTheirNextLinkUntilTheLast() throws Exception {
      captureChainOnce();
      List<String> seen = new ArrayList<>();
      MockHttpServletResponse response = query(chain("perPage=2"));
      int pages = 0;
      while (response != null) {
        JsonNode document = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        document
            .path("epcisBody")
            .path("queryResults")
            .path("resultsBody")
            .path("eventList")
            .forEach(e -> seen.add(e.path("eventID").asString()));
        String link = response.getHeader("Link");
        pages++;
        if (link == null) {
          break;
        }
        assertThat(link).endsWith("; rel=\"next\"");
        // the link is already encoded, as a client receives it
        URI next = URI.create(link.substring(1, link.indexOf('>')));
        response = mvc.perform(get(next).with(TestUsers.admin())).andReturn().getResponse();
      }
      assertThat(pages).isEqualTo(3);
      assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownParameterOrAMalformedTimeIsRefused() throws Exception {
      MockHttpServletResponse unknown = query("/epcis/events?EQ_colour=red");
      assertThat(unknown.getStatus()).isEqualTo(400);
      assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
          .contains("epcisException:QueryParameterException", "EQ_colour");
      assertThat(query("/epcis/events?GE_eventTime=yesterday").getStatus()).isEqualTo(400);
      assertThat(query("/epcis/events?perPage=0").getStatus()).isEqualTo(400);
    }
  }

  @Nested
  class XmlBinding {

    @Test
    void jsonInXmlOutAndXmlBackInGiveTheSameHashes() throws Exception {
      captureChainOnce();
      MockHttpServletResponse xml =
          mvc.perform(
                  get(chain("perPage=100"))
                      .header("Accept", "application/xml")
                      .with(TestUsers.admin()))
              .andReturn()
              .getResponse();
      assertThat(xml.getContentType()).startsWith("application/xml");
      String body = xml.getContentAsString(StandardCharsets.UTF_8);
      assertThat(body).contains("<EPCISBody>", "urn:epcglobal:cbv:bizstep:shipping", "岷县-01");

      EpcisDocument fromXml =
          EpcisXmlReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      EpcisDocument fromJson = EpcisDocument.fromJson(json.readTree(CHAIN));
      assertThat(
              fromXml.events().stream().map(e -> EventHasher.hash(e, fromXml.namespaces()).hash()))
          .containsExactlyElementsOf(
              fromJson.events().stream()
                  .map(e -> EventHasher.hash(e, fromJson.namespaces()).hash())
                  .toList());

      JsonNode job = job(capture(body, "application/xml", null));
      assertThat(job.path("success").asBoolean()).as(job.toString()).isTrue();
      assertThat(job.path("duplicateEvents").asInt()).isEqualTo(5);
      assertThat(job.path("capturedEvents").asInt()).isZero();
    }
  }

  @Nested
  class Refusals {

    static final String BAD =
        "{"
            + CONTEXT
            + """
            "epcisBody": {"eventList": [
              {"type": "ObjectEvent", "eventTime": "2026-04-01T08:00:00+08:00",
               "eventTimeZoneOffset": "+08:00", "action": "OBSERVE", "bizStep": "shipping",
               "epcList": ["urn:epc:id:sgtin:6923456.099999.GOOD"]},
              {"type": "ObjectEvent", "eventTime": "2026-04-01T09:00:00+08:00",
               "eventTimeZoneOffset": "+08:00", "action": "OBSERVE",
               "bizStep": "urn:epcglobal:cbv:bizstep:shipping",
               "epcList": ["urn:epc:id:sgtin:6923456.099999.BAD"],
               "readPoint": {"id": "not a uri"}}
            ]}}
            """;

    @Test
    void underRollbackOneBadEventRefusesTheDocumentNamingTheEventAndField() throws Exception {
      MockHttpServletResponse refused = capture(BAD, "application/ld+json", "rollback");
      assertThat(refused.getStatus()).isEqualTo(400);
      JsonNode body = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
      assertThat(body.path("code").asString()).isEqualTo("epcis.validation");
      assertThat(body.path("type").asString()).isEqualTo("epcisException:ValidationException");
      assertThat(body.path("errors").valueStream().map(e -> e.path("eventIndex").asInt()))
          .containsOnly(1);
      // format: uri is enforced; the CBV URN form is refused where the 2.0 schema forbids it
      assertThat(body.path("errors").valueStream().map(e -> e.path("field").asString()))
          .contains("/epcisBody/eventList/1/readPoint/id", "/epcisBody/eventList/1/bizStep");
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:id:sgtin:6923456.099999.GOOD")).isEmpty();
    }

    @Test
    void underProceedTheGoodEventsAreStoredAndTheJobListsTheOthers() throws Exception {
      JsonNode job =
          job(
              capture(
                  BAD.replace("GOOD", "PROCEED").replace("BAD", "PROCEED-BAD"),
                  "application/json",
                  "proceed"));
      assertThat(job.path("success").asBoolean()).isFalse();
      assertThat(job.path("captureErrorBehaviour").asString()).isEqualTo("proceed");
      // stored now, or by an earlier run of the tests on the same database
      assertThat(job.path("capturedEvents").asInt() + job.path("duplicateEvents").asInt())
          .isEqualTo(1);
      assertThat(job.path("errors").valueStream().map(e -> e.path("eventIndex").asInt()))
          .containsOnly(1);
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:id:sgtin:6923456.099999.PROCEED"))
          .hasSize(1);
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:id:sgtin:6923456.099999.PROCEED-BAD"))
          .isEmpty();
    }

    @Test
    void aDocumentOverTheCaptureLimitIsRefusedWhole() throws Exception {
      StringBuilder many = new StringBuilder("{" + CONTEXT + "\"epcisBody\": {\"eventList\": [");
      for (int i = 0; i <= 10_000; i++) {
        many.append(i == 0 ? "" : ",")
            .append("{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-05-01T00:00:00Z\",")
            .append("\"eventTimeZoneOffset\":\"+00:00\",\"action\":\"OBSERVE\",")
            .append("\"epcList\":[\"urn:epc:id:sgtin:6923456.088888.")
            .append(i)
            .append("\"]}");
      }
      many.append("]}}");
      MockHttpServletResponse refused = capture(many.toString(), "application/json", null);
      assertThat(refused.getStatus()).isEqualTo(413);
      assertThat(events("/epcis/events?MATCH_epc=urn:epc:idpat:sgtin:6923456.088888.*")).isEmpty();
    }

    @Test
    void aDocumentOfAnotherMediaTypeOrNotJsonIsRefused() throws Exception {
      assertThat(capture(CHAIN, "text/plain", null).getStatus()).isEqualTo(415);
      assertThat(capture("{not json", "application/json", null).getStatus()).isEqualTo(400);
      assertThat(capture(CHAIN, "application/json", "sometimes").getStatus()).isEqualTo(400);
    }
  }

  @Test
  void optionsAdvertisesTheLimitsAndEveryAnswerItsVersions() throws Exception {
    MockHttpServletResponse discovery =
        mvc.perform(options("/epcis/capture").with(TestUsers.admin())).andReturn().getResponse();
    assertThat(discovery.getStatus()).isEqualTo(204);
    assertThat(Integer.parseInt(discovery.getHeader("GS1-EPCIS-Capture-Limit")))
        .isGreaterThanOrEqualTo(10_000);
    assertThat(discovery.getHeader("GS1-EPCIS-Capture-File-Size-Limit")).isNotBlank();
    assertThat(discovery.getHeader("GS1-EPCIS-Version")).isEqualTo("2.0.0");
    MockHttpServletResponse refused = query("/epcis/events?EQ_colour=red");
    assertThat(refused.getHeader("GS1-EPCIS-Version")).isEqualTo("2.0.0");
    assertThat(refused.getHeader("GS1-CBV-Version")).isEqualTo("2.0.0");
  }
}
