package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.evaluation.internal.BriefSchedule;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Stored reports for a county of 平凉市 that holds only this test's enterprise: asked again after the
 * data changed, a report is the same bytes and version; a new version reflects the change; the old
 * version stays readable; and the schedule makes a month's brief once when its data close.
 */
@PlatformTest
class ReportArchiveTests {

  static final String PLAN = EvaluationReportTests.PLAN;

  static final String WORKS = CreditCode.withCheckCharacter("91620800EWRP00002").value();

  /** A month no other test reports, so that whether it has closed is this test's doing. */
  static final String MONTH = "2020-11";

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @Autowired BriefSchedule schedule;

  @Autowired ReportArchive archive;

  String county;

  @BeforeEach
  void reportTheYears() {
    county =
        EvaluationReportTests.CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT (SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code <> :ours)"
                                    + " + (SELECT count(*) FROM data_value WHERE reporting_unit = :c)")
                            .param("c", code)
                            .param("ours", WORKS)
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(WORKS),
                "测试报告存档企业",
                RegionCode.of(county),
                IndustryCode.of("C1311"),
                SizeClass.MEDIUM,
                "国有",
                false)),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :m").param("m", WORKS).update();
    // this county's stored reports are this test's own
    jdbc.sql("DELETE FROM evaluation_report WHERE region_code = :c").param("c", county).update();
    List<ValueRow> rows = new ArrayList<>();
    add(rows, "VA", WORKS, "2016-12", "1080", "1000");
    add(rows, "VA", WORKS, "2017-12", "1323", "1200");
    add(rows, "PPI_C13", "620000", "2016-12", "100", null);
    add(rows, "PPI_C13", "620000", "2017-12", "105", null);
    add(rows, "PPI_C13", "620000", "2018-12", "96", null);
    report(rows, "approved");
  }

  private void report(List<ValueRow> rows, String status) {
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "archive.csv",
                        "csv",
                        "-",
                        false,
                        "report-archive-test",
                        "reported",
                        status,
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  private static void add(
      List<ValueRow> rows,
      String element,
      String unit,
      String period,
      String value,
      @Nullable String previous) {
    rows.add(
        new ValueRow(rows.size() + 2, null, element, unit, period, "ytd", value, previous, null));
  }

  private MockHttpServletResponse ask(MockHttpServletRequestBuilder request, String... params)
      throws Exception {
    request = request.param("region", county).with(TestUsers.admin());
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
  }

  private static String growth(MockHttpServletResponse html) throws Exception {
    return Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8))
        .getElementById("indicator-I01")
        .select("td")
        .get(5)
        .text();
  }

  private static String url() {
    return "/api/plans/" + PLAN + "/reports/midterm";
  }

  @Nested
  class AStoredReport {

    @Test
    void isTheSameBytesAfterTheDataChangedUntilANewVersionIsMade() throws Exception {
      MockHttpServletResponse first = ask(get(url()));
      MockHttpServletResponse firstPdf = ask(get(url()), "format", "pdf");
      assertThat(first.getHeader("X-Report-Version")).isEqualTo("1");
      assertThat(firstPdf.getHeader("X-Report-Version")).isEqualTo("1");
      String dataVersion = first.getHeader("X-Report-Data-Version");
      assertThat(dataVersion).isNotBlank();
      String before = growth(first);

      List<ValueRow> changed = new ArrayList<>();
      // the year's value, which the stored version could not see
      add(changed, "VA", WORKS, "2018-12", "1272", "1250");
      report(changed, "approved");

      MockHttpServletResponse again = ask(get(url()));
      assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
      assertThat(again.getHeader("X-Report-Version")).isEqualTo("1");
      assertThat(again.getHeader("X-Report-Data-Version")).isEqualTo(dataVersion);
      assertThat(ask(get(url()), "format", "pdf").getContentAsByteArray())
          .isEqualTo(firstPdf.getContentAsByteArray());

      MockHttpServletResponse second = ask(post(url()));
      assertThat(second.getHeader("X-Report-Version")).isEqualTo("2");
      assertThat(second.getHeader("X-Report-Data-Version")).isNotEqualTo(dataVersion);
      assertThat(growth(second)).isNotEqualTo(before);

      assertThat(ask(get(url()), "version", "1").getContentAsByteArray())
          .isEqualTo(first.getContentAsByteArray());
      assertThat(ask(get(url())).getContentAsByteArray()).isEqualTo(second.getContentAsByteArray());
      mvc.perform(get(url()).param("region", county).param("version", "9").with(TestUsers.admin()))
          .andExpect(status().isNotFound());
    }

    @Test
    void hasItsWorkbookFromTheSameFiguresAsItsPage() throws Exception {
      MockHttpServletResponse html = ask(get(url()), "version", "new");
      String version = html.getHeader("X-Report-Version");
      try (XSSFWorkbook book =
          new XSSFWorkbook(
              new ByteArrayInputStream(
                  ask(get(url()), "format", "xlsx", "version", version).getContentAsByteArray()))) {
        double actual = book.getSheet("主要指标").getRow(1).getCell(6).getNumericCellValue();
        assertThat(actual).isEqualTo(Double.parseDouble(growth(html)));
      }
    }

    @Test
    void isNotShownOutsideTheUsersScope() throws Exception {
      ask(get(url()));
      assertThat(
              archive.versions(PLAN, DataScope.region(RegionCode.of("620100")), 1000).stream()
                  .map(v -> v.key().regionCode()))
          .doesNotContain(county);
      assertThat(
              archive.versions(PLAN, DataScope.everything(false), 1000).stream()
                  .map(v -> v.key().regionCode()))
          .contains(county);
    }
  }

  @Nested
  class ThePage {

    @Test
    void listsTheVersionsWithLinksToEachDocumentAndMakesANewOne() throws Exception {
      ask(get(url()));
      String page =
          mvc.perform(get("/plans/" + PLAN + "/reports").with(TestUsers.admin()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      var row =
          Jsoup.parse(page).select("tr.report-version").stream()
              .filter(tr -> tr.select("a.format-pdf").attr("href").contains("region=" + county))
              .findFirst()
              .orElseThrow();
      assertThat(row.select("td.version").text()).isEqualTo("1");
      assertThat(row.select("a.format-xlsx").attr("href")).contains("version=1", "format=xlsx");

      mvc.perform(
              post("/plans/" + PLAN + "/reports")
                  .param("type", "midterm")
                  .param("year", "2018")
                  .param("region", county)
                  .param("language", "zh")
                  .with(csrf())
                  .with(TestUsers.admin()))
          .andExpect(status().is3xxRedirection());
      ReportKey key =
          archive.key(
              PLAN,
              "midterm",
              2018,
              null,
              county,
              DataScope.everything(false),
              Locale.SIMPLIFIED_CHINESE);
      assertThat(archive.version(key, 2)).isPresent();
      assertThat(ask(get(url())).getHeader("X-Report-Version")).isEqualTo("2");
    }
  }

  @Nested
  class TheSchedule {

    @Test
    void makesAMonthsBriefOnceWhenItsDataClose() {
      ReportKey key =
          archive.key(
              PLAN,
              "monthly",
              null,
              MONTH,
              null,
              DataScope.everything(false),
              Locale.SIMPLIFIED_CHINESE);
      jdbc.sql("DELETE FROM evaluation_report WHERE report_type = 'monthly' AND period = :p")
          .param("p", MONTH)
          .update();
      List<ValueRow> month = new ArrayList<>();
      add(month, "VA", WORKS, MONTH, "1300", "1200");
      report(month, "submitted");

      schedule.run();
      assertThat(archive.exists(key)).as("a month with a value awaiting approval").isFalse();

      // approved as the province would, with the value corrected on the way
      month.clear();
      add(month, "VA", WORKS, MONTH, "1310", "1200");
      report(month, "approved");
      assertThat(schedule.run()).isGreaterThanOrEqualTo(1);
      StoredReport brief = archive.version(key, 1).orElseThrow();
      assertThat(brief.version().createdBy()).isEqualTo("schedule");
      assertThat(brief.htmlText()).contains(MONTH);

      assertThat(schedule.run()).isZero();
      assertThat(archive.version(key, 2)).isEmpty();
    }
  }
}
