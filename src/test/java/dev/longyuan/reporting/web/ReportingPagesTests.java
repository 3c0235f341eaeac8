package dev.longyuan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PlatformTest
// the province administrator: what other roles may do is AuthorizationMatrixTests' and
// DataScopeTests'
@WithMockUser(TestUsers.ADMIN)
class ReportingPagesTests {

  static final String MILL = CreditCode.withCheckCharacter("91620400PAGE00001").value();

  @Autowired MockMvc mvc;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired Accounts accounts;

  /** The bureau of the mill's county (白银区), which approves first. */
  static final String COUNTY_BUREAU = "county-baiyinqu";

  @BeforeEach
  void registerTheMill() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(MILL),
                "测试铜业有限公司",
                RegionCode.of("620402"),
                IndustryCode.of("C3251"),
                SizeClass.MEDIUM,
                "股份制",
                false)),
        List.of(new PanelMembership(CreditCode.of(MILL), 2019, true)));
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", MILL).update();
    jdbc.sql("DELETE FROM data_value_audit WHERE reporting_unit = :u").param("u", MILL).update();
    TestUsers.ensure(accounts, COUNTY_BUREAU, "COUNTY", "620402", null);
  }

  Document page(String url) throws Exception {
    return page(url, TestUsers.ADMIN);
  }

  Document page(String url, String user) throws Exception {
    MvcResult result = mvc.perform(get(url).with(TestUsers.as(user))).andReturn();
    assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  @Test
  void theFormShowsThisPeriodBesideTheSamePeriodLastYearAndSavesThroughTheChecks()
      throws Exception {
    Document empty = page("/data/form?set=ENT-M&unit=" + MILL + "&period=2019-03");
    assertThat(empty.select("table.statistical-form th").eachText())
        .containsSequence("本月", "上年同月", "1—本月累计", "上年同期累计");

    MvcResult saved =
        mvc.perform(
                post("/data/form")
                    .with(csrf())
                    .param("set", "ENT-M")
                    .param("unit", MILL)
                    .param("period", "2019-03")
                    .param("GO.current", "5000")
                    .param("GO.current.previous", "4800")
                    .param("VA.current", "1200.5"))
            .andReturn();

    assertThat(Jsoup.parse(saved.getResponse().getContentAsString()).select("p.notice").text())
        .contains("新增 2 条");
    assertThat(
            reporting
                .values(new ValueQuery(MILL, "GO", "2019-03", "current", null, 1, 0))
                .get(0)
                .previousYearValue())
        .isEqualByComparingTo("4800");
  }

  @Test
  void aFormWithABadCellSavesNothingAndShowsTheErrorOnItsLine() throws Exception {
    MvcResult refused =
        mvc.perform(
                post("/data/form")
                    .with(csrf())
                    .param("set", "ENT-M")
                    .param("unit", MILL)
                    .param("period", "2019-03")
                    .param("GO.current", "5000")
                    .param("VA.current", "一千"))
            .andReturn();

    Document page = Jsoup.parse(refused.getResponse().getContentAsString());
    assertThat(page.select("ul.errors li").eachText()).containsExactly("“一千”不是数字");
    assertThat(page.select("input[name=VA.current]").val()).isEqualTo("一千");
    assertThat(reporting.values(new ValueQuery(MILL, null, null, null, null, 10, 0))).isEmpty();
  }

  @Test
  void theImportPageFollowsABackgroundImportToItsErrors() throws Exception {
    String csv =
        "data_element,reporting_unit,period,measure,value\n"
            + "GO,"
            + MILL
            + ",2019-03,current,100\n"
            + "GO,"
            + MILL
            + ",2019-02,current,100\n";
    MvcResult started =
        mvc.perform(
                multipart("/data/import")
                    .with(csrf())
                    .file(
                        new MockMultipartFile(
                            "file", "m.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
            .andReturn();
    String location = started.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/data/imports/");

    Document status = null;
    for (int i = 0; i < 50; i++) {
      status = page(location);
      if (status.select("#import-status[hx-get]").isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }

    assertThat(status.select("table.errors tbody tr").eachText())
        .singleElement()
        .satisfies(row -> assertThat(row).contains("3").contains("period").contains("1月和2月合并报送"));
    String errorsCsv =
        mvc.perform(get(location + "/errors.csv"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(errorsCsv)
        .contains("row,column,code,message_zh,message_en")
        .contains("3,period,period.invalid");
  }

  @Test
  void theApprovalQueueShowsWhatAwaitsTheCountyWithItsFlags() throws Exception {
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-04")
            .param("GO.current", "9000")
            .param("GO.current.previous", "3000"));

    Document queue = page("/data/approvals", COUNTY_BUREAU);

    assertThat(queue.select("tbody tr").eachText())
        .anySatisfy(
            row -> assertThat(row).contains("测试铜业有限公司").contains("2019-04").contains("超过 ±50%"));
  }

  @Test
  void theApprovingLevelReopensFromItsQueuePage() throws Exception {
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-08")
            .param("GO.current", "77"));
    mvc.perform(
        post("/data/approvals")
            .with(csrf())
            .with(TestUsers.as(COUNTY_BUREAU))
            .param("reportingUnit", MILL)
            .param("period", "2019-08")
            .param("action", "approve"));

    Document county = page("/data/approvals", COUNTY_BUREAU);
    assertThat(county.select("table.approved tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("测试铜业有限公司").contains("2019-08"));

    mvc.perform(
        post("/data/approvals")
            .with(csrf())
            .with(TestUsers.as(COUNTY_BUREAU))
            .param("reportingUnit", MILL)
            .param("period", "2019-08")
            .param("action", "reopen"));

    assertThat(
            reporting
                .values(new ValueQuery(MILL, "GO", "2019-08", "current", null, 1, 0))
                .get(0)
                .status())
        .isEqualTo("submitted");
  }

  @Test
  void theFilledFormDownloadsAsExcelAndImportsBackUnchanged() throws Exception {
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-09")
            .param("GO.current", "640.5")
            .param("GO.current.previous", "600")
            .param("GO.ytd", "5100.2"));

    byte[] workbook =
        mvc.perform(
                get("/data/form.xlsx")
                    .param("set", "ENT-M")
                    .param("unit", MILL)
                    .param("period", "2019-09"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    MvcResult back =
        mvc.perform(
                multipart("/api/data/imports")
                    .file(
                        new MockMultipartFile(
                            "file", "filled.xlsx", "application/octet-stream", workbook)))
            .andReturn();

    assertThat(back.getResponse().getStatus())
        .as(back.getResponse().getContentAsString())
        .isEqualTo(200);
    assertThat(back.getResponse().getContentAsString())
        .contains("\"rows\":2")
        .contains("\"unchanged\":2");
  }

  @Test
  void theValuesPageNamesTheUnitAndLinksEachValueToItsHistory() throws Exception {
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-10")
            .param("GO.current", "55"));

    Document values = page("/data/values?reportingUnit=" + MILL + "&period=2019-10");

    assertThat(values.select("tbody tr").eachText())
        .singleElement()
        .satisfies(
            row ->
                assertThat(row).contains("测试铜业有限公司").contains("GO").contains("55").contains("已报送"));
    assertThat(values.select("tbody tr a").attr("href"))
        .contains("/data/history")
        .contains("measure=current");
  }

  @Test
  void theHistoryOfAValueShowsWhoChangedWhatAndWhy() throws Exception {
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-05")
            .param("GO.current", "10"));
    mvc.perform(
        post("/data/form")
            .with(csrf())
            .param("set", "ENT-M")
            .param("unit", MILL)
            .param("period", "2019-05")
            .param("GO.current", "12"));

    Document history =
        page(
            "/data/history?dataElement=GO&reportingUnit="
                + MILL
                + "&period=2019-05&measure=current");

    assertThat(history.select("tbody tr").eachText())
        .hasSize(2)
        .satisfies(
            rows ->
                assertThat(rows.get(1))
                    .contains(TestUsers.ADMIN)
                    .contains("修改")
                    .contains("10")
                    .contains("12"));
  }

  @Test
  void thePublishedFiguresShowTheirCaveats() throws Exception {
    Document published = page("/data/published");

    assertThat(published.select(".notice").text())
        .contains("代理口径")
        .contains("6790.32")
        .contains("无数据");
  }

  @Test
  void theHomePageListsTheFormsWithTheirElements() throws Exception {
    Document home = page("/data");

    assertThat(home.select("section.form-block h3").eachText())
        .anySatisfy(h -> assertThat(h).contains("ENT-M"));
    assertThat(home.text()).contains("工业增加值（现价）").contains("万元");
  }
}
