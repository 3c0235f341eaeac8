package dev.longyuan.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.trace.internal.RecallService;
import dev.longyuan.trace.persistence.Parties.Party;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Master data in a captured document's header: stored as stated, and a place naming its owner's
 * credit code becomes a place of the chains, so that a lot captured by any client has its
 * enterprises. Identifiers use the company prefix 6934567, which no other test uses.
 */
@PlatformTest
class MasterDataTests {

  static final String PROCESSOR = CreditCode.withCheckCharacter("91621123MA7TRACE1").value();
  static final String PHARMACY = CreditCode.withCheckCharacter("91620102MA7TRACE2").value();

  static final String LOT = "https://id.gs1.org/01/06934567000019/10/MD-1";
  static final String RETAIL = "https://id.gs1.org/01/06934567000026/10/MD-1R";

  @Autowired MockMvc mvc;
  @Autowired RecallService recalls;
  @Autowired JdbcClient jdbc;

  final JsonMapper json = JsonMapper.shared();

  static String place(
      String id, String name, String code, String party, String region, String lat) {
    return """
        {"id": "%s", "attributes": [
          {"id": "cbvmda:name", "attribute": "%s"},
          {"id": "cbvmda:latitude", "attribute": %s},
          {"id": "cbvmda:longitude", "attribute": "104.21"},
          {"id": "herb:partyCreditCode", "attribute": "%s"},
          {"id": "herb:partyName", "attribute": "%s"},
          {"id": "herb:regionCode", "attribute": "%s"}]}
        """
        .formatted(id, name, lat, code, party, region);
  }

  static String document(String places, String lot, String retail) {
    return """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                      {"herb": "https://ns.longyuan.dev/herb/"}],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-10-01T08:00:00+08:00",
         "epcisHeader": {"epcisMasterData": {"vocabularyList": [
           {"type": "urn:epcglobal:epcis:vtype:BusinessLocation", "vocabularyElementList": [%s]}]}},
         "epcisBody": {"eventList": [
           {"type": "ObjectEvent", "eventTime": "2026-10-01T08:00:00+08:00",
            "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "commissioning",
            "quantityList": [{"epcClass": "%s", "quantity": 500, "uom": "KGM"}],
            "readPoint": {"id": "urn:epc:id:sgln:6934567.00001.0"},
            "bizLocation": {"id": "urn:epc:id:sgln:6934567.00001.0"}},
           {"type": "TransformationEvent", "eventTime": "2026-10-08T10:00:00+08:00",
            "eventTimeZoneOffset": "+08:00", "bizStep": "repackaging",
            "inputQuantityList": [{"epcClass": "%s", "quantity": 20, "uom": "KGM"}],
            "outputQuantityList": [{"epcClass": "%s", "quantity": 40}],
            "bizLocation": {"id": "urn:epc:id:sgln:6934567.00002.0"}}]}}
        """
        .formatted(places, lot, lot, retail);
  }

  MockHttpServletResponse capture(String body, String type) throws Exception {
    return mvc.perform(
            post("/epcis/capture")
                .contentType(type)
                .content(body.getBytes(StandardCharsets.UTF_8))
                .with(TestUsers.admin()))
        .andReturn()
        .getResponse();
  }

  @Test
  void placesStatedInTheHeaderGiveACapturedLotItsEnterprises() throws Exception {
    String places =
        place(
                "urn:epc:id:sgln:6934567.00001.0",
                "渭源党参加工厂（测试）",
                PROCESSOR,
                "渭源测试党参加工有限公司",
                "621123",
                "35.13")
            + ","
            + place(
                "urn:epc:id:sgln:6934567.00002.0",
                "城关大药房（测试）",
                PHARMACY,
                "兰州测试大药房有限公司",
                "620102",
                "36.06");
    MockHttpServletResponse accepted =
        capture(document(places, LOT, RETAIL), "application/ld+json");
    assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);

    // stored as stated, under the place's canonical identifier (its GLN's Digital Link)
    assertThat(
            jdbc.sql(
                    "SELECT attributes ->> 'https://ns.longyuan.dev/herb/partyCreditCode'"
                        + " FROM trace_vocabulary_element WHERE id = :id")
                .param("id", "https://id.gs1.org/414/6934567000019")
                .query(String.class)
                .single())
        .isEqualTo(PROCESSOR);
    RecallService.Reach reach = recalls.reach(LOT);
    assertThat(reach.downstream()).containsExactly(RETAIL);
    assertThat(reach.downstreamParties())
        .extracting(Party::creditCode, Party::nameZh, Party::regionCode)
        .contains(org.assertj.core.groups.Tuple.tuple(PHARMACY, "兰州测试大药房有限公司", "620102"));
    assertThat(recalls.reach(RETAIL).upstreamParties())
        .extracting(Party::creditCode)
        .contains(PROCESSOR);
  }

  @Test
  void aBadPlaceRefusesTheWholeDocumentNamingTheAttribute() throws Exception {
    String batch = "MD-" + UUID.randomUUID().toString().substring(0, 8);
    String lot = "https://id.gs1.org/01/06934567000019/10/" + batch;
    String wrongCheck = PROCESSOR.substring(0, 17) + (PROCESSOR.endsWith("0") ? "1" : "0");
    String places =
        place("urn:epc:id:sgln:6934567.00003.0", "坏地点", wrongCheck, "某公司", "621123", "95");
    MockHttpServletResponse refused =
        capture(document(places, lot, lot + "R"), "application/ld+json");
    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode body = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
    String at = "/epcisHeader/epcisMasterData/vocabularyList/0/vocabularyElementList/0/attributes/";
    assertThat(body.path("errors").valueStream().map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder(at + "partyCreditCode", at + "latitude");
    assertThat(body.path("errors").valueStream().map(e -> e.path("eventIndex").asInt()))
        .containsOnly(-1);
    assertThat(body.path("errors").get(0).path("messageZh").asString()).isNotBlank();
    MockHttpServletResponse none =
        mvc.perform(get("/epcis/events").param("MATCH_anyEPC", lot).with(TestUsers.admin()))
            .andReturn()
            .getResponse();
    assertThat(
            json.readTree(none.getContentAsString(StandardCharsets.UTF_8))
                .path("epcisBody")
                .path("queryResults")
                .path("resultsBody")
                .path("eventList"))
        .isEmpty();
    assertThat(
            jdbc.sql("SELECT count(*) FROM trace_vocabulary_element WHERE id = :id")
                .param("id", "https://id.gs1.org/414/6934567000033")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anXmlHeaderStatesPlacesAsTheJsonOneDoes() throws Exception {
    String code = CreditCode.withCheckCharacter("91620102MA7TRACE3").value();
    String xml =
        """
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
            creationDate="2026-10-02T08:00:00+08:00">
          <EPCISHeader>
            <epcismd:EPCISMasterData xmlns:epcismd="urn:epcglobal:epcis-masterdata:xsd:2">
              <VocabularyList>
                <Vocabulary type="urn:epcglobal:epcis:vtype:ReadPoint">
                  <VocabularyElementList>
                    <VocabularyElement id="urn:epc:id:sgln:6934567.00004.0">
                      <attribute id="urn:epcglobal:cbv:mda:name">七里河仓库（测试）</attribute>
                      <attribute id="urn:epcglobal:cbv:mda:latitude">36.05</attribute>
                      <attribute id="urn:epcglobal:cbv:mda:longitude">103.78</attribute>
                      <attribute id="https://ns.longyuan.dev/herb/partyCreditCode">%s</attribute>
                      <attribute id="https://ns.longyuan.dev/herb/partyName">兰州测试药材仓储有限公司</attribute>
                      <attribute id="https://ns.longyuan.dev/herb/regionCode">620103</attribute>
                    </VocabularyElement>
                  </VocabularyElementList>
                </Vocabulary>
              </VocabularyList>
            </epcismd:EPCISMasterData>
          </EPCISHeader>
          <EPCISBody>
            <EventList>
              <ObjectEvent>
                <eventTime>2026-10-02T09:00:00+08:00</eventTime>
                <eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
                <epcList><epc>https://id.gs1.org/01/06934567000019/21/X1</epc></epcList>
                <action>OBSERVE</action>
                <bizStep>storing</bizStep>
                <readPoint><id>urn:epc:id:sgln:6934567.00004.0</id></readPoint>
              </ObjectEvent>
            </EventList>
          </EPCISBody>
        </epcis:EPCISDocument>
        """
            .formatted(code);
    MockHttpServletResponse accepted = capture(xml, "application/xml");
    assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
    assertThat(
            jdbc.sql("SELECT name_zh FROM trace_party WHERE credit_code = :code")
                .param("code", code)
                .query(String.class)
                .single())
        .isEqualTo("兰州测试药材仓储有限公司");
    assertThat(
            jdbc.sql("SELECT region_code FROM trace_location WHERE id = :id")
                .param("id", "https://id.gs1.org/414/6934567000040")
                .query(String.class)
                .single())
        .isEqualTo("620103");
  }
}
