package dev.longyuan.monitoring;

import static dev.longyuan.monitoring.OverviewTests.add;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A target's page for 2019 in a county of 陇南市 where no other enterprise of the shared test database
 * sits. Its one enterprise, the grain mill G (C1311), reports its value added for each December
 * (累计) beside 上年同期, and the province reports the price index of its division (PPI_C13, 上年=100),
 * which no other test reports:
 *
 * <pre>
 *   year  value added  上年同期  PPI_C13  real growth
 *   2016     1080        1000      100    1080 / 1.00 / 1000 − 1 = 8%
 *   2017     1323        1200      105    1323 / 1.05 / 1200 − 1 = 5%
 *   2018     1272        1250       96    1272 / 0.96 / 1250 − 1 = 6%
 *   2019     1391        1300      100    1391 / 1.00 / 1300 − 1 = 7%
 * </pre>
 *
 * The target T-2.3.1-01 (全部工业增加值年均增长7.5%左右, 2015–2020) is judged on the index these rates chain to,
 * 2015 = 100: 108, 113.40, 120.20, 128.62; its path is 100 × 1.075^(year − 2015).
 */
@PlatformTest
class TargetPageTests {

  static final String PLAN = OverviewTests.PLAN;

  static final String GROWTH = "T-2.3.1-01";

  /** Counties of 陇南市; the first without anyone else's enterprises or figures is this test's. */
  static final List<String> CANDIDATES =
      List.of(
          "621228", "621227", "621226", "621225", "621224", "621223", "621222", "621221", "621202");

  static final String G = CreditCode.withCheckCharacter("91621200TGTP00001").value();

  @Autowired ReportingService reporting;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @Autowired PlanAssessor assessor;

  @Autowired dev.longyuan.reporting.internal.ShippedDataLoader loader;

  @LocalServerPort int port;

  String county;

  @BeforeEach
  void reportTheYears() {
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT (SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code <> :ours)"
                                    + " + (SELECT count(*) FROM data_value WHERE reporting_unit = :c)")
                            .param("c", code)
                            .param("ours", G)
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(List.of(OverviewTests.enterprise(G, "C1311", county)), List.of());
    jdbc.sql(
            "DELETE FROM data_value WHERE reporting_unit = :g"
                + " OR (reporting_unit = '620000' AND data_element = 'PPI_C13')")
        .param("g", G)
        .update();
    List<ValueRow> rows = new ArrayList<>();
    add(rows, "VA", G, "2016-12", "ytd", "1080", "1000");
    add(rows, "VA", G, "2017-12", "ytd", "1323", "1200");
    add(rows, "VA", G, "2018-12", "ytd", "1272", "1250");
    add(rows, "VA", G, "2019-12", "ytd", "1391", "1300");
    add(rows, "PPI_C13", "620000", "2016-12", "ytd", "100", null);
    add(rows, "PPI_C13", "620000", "2017-12", "ytd", "105", null);
    add(rows, "PPI_C13", "620000", "2018-12", "ytd", "96", null);
    add(rows, "PPI_C13", "620000", "2019-12", "ytd", "100", null);
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "targets.csv",
                        "csv",
                        "-",
                        false,
                        "target-page-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Nested
  class TheSignedInPage {

    @Test
    void theTableIsTheIndexChainedFromTheReportedGrowthBesideThePathTheTargetRequires()
        throws Exception {
      Document page = page("/monitoring/" + PLAN + "/targets/" + GROWTH, TestUsers.admin());

      // 2015 = 100, then × 1.08, × 1.05, × 1.06, × 1.07
      assertThat(cells(page, "year-2015")).containsExactly("2015", "—", "无数据", "100.00", "100.00");
      assertThat(cells(page, "year-2016")).containsExactly("2016", "8", "企业汇总", "108.00", "107.50");
      assertThat(cells(page, "year-2017")).containsExactly("2017", "5", "企业汇总", "113.40", "115.56");
      assertThat(cells(page, "year-2018")).containsExactly("2018", "6", "企业汇总", "120.20", "124.23");
      assertThat(cells(page, "year-2019")).containsExactly("2019", "7", "企业汇总", "128.62", "133.55");
      assertThat(page.select("#indicator-data tbody tr")).hasSize(5);
      // observed (1.08 × 1.05 × 1.06 × 1.07)^(1/4) − 1 = 6.49% a year against 7.50%: 0.866
      String method = page.getElementById("method-sentence").text();
      assertThat(method).contains("2015—2019", "6.49%", "7.50%", "143.56", "0.866");
      assertThat(page.getElementById("target-label").text()).isEqualTo("需加快进度");
      assertThat(page.getElementById("target-value").text()).contains("7.5 % 左右");
      assertThat(page.getElementById("target-attribute").text()).isEqualTo("预期性");
      assertThat(page.getElementById("target-kind").text()).isEqualTo("年均增长");
      assertThat(page.select("#plan-sentence a").attr("href"))
          .isEqualTo("/plans/" + PLAN + "/text?highlight=" + GROWTH + "#quote");
      assertThat(page.select("#target-indicator a").attr("href"))
          .startsWith("/monitoring/" + PLAN + "/indicators/I01?");
      // the chart draws the same figures, and the path on to the target year
      String chart = page.getElementById("chart-data").data();
      List<Number> required = JsonPath.read(chart, "$.required");
      assertThat(String.format(Locale.ROOT, "%.2f", required.get(5).doubleValue()))
          .isEqualTo("143.56");
      assertThat(JsonPath.<Number>read(chart, "$.judged[4]").doubleValue())
          .isCloseTo(100 * 1.08 * 1.05 * 1.06 * 1.07, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theLabelIsTheAssessmentApis() throws Exception {
      String api =
          mvc.perform(
                  get("/api/plans/" + PLAN + "/assessment")
                      .param("year", "2019")
                      .param("region", county)
                      .with(TestUsers.admin()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      List<String> labels =
          JsonPath.read(api, "$.targets[?(@.targetCode == '" + GROWTH + "')].progress.label");

      Document page = page("/monitoring/" + PLAN + "/targets/" + GROWTH, TestUsers.admin());

      assertThat(labels).containsExactly("progress_needs_acceleration");
      assertThat(page.getElementById("target-label").className())
          .isEqualTo("label label-" + labels.get(0));
    }

    @Test
    void theCsvRowsAreTheTablesRows() throws Exception {
      Document page = page("/monitoring/" + PLAN + "/targets/" + GROWTH, TestUsers.admin());
      List<String> lines =
          csv(
              "/monitoring/" + PLAN + "/targets/" + GROWTH + "/data",
              TestUsers.admin(),
              PLAN + "-" + GROWTH + "-" + county + "-2019.csv");

      assertThat(lines.get(0))
          .isEqualTo("year,value,source,data_element,value_judged,required_path");
      org.jsoup.select.Elements rows = page.select("#indicator-data tbody tr");
      assertThat(lines).hasSize(rows.size() + 1);
      for (int i = 0; i < rows.size(); i++) {
        String[] fields = lines.get(i + 1).split(",", -1);
        List<String> cells = rows.get(i).select("td").eachText();
        assertThat(fields[0]).isEqualTo(cells.get(0));
        assertThat(fields[1].isEmpty() ? "—" : fields[1]).isEqualTo(cells.get(1));
        assertThat(twoDecimals(fields[4])).isEqualTo(cells.get(3));
        assertThat(twoDecimals(fields[5])).isEqualTo(cells.get(4));
      }
      assertThat(lines.get(5)).startsWith("2019,7,enterprise,,128.61828");
    }

    @Test
    void anyTargetNamesItsSectorsAndRegionsAndAnUnknownOneIsNotFound() throws Exception {
      // 庆阳's petrochemical target: no indicator defined for it, so it is not assessed
      Document page =
          page("/monitoring/" + PLAN + "/targets/T-4.3.1-01", TestUsers.admin(), "2020", null);

      // signed in, to the sector's and the region's industry; for the public, to the plan's pages
      assertThat(page.select("#target-sectors a").eachAttr("href"))
          .containsExactly(
              "/monitoring/" + PLAN + "/sectors/petrochemical?year=2020&region=620000");
      assertThat(page.select("#target-regions a").eachAttr("href"))
          .containsExactly("/monitoring/" + PLAN + "/regions/621000?year=2020");
      Document shown =
          page("/public/monitoring/" + PLAN + "/targets/T-4.3.1-01", null, "2020", null);
      assertThat(shown.select("#target-sectors a").eachAttr("href"))
          .containsExactly("/plans/" + PLAN + "/sectors/petrochemical");
      assertThat(page.getElementById("target-label").text()).isEqualTo("无法评估");
      assertThat(page.getElementById("target-reason")).isNotNull();
      assertThat(page.getElementById("indicator-data")).isNull();
      mvc.perform(get("/monitoring/" + PLAN + "/targets/T-9.9-99").with(TestUsers.admin()))
          .andExpect(status().isNotFound());
      mvc.perform(get("/public/monitoring/" + PLAN + "/targets/T-9.9-99"))
          .andExpect(status().isNotFound());
    }

    @Test
    void aCountyUserSeesItsOwnCountyOnly() throws Exception {
      String user =
          TestUsers.ensure(accounts, "target-page-county-" + county, "COUNTY", county, null);
      String other = CANDIDATES.stream().filter(c -> !c.equals(county)).findFirst().orElseThrow();

      Document own = page("/monitoring/" + PLAN + "/targets/" + GROWTH, TestUsers.as(user));

      assertThat(own.text()).contains(county);
      assertThat(cells(own, "year-2019").get(3)).isEqualTo("128.62");
      mvc.perform(
              get("/monitoring/" + PLAN + "/targets/" + GROWTH)
                  .param("region", other)
                  .with(TestUsers.as(user)))
          .andExpect(status().isForbidden());
      mvc.perform(
              get("/monitoring/" + PLAN + "/targets/" + GROWTH + "/data")
                  .param("region", other)
                  .with(TestUsers.as(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/monitoring/" + PLAN + "/targets/" + GROWTH))
          .andExpect(status().is3xxRedirection());
    }

    @Test
    void theAssessmentPageLinksEveryTargetToItsPage() throws Exception {
      Document page =
          Jsoup.parse(
              mvc.perform(
                      get("/plans/" + PLAN + "/assessment")
                          .param("year", "2019")
                          .param("region", county)
                          .with(TestUsers.admin()))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8));

      assertThat(page.select("#assessment > tbody > tr")).hasSize(50);
      assertThat(page.select("#a-" + GROWTH.replace(".", "\\.") + " td.code a").attr("href"))
          .isEqualTo("/monitoring/" + PLAN + "/targets/" + GROWTH + "?year=2019&region=" + county);
    }
  }

  @Nested
  class ThePublicPage {

    @Test
    void showsNothingComputedFromEnterprisesWithoutSigningIn() throws Exception {
      Document page = page("/public/monitoring/" + PLAN + "/targets/" + GROWTH, null);

      assertThat(page.getElementById("public-notice")).isNotNull();
      assertThat(page.getElementById("target-latest").text()).isEqualTo("—");
      assertThat(page.getElementById("target-label").text()).isEqualTo("无法评估");
      assertThat(page.text()).doesNotContain("企业汇总", "108.00", "128.62");
      assertThat(page.select("#download-csv").attr("href"))
          .startsWith("/public/monitoring/" + PLAN + "/targets/" + GROWTH + "/data?");
      assertThat(page.select("#target-indicator a").attr("href"))
          .startsWith("/public/monitoring/" + PLAN + "/indicators/I01?");
      List<String> lines =
          csv(
              "/public/monitoring/" + PLAN + "/targets/" + GROWTH + "/data",
              null,
              PLAN + "-" + GROWTH + "-" + county + "-2019.csv");
      assertThat(String.join("\n", lines)).doesNotContain("enterprise", "108.0");
      Document indicator = page("/public/monitoring/" + PLAN + "/indicators/I01", null);
      assertThat(indicator.text()).doesNotContain("企业汇总", "108.00");
      assertThat(indicator.getElementById("cities")).isNull();
    }

    @Test
    void showsTheOfficialFiguresTheOfficialAssessmentJudges() throws Exception {
      loader.load();
      TargetAssessment water =
          assessor.assessOfficial(PLAN, 2020, null).targets().stream()
              .filter(t -> t.targetCode().equals("T-2.3.4-01"))
              .findFirst()
              .orElseThrow();

      Document page = page("/public/monitoring/" + PLAN + "/targets/T-2.3.4-01", null, "2020", "");
      Document indicator = page("/public/monitoring/" + PLAN + "/indicators/I08", null, "2020", "");

      assertThat(water.dataSource()).isEqualTo("official");
      assertThat(water.progress().label()).isEqualTo(ProgressLabel.TARGET_ACHIEVED);
      assertThat(page.getElementById("target-label").text()).isEqualTo("已达标");
      assertThat(page.getElementById("target-latest").text())
          .startsWith(water.latestValue().stripTrailingZeros().toPlainString());
      assertThat(page.select("#target-status .source").text()).isEqualTo("官方数据");
      assertThat(page.select("#indicator-data tbody td:nth-child(3)").eachText())
          .allMatch(source -> !source.equals("企业汇总") && !source.equals("模拟数据"));
      assertThat(indicator.select(".label").first().text()).isEqualTo("已达标");
      assertThat(indicator.select("#target-link").attr("href"))
          .startsWith("/public/monitoring/" + PLAN + "/targets/T-2.3.4-01?");
      Document overview =
          Jsoup.parse(
              mvc.perform(get("/public/monitoring/" + PLAN).param("year", "2020"))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8));
      assertThat(overview.select("#card-I08 a.more").attr("href"))
          .startsWith("/public/monitoring/" + PLAN + "/indicators/I08?");
    }
  }

  @Test
  void aPersonSeesTheApisLabelAndFiguresInEitherLanguageWithoutConsoleErrors() throws Exception {
    String api =
        mvc.perform(
                get("/api/plans/" + PLAN + "/assessment")
                    .param("year", "2019")
                    .param("region", county)
                    .with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String word =
        JsonPath.<List<String>>read(
                api, "$.targets[?(@.targetCode == '" + GROWTH + "')].progress.label")
            .get(0);
    ProgressLabel label =
        java.util.Arrays.stream(ProgressLabel.values())
            .filter(l -> l.word().equals(word))
            .findFirst()
            .orElseThrow();
    List<Number> judged =
        JsonPath.read(api, "$.targets[?(@.targetCode == '" + GROWTH + "')].judged[4].value");

    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      String url =
          "http://localhost:"
              + port
              + "/monitoring/"
              + PLAN
              + "/targets/"
              + GROWTH
              + "?year=2019&region="
              + county;
      browser.get(url + "&lang=zh");
      HeadlessChromium.waitFor(
          browser, By.cssSelector("#indicator-chart[data-rendered=true] canvas"));
      assertThat(browser.findElement(By.id("target-label")).getText()).isEqualTo(label.nameZh());
      assertThat(browserCells(browser, "year-2019").get(3))
          .isEqualTo(String.format(Locale.ROOT, "%.2f", judged.get(0).doubleValue()));
      assertThat(browserCells(browser, "year-2019").get(4)).isEqualTo("133.55");
      HeadlessChromium.screenshot(browser, "target-" + GROWTH);

      browser.get(url + "&lang=en");
      HeadlessChromium.waitFor(
          browser, By.cssSelector("#indicator-chart[data-rendered=true] canvas"));
      assertThat(browser.findElement(By.id("target-label")).getText()).isEqualTo(label.nameEn());
      assertThat(browser.findElement(By.id("method-sentence")).getText())
          .startsWith("Judged by the Open SDG method")
          .contains("6.49%", "7.50%", "0.866");
      assertThat(browserCells(browser, "year-2016"))
          .containsExactly(
              "2016", "8", browserCells(browser, "year-2016").get(2), "108.00", "107.50");
      HeadlessChromium.screenshot(browser, "target-" + GROWTH + "-en");
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private Document page(String path, @Nullable RequestPostProcessor who) throws Exception {
    return page(path, who, "2019", county);
  }

  private Document page(
      String path, @Nullable RequestPostProcessor who, String year, @Nullable String region)
      throws Exception {
    MockHttpServletRequestBuilder request = get(path).param("year", year);
    if (region != null && !region.isEmpty()) {
      request = request.param("region", region);
    }
    if (who != null) {
      request = request.with(who);
    }
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private List<String> csv(String path, @Nullable RequestPostProcessor who, String fileName)
      throws Exception {
    MockHttpServletRequestBuilder request =
        get(path).param("year", "2019").param("region", county).param("format", "csv");
    if (who != null) {
      request = request.with(who);
    }
    String text =
        new String(
            mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", "attachment; filename=\"" + fileName + "\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    return text.substring(1).lines().toList(); // after the byte-order mark
  }

  private static String twoDecimals(String field) {
    return field.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(field));
  }

  private static List<String> cells(Document page, String row) {
    Element found = page.getElementById(row);
    assertThat(found).as(row).isNotNull();
    return found.select("td").eachText();
  }

  private static List<String> browserCells(ChromeDriver browser, String row) {
    return browser.findElements(By.cssSelector("#" + row + " td")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
