package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
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
      // a mid-term report is made in the background: the page follows it until it links version 2
      var generation =
          Jsoup.parse(
                  mvc.perform(get("/plans/" + PLAN + "/reports").with(TestUsers.admin()))
                      .andExpect(status().isOk())
                      .andReturn()
                      .getResponse()
                      .getContentAsString(StandardCharsets.UTF_8))
              .select("div.generation")
              .stream()
              .filter(div -> div.text().contains(county))
              .findFirst()
              .orElseThrow();
      assertThat(generation.select("li.step")).hasSize(5);
      String fragment = "/plans/" + PLAN + "/reports/generations/" + generation.id().substring(11);
      var done = generation;
      for (int i = 0; i < 600 && done.select(".made-version").isEmpty(); i++) {
        assertThat(done.select(".error")).isEmpty();
        Thread.sleep(50);
        done =
            Jsoup.parse(
                    mvc.perform(get(fragment).header("HX-Request", "true").with(TestUsers.admin()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("div.generation");
      }
      assertThat(done.select(".made-version a.format-pdf").attr("href"))
          .contains("version=2", "format=pdf", "region=" + county);
      assertThat(done.select("li.step.done")).hasSize(5);
      // no longer polled once done
      assertThat(done.hasAttr("hx-get")).isFalse();
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
  class InTheBackground {

    @Autowired ReportGenerations generations;

    @Autowired Accounts accounts;

    @Test
    void anApiClientPreferringAnAsynchronousAnswerGets202AndFollowsTheStatusToTheVersion()
        throws Exception {
      ask(get(url()));
      MockHttpServletResponse accepted =
          mvc.perform(
                  post(url())
                      .param("region", county)
                      .header("Prefer", "respond-async")
                      .with(TestUsers.admin()))
              .andExpect(status().isAccepted())
              .andReturn()
              .getResponse();
      String location = accepted.getHeader("Location");
      assertThat(location).startsWith("/api/plans/" + PLAN + "/report-generations/");
      tools.jackson.databind.JsonNode status =
          json(accepted.getContentAsString(StandardCharsets.UTF_8));
      assertThat(status.get("type").asString()).isEqualTo("midterm");
      assertThat(status.get("region").asString()).isEqualTo(county);
      for (int i = 0; i < 600 && status.get("state").asString().equals("running"); i++) {
        Thread.sleep(50);
        status =
            json(
                mvc.perform(get(location).with(TestUsers.admin()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
      }
      assertThat(status.get("state").asString()).isEqualTo("done");
      assertThat(status.get("version").asInt()).isEqualTo(2);
      assertThat(status.get("stepsDone").asInt()).isEqualTo(5);
      String document = status.get("document").asString();
      assertThat(document).contains("version=2", "region=" + county);
      assertThat(
              mvc.perform(get(document).with(TestUsers.admin()))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getHeader("X-Report-Version"))
          .isEqualTo("2");
      // another city's user does not see it
      String lanzhou =
          TestUsers.ensure(accounts, "generations-city-620100", "CITY", "620100", null);
      mvc.perform(get(location).with(TestUsers.as(lanzhou))).andExpect(status().isNotFound());
    }

    @Test
    void aNewVersionTellsItsStepsInOrder() {
      ReportKey key =
          archive.key(
              PLAN, "final", null, null, county, DataScope.everything(false), Locale.ENGLISH);
      List<String> steps = new ArrayList<>();
      StoredReport made =
          archive.newVersion(key, DataScope.everything(false), "generation-test", steps::add);
      assertThat(steps).containsExactly("assess", "write", "charts", "pdf", "save");
      assertThat(archive.version(key, made.version().version())).isPresent();
    }

    @Test
    void aGenerationThatFailsLeavesNoVersion() throws Exception {
      // a year after the plan's target year: refused when the assessment begins
      ReportKey key = new ReportKey(PLAN, "annual", 2030, "", county, "zh");
      ReportGeneration started =
          generations.start(key, DataScope.everything(false), "generation-test");
      ReportGeneration seen = started;
      for (int i = 0; i < 200 && seen.running(); i++) {
        Thread.sleep(50);
        seen = generations.generation(started.id(), DataScope.everything(false)).orElseThrow();
      }
      assertThat(seen.state()).isEqualTo("failed");
      assertThat(seen.errorZh()).contains("2030");
      assertThat(seen.errorEn()).contains("target year");
      assertThat(seen.version()).isNull();
      assertThat(archive.exists(key)).isFalse();
    }
  }

  private static tools.jackson.databind.JsonNode json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
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
