package dev.longyuan.smeservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ReportingService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request through the API, as an enterprise of 舟曲县 (623023), its county bureau and 甘南州's bureau
 * use it: made, seen with its hops and deadlines, passed across, resolved, rated, counted; and what
 * each of them may not do.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmeApiTests {

  static final String ZHOUQU = "623023";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ServiceNetwork network;
  @Autowired WorkingCalendar calendar;
  @Autowired ReportingService reporting;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  String other;

  @BeforeAll
  void usersAndANetwork() {
    TestNetwork.clear(jdbc);
    TestNetwork.build(network, ZHOUQU);
    TestUsers.ensure(
        accounts, "sme-ent", "ENTERPRISE", null, TestNetwork.enterprise(reporting, ZHOUQU, 1));
    other = TestNetwork.enterprise(reporting, ZHOUQU, 2);
    TestUsers.ensure(accounts, "sme-other", "ENTERPRISE", null, other);
    TestUsers.ensure(accounts, "sme-county", "COUNTY", ZHOUQU, null);
    TestUsers.ensure(accounts, "sme-gannan", "CITY", "623000", null);
  }

  @AfterAll
  void clear() {
    TestNetwork.clear(jdbc);
  }

  JsonNode as(String user, MockHttpServletRequestBuilder request, int expected) throws Exception {
    String body =
        mvc.perform(request.with(TestUsers.as(user)).with(csrf()))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JSON.readTree(body);
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void aRequestMadeHandledRatedAndCounted() throws Exception {
    LocalDate today = ServiceRequests.day(Instant.now());
    long id =
        as(
                "sme-ent",
                json(
                    post("/api/sme/requests"),
                    "{\"categoryCode\":\"ip\",\"title\":\"专利申请辅导\",\"description\":\"发明专利\"}"),
                201)
            .get("id")
            .asLong();

    JsonNode made = as("sme-ent", get("/api/sme/requests/" + id), 200);
    assertThat(made.at("/request/nodeCode").asString()).isEqualTo("T-" + ZHOUQU);
    assertThat(made.at("/request/status").asString()).isEqualTo("submitted");
    assertThat(made.at("/hops/0/action").asString()).isEqualTo("submitted");
    assertThat(made.at("/hops/0/actor").asString()).isEqualTo("sme-ent");
    assertThat(made.at("/clock/acknowledgeDue").asString())
        .isEqualTo(calendar.workingDaysAfter(today, 1).toString());
    assertThat(made.at("/clock/resolveDue").asString())
        .isEqualTo(calendar.workingDaysAfter(today, 10).toString());
    assertThat(made.at("/clock/acknowledgeDaysLeft").asInt()).isEqualTo(1);

    // another enterprise does not learn that it exists
    assertThat(as("sme-other", get("/api/sme/requests/" + id), 404).get("code").asString())
        .isEqualTo("request.unknown");

    as("sme-county", post("/api/sme/requests/" + id + "/acknowledge"), 200);
    JsonNode passed =
        as(
            "sme-county",
            json(
                post("/api/sme/requests/" + id + "/forward"),
                "{\"to\":\"" + TestNetwork.AGENCY + "\",\"note\":\"转知识产权机构\"}"),
            200);
    assertThat(passed.at("/request/nodeCode").asString()).isEqualTo(TestNetwork.AGENCY);
    assertThat(passed.at("/hops/2/note").asString()).isEqualTo("转知识产权机构");
    // the agency is 甘南州's: the county may no longer act on it
    assertThat(
            as(
                    "sme-county",
                    json(post("/api/sme/requests/" + id + "/resolve"), "{\"resolution\":\"x\"}"),
                    403)
                .get("code")
                .asString())
        .isEqualTo("scope.outside");
    as(
        "sme-gannan",
        json(post("/api/sme/requests/" + id + "/resolve"), "{\"resolution\":\"已辅导提交申请\"}"),
        200);
    JsonNode rated =
        as(
            "sme-ent",
            json(post("/api/sme/requests/" + id + "/rating"), "{\"rating\":4,\"comment\":\"满意\"}"),
            200);
    assertThat(rated.at("/request/rating").asInt()).isEqualTo(4);
    assertThat(rated.at("/request/fee").asString()).isEqualTo("low_cost");
    assertThat(rated.at("/clock/resolvedInTime").asBoolean()).isTrue();
    assertThat(
            as("sme-ent", json(post("/api/sme/requests/" + id + "/rating"), "{\"rating\":5}"), 400)
                .get("code")
                .asString())
        .isEqualTo("rating.given");

    // this year, 甘南州: one request, one SME served, on time, satisfied (4), low-cost; one of its
    // 8 counties has a touchpoint
    JsonNode figures = as("sme-gannan", get("/api/sme/figures?year=" + today.getYear()), 200);
    assertThat(figures.at("/regionCode").asString()).isEqualTo("623000");
    assertThat(figures.at("/total/requests").asInt()).isEqualTo(1);
    assertThat(figures.at("/total/smesServed").asInt()).isEqualTo(1);
    assertThat(figures.at("/total/onTime").asInt()).isEqualTo(1);
    assertThat(figures.at("/total/satisfied").asInt()).isEqualTo(1);
    assertThat(figures.at("/total/publicBenefit").asInt()).isEqualTo(1);
    assertThat(figures.at("/total/satisfaction").asDouble()).isEqualTo(100.0);
    assertThat(figures.at("/byCategory/ip").asInt()).isEqualTo(1);
    assertThat(figures.at("/byNode/0/nodeCode").asString()).isEqualTo(TestNetwork.AGENCY);
    assertThat(figures.at("/coverage/counties").asInt()).isEqualTo(8);
    assertThat(figures.at("/coverage/covered").asInt()).isEqualTo(1);

    // the figures page says the same, against the national bar and the aim
    String page = page("sme-gannan", "/sme/figures?year=" + today.getYear());
    assertThat(page)
        .contains("id=\"total-requests\">1<", "id=\"total-served\">1<", "达到90%的目标")
        .contains("1 / 8 个县区，12.5%");
  }

  String page(String user, String path) throws Exception {
    return mvc.perform(get(path).with(TestUsers.as(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theNetworkPageSpeaksEnglishWhenAsked() throws Exception {
    String page =
        mvc.perform(get("/sme?lang=en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("SME public service network", "County touchpoint", "Information (free)");
  }

  @Test
  void aBadRequestIsRefusedWithItsCodeAndReasonInBothLanguages() throws Exception {
    JsonNode refused =
        as(
            "sme-ent",
            json(post("/api/sme/requests"), "{\"categoryCode\":\"astrology\",\"title\":\"x\"}"),
            400);

    assertThat(refused.get("code").asString()).isEqualTo("request.category");
    assertThat(refused.get("field").asString()).isEqualTo("categoryCode");
    assertThat(refused.get("messageZh").asString()).contains("国家服务类别");
    assertThat(refused.get("messageEn").asString()).contains("national service category");
  }

  @Test
  void anEnterpriseAsksOnlyForItself() throws Exception {
    assertThat(
            as(
                    "sme-ent",
                    json(
                        post("/api/sme/requests"),
                        "{\"enterpriseCode\":\""
                            + other
                            + "\",\"categoryCode\":\"ip\",\"title\":\"x\"}"),
                    403)
                .get("code")
                .asString())
        .isEqualTo("scope.outside");
  }

  @Test
  void theProvinceRecordsANodeAndAWrongOneIsRefusedByItsField() throws Exception {
    String touchpoint =
        "{\"code\":\"T-623024\",\"kind\":\"touchpoint\",\"nameZh\":\"迭部县中小企业服务站\","
            + "\"regionCode\":\"623024\",\"parentCode\":\"%s\",\"openedOn\":\"2017-05-01\","
            + "\"offers\":[{\"categoryCode\":\"training\",\"fee\":\"free\"}]}";
    // a touchpoint answers to its own city's window, not to the hub
    JsonNode refused =
        as(
            TestUsers.ADMIN,
            json(post("/api/sme/nodes"), touchpoint.formatted(TestNetwork.HUB)),
            400);
    assertThat(refused.get("code").asString()).isEqualTo("node.parentCode");
    assertThat(refused.get("field").asString()).isEqualTo("parentCode");
    assertThat(network.node("T-623024")).isEmpty();
    as("sme-gannan", json(post("/api/sme/nodes"), touchpoint.formatted(TestNetwork.WINDOW)), 403);

    JsonNode recorded =
        as(
            TestUsers.ADMIN,
            json(post("/api/sme/nodes"), touchpoint.formatted(TestNetwork.WINDOW)),
            201);

    assertThat(recorded.get("parentCode").asString()).isEqualTo(TestNetwork.WINDOW);
    assertThat(recorded.at("/offers/0/fee").asString()).isEqualTo("free");
    // 甘南州 now has touchpoints in 2 of its 8 counties from 2017
    assertThat(network.coverage("623000", 2017).covered()).isEqualTo(2);
    assertThat(network.coverage("623000", 2016).covered()).isEqualTo(1);
    // the other tests of this class count one touchpoint
    jdbc.sql("DELETE FROM sme_node WHERE code = 'T-623024'").update();
  }

  @Test
  void theDirectoryIsPublic() throws Exception {
    String body =
        mvc.perform(get("/api/sme/network"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode directory = JSON.readTree(body);
    assertThat(directory.at("/categories").size()).isEqualTo(16);
    assertThat(body).contains(TestNetwork.HUB, "\"kind\":\"touchpoint\"");
  }
}
