package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.AuditEntry;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A restricted test rig and a restricted foundry capacity of an enterprise in Minle county (民乐县,
 * 620722): a user without clearance sees only their public fields through every route (pages, API,
 * search, export, bookings, statistics, capacity matches, the market's listing), a user a province
 * administrator cleared sees them, and sees them no more once the clearance is withdrawn.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityTests {

  static final String MINLE = "620722";
  static final String SPEC = "SPEC-保密高压舱40MPa";
  static final String PRICE = "PRICE-每小时9100元";
  static final String CONTACT = "CONTACT-刘工13900000000";
  static final String FOUNDRY_SPEC = "SPEC-真空熔炼炉2吨";
  static final String FOUNDRY_CONTACT = "CONTACT-陈工13900000001";
  static final String PURPOSE = "PURPOSE-型号件高压试验";
  static final String BLOCKED = "2027-10-19";
  static final List<String> SECRETS =
      List.of(SPEC, PRICE, CONTACT, FOUNDRY_SPEC, FOUNDRY_CONTACT, BLOCKED);

  @Autowired MockMvc mvc;
  @Autowired Sharing sharing;
  @Autowired Bookings bookings;
  @Autowired Accounts accounts;
  @Autowired AuditLog audit;
  @Autowired ReportingService reporting;

  long rig;
  long foundry;
  long booking;
  long request;

  @BeforeAll
  void restrictedResourcesABookingAndACapacityRequest() {
    String owner = SharingFixtures.enterprise(reporting, "3401", 1, "民乐测试军工装备有限公司（模拟数据）", MINLE);
    String plain = SharingFixtures.enterprise(reporting, "3401", 2, "民乐测试农机有限公司（模拟数据）", MINLE);
    String vetted = SharingFixtures.enterprise(reporting, "3401", 3, "民乐测试航天配套有限公司（模拟数据）", MINLE);
    TestUsers.ensure(accounts, "minle-plain", "ENTERPRISE", null, plain);
    TestUsers.ensure(accounts, "minle-vetted", "ENTERPRISE", null, vetted);
    TestUsers.ensure(accounts, "minle-city", "CITY", "620700", null);
    TestUsers.ensure(accounts, "minle-owner", "ENTERPRISE", null, owner);
    DataScope province = DataScope.everything(true);
    rig =
        sharing.register(
            SharingFixtures.equipment(
                owner, MINLE, "民乐测试高压试验舱（模拟数据）", SPEC, PRICE, CONTACT, "受限", BLOCKED),
            province,
            "test");
    foundry =
        sharing.register(
            SharingFixtures.capacity(
                owner,
                MINLE,
                "民乐测试铸造富余产能（模拟数据）",
                FOUNDRY_SPEC,
                FOUNDRY_CONTACT,
                "受限",
                "CASTING",
                400,
                "吨铸件"),
            province,
            "test");
    Viewer requester = new Viewer(DataScope.enterprise(plain), "minle-plain", false);
    Viewer ownerUser = new Viewer(DataScope.enterprise(owner), "minle-owner", false);
    booking =
        bookings.request(
            new BookingDraft(
                rig,
                LocalDateTime.of(2027, 6, 7, 8, 0),
                LocalDateTime.of(2027, 6, 7, 16, 0),
                PURPOSE,
                null),
            requester);
    bookings.decide(booking, true, null, ownerUser);
    bookings.start(booking, ownerUser);
    request =
        sharing.requestCapacity(
            new CapacityRequestDraft(
                "CASTING",
                BigDecimal.valueOf(100),
                "吨铸件",
                LocalDate.now().plusMonths(3),
                MINLE,
                null),
            DataScope.enterprise(plain),
            "minle-plain");
  }

  /** Every route that shows the resources, each as the text a user gets. */
  List<String> routes() {
    return List.of(
        "/sharing",
        "/sharing?kind=EQUIPMENT&level=RESTRICTED",
        "/sharing/resources/" + rig,
        "/sharing/resources/" + foundry,
        "/sharing/bookings",
        "/sharing/statistics?year=2027",
        "/sharing/capacity/" + request,
        "/api/sharing/resources",
        "/api/sharing/resources/" + rig,
        "/api/sharing/resources/" + foundry,
        "/api/sharing/bookings",
        "/api/sharing/utilisation?year=2027",
        "/api/sharing/capacity-requests/" + request,
        "/api/market/supplies");
  }

  String text(String path, String user) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(TestUsers.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path + " as " + user).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  String export(String user) throws Exception {
    byte[] file =
        mvc.perform(get("/sharing/export.xlsx").with(TestUsers.as(user)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    StringBuilder cells = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Row row : book.getSheet("共享资源")) {
        for (Cell cell : row) {
          cells.append(cell.getStringCellValue()).append('|');
        }
      }
    }
    return cells.toString();
  }

  @Test
  void aUserWithoutClearanceSeesOnlyThePublicFieldsThroughEveryRoute() throws Exception {
    for (String user : List.of("minle-plain", "minle-city")) {
      for (String path : routes()) {
        String body = text(path, user);
        assertThat(body).as(path + " as " + user).doesNotContain(SECRETS);
      }
      String export = export(user);
      assertThat(export).contains("民乐测试高压试验舱（模拟数据）", "受限").doesNotContain(SECRETS);
      // the county cell holds the city only (the credit code, public, names where it registered)
      assertThat(export).as("the county below the city").doesNotContain("|" + MINLE + "|");
      assertThat(text("/api/sharing/resources/" + rig, user))
          .contains("民乐测试高压试验舱（模拟数据）", "\"cityCode\":\"620700\"", "\"countyCode\":null")
          .doesNotContain("08:00");
    }
    assertThat(text("/sharing/resources/" + rig, "minle-plain"))
        .contains("民乐测试高压试验舱（模拟数据）", "民乐测试军工装备有限公司（模拟数据）", "id=\"withheld\"");
    // a search by the specification finds nothing for one who may not read it
    assertThat(text("/api/sharing/resources?q=真空熔炼", "minle-plain")).isEqualTo("[]");
    // the city's bureau sees the booking of its county's rig, not its purpose; the requester does
    assertThat(text("/api/sharing/bookings/" + booking, "minle-city")).doesNotContain(PURPOSE);
    assertThat(text("/api/sharing/bookings/" + booking, "minle-plain")).contains(PURPOSE);
    // a request overlapping the rig's booking is refused without naming that booking's period
    MockHttpServletResponse refused =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/sharing/bookings")
                    .with(TestUsers.as("minle-plain"))
                    .with(csrf())
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(
                        "{\"resourceId\":"
                            + rig
                            + ",\"startsAt\":\"2027-06-07T10:00:00\","
                            + "\"endsAt\":\"2027-06-07T12:00:00\",\"purpose\":\"复测\"}"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("period.taken", "overlaps another booking")
        .doesNotContain("08:00", "16:00", "booking " + booking);
    // the capacity request still finds the restricted foundry, with its public fields
    assertThat(text("/api/sharing/capacity-requests/" + request, "minle-plain"))
        .contains("\"id\":" + foundry, "民乐测试铸造富余产能（模拟数据）");
  }

  @Test
  void aClearedUserTheOwnerAndTheProvinceSeeTheDetails() throws Exception {
    mvc.perform(put("/api/users/minle-vetted/clearance").with(TestUsers.admin()).with(csrf()))
        .andReturn();
    try {
      for (String user : List.of("minle-vetted", "minle-owner", TestUsers.ADMIN)) {
        assertThat(text("/sharing/resources/" + rig, user)).contains(SPEC, PRICE, CONTACT, BLOCKED);
        assertThat(text("/api/sharing/resources/" + foundry, user))
            .contains(FOUNDRY_SPEC, FOUNDRY_CONTACT, "\"countyCode\":\"620722\"");
        assertThat(text("/api/sharing/resources?q=真空熔炼", user)).contains(FOUNDRY_SPEC);
        assertThat(export(user)).contains(SPEC, PRICE, CONTACT, FOUNDRY_SPEC);
      }
      assertThat(text("/sharing/capacity/" + request, TestUsers.ADMIN)).contains(FOUNDRY_CONTACT);
      assertThat(text("/api/sharing/bookings/" + booking, "minle-city")).doesNotContain(PURPOSE);
      assertThat(
              audit.find(null, "user.clearance_grant", null, null, 50, 0).stream()
                  .map(AuditEntry::subject))
          .contains("minle-vetted");
    } finally {
      mvc.perform(delete("/api/users/minle-vetted/clearance").with(TestUsers.admin()).with(csrf()))
          .andReturn();
    }
    // withdrawn: the details are gone at once
    assertThat(text("/sharing/resources/" + rig, "minle-vetted")).doesNotContain(SECRETS);
    assertThat(text("/api/sharing/resources/" + foundry, "minle-vetted")).doesNotContain(SECRETS);
  }
}
