package dev.longyuan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overview for 2024 of a county of 甘南州 where no other enterprise of the shared test database
 * sits. Its two enterprises report: the copper works W (C3311), in the 两化融合 survey in 2015 and
 * 2019, and the textile mill T (C1711), which made a loss in 2024. No price index is reported for
 * 2024 in the test data, so value added grows at current prices there.
 */
@PlatformTest
class OverviewTests {

  static final String PLAN = "gansu-13fyp-industry";

  /** Counties of 甘南州, the first without anyone else's enterprises is this test's. */
  static final List<String> CANDIDATES =
      List.of("623024", "623025", "623026", "623027", "623022", "623023", "623021", "623001");

  static final String W = CreditCode.withCheckCharacter("91620802XAEW00001").value();
  static final String T = CreditCode.withCheckCharacter("91620802XAEW00002").value();

  @Autowired MonitoringOverview overviews;

  @Autowired ReportingService reporting;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

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
                                "SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code NOT IN (:ours)")
                            .param("c", code)
                            .param("ours", List.of(W, T))
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(enterprise(W, "C3311", county), enterprise(T, "C1711", county)), List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)")
        .param("u", List.of(W, T))
        .update();
    List<ValueRow> rows = new ArrayList<>();
    // digital design tools: 45 of 100 in 2015, 60 of 100 in 2019
    add(rows, "IT_SURVEYED", W, "2015", "current", "100", null);
    add(rows, "IT_DIGITAL_RD", W, "2015", "current", "45", null);
    add(rows, "IT_SURVEYED", W, "2019", "current", "100", null);
    add(rows, "IT_DIGITAL_RD", W, "2019", "current", "60", null);
    // January–December 2024 beside 上年同期
    add(rows, "REV", W, "2024-12", "ytd", "1000", "800");
    add(rows, "REV", T, "2024-12", "ytd", "500", "600");
    add(rows, "PROFIT", W, "2024-12", "ytd", "100", "80");
    add(rows, "PROFIT", T, "2024-12", "ytd", "-20", "10");
    add(rows, "VA", W, "2024-12", "ytd", "300", "250");
    add(rows, "VA", T, "2024-12", "ytd", "100", "120");
    // a year earlier both made a profit
    add(rows, "PROFIT", W, "2023-12", "ytd", "80", null);
    add(rows, "PROFIT", T, "2023-12", "ytd", "10", null);
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "overview.csv",
                        "csv",
                        "-",
                        false,
                        "overview-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Test
  void showsEveryKeyIndicatorFromTheAssessmentOfItsTarget() {
    Overview overview = overviews.overview(PLAN, 2024, DataScope.everything(false), county);

    assertThat(overview.cards()).hasSize(11);
    IndicatorCard digital = card(overview, "I04");
    assertThat(digital.latestYear()).isEqualTo(2019);
    assertThat(digital.latestValue()).isEqualByComparingTo("60");
    // (60/45)^(1/4) − 1 = 7.46% a year against (65/45)^(1/5) − 1 = 7.63%: ratio 0.978
    assertThat(digital.label()).isEqualTo(ProgressLabel.ON_TRACK);
    assertThat(digital.dataSource()).isEqualTo("enterprise");
    assertThat(digital.sparkline().text()).isEqualTo("2015：45；2019：60");
    assertThat(digital.sparkline().svgPoints()).isEqualTo("2.0,30.0 118.0,2.0");
    assertThat(card(overview, "I11").targetCode()).isNull();
    assertThat(card(overview, "I11").label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(overview.targetsByLabel().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(50);
  }

  @Test
  void theIndustrialEconomyIsTheLatestMonthBesideTheSamePeriodAYearEarlier() {
    Overview overview = overviews.overview(PLAN, 2024, DataScope.everything(false), county);

    assertThat(overview.economyPeriod()).isEqualTo("2024-12");
    // value added 400 on 370 at current prices (no price index): +8.11%
    EconomyFigure growth = figure(overview, "va_growth");
    assertThat(growth.value()).isCloseTo(new java.math.BigDecimal("8.108108"), within());
    assertThat(growth.noteEn()).contains("current prices");
    // revenue 1500 万元 = 0.15 亿元, on 1400: +7.14%
    assertThat(figure(overview, "rev").value()).isEqualByComparingTo("0.15");
    assertThat(figure(overview, "rev").change())
        .isCloseTo(new java.math.BigDecimal("7.142857"), within());
    // profit 80 on 90: −11.11%
    assertThat(figure(overview, "profit").value()).isEqualByComparingTo("0.008");
    assertThat(figure(overview, "profit").change())
        .isCloseTo(new java.math.BigDecimal("-11.111111"), within());
    // one loss maker of two, none a year earlier: 50%, up 50 points
    assertThat(figure(overview, "loss_share").value()).isEqualByComparingTo("50");
    assertThat(figure(overview, "loss_share").change()).isEqualByComparingTo("50");
  }

  @Test
  void thePageIsForRegionsAndACountyUserSeesItsOwnCountyOnly() throws Exception {
    String user = TestUsers.ensure(accounts, "overview-county-" + county, "COUNTY", county, null);
    Document page =
        Jsoup.parse(
            mvc.perform(get("/monitoring/" + PLAN).param("year", "2024").with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.select("#indicator-cards article")).hasSize(11);
    assertThat(page.getElementById("card-I04").select(".latest").text()).isEqualTo("60");
    assertThat(page.getElementById("economy-rev").text()).contains("0.15 亿元", "7.14%");
    assertThat(page.getElementById("economy-loss_share").text()).contains("50.00 个百分点");
    mvc.perform(get("/monitoring/" + PLAN).param("region", "620100").with(TestUsers.as(user)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/monitoring/" + PLAN)).andExpect(status().is3xxRedirection());
  }

  @Test
  void thePublicSeesOfficialFiguresOnlyWithoutSigningIn() throws Exception {
    loader.load();

    Document page =
        Jsoup.parse(
            mvc.perform(get("/public/monitoring/" + PLAN).param("year", "2020"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.select("#indicator-cards article")).hasSize(11);
    // the published fall of 56% in water use per 万元 since 2015
    org.jsoup.nodes.Element water = page.getElementById("card-I08");
    assertThat(water.select(".latest").text()).isEqualTo("30.36");
    assertThat(water.select(".label").text()).isEqualTo("已达标");
    assertThat(water.select(".source").text()).isEqualTo("官方数据");
    // enterprises' reports are not published, however many the province holds
    org.jsoup.nodes.Element digital = page.getElementById("card-I04");
    assertThat(digital.select(".latest").text()).isEqualTo("—");
    assertThat(digital.select(".source").text()).isEqualTo("无数据");
    assertThat(page.getElementById("economy")).isNull();
    assertThat(page.getElementById("public-notice").text()).contains("仅显示官方公布的数据");
  }

  @Test
  void aPersonSeesTheCardsTheAssessmentApiGivesInEitherLanguageAndOnAPhone() throws Exception {
    String assessment =
        mvc.perform(
                get("/api/plans/" + PLAN + "/assessment")
                    .param("year", "2024")
                    .param("region", county)
                    .with(TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<Number> latest =
        com.jayway.jsonpath.JsonPath.read(
            assessment, "$.targets[?(@.targetCode == 'T-2.3.5-01')].latestValue");
    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      String url =
          "http://localhost:" + port + "/monitoring/" + PLAN + "?year=2024&region=" + county;
      browser.get(url);
      WebElement card = HeadlessChromium.waitFor(browser, By.id("card-I04"));
      assertThat(browser.findElements(By.cssSelector("#indicator-cards article"))).hasSize(11);
      assertThat(card.findElement(By.cssSelector(".latest")).getText())
          .isEqualTo(
              new java.math.BigDecimal(latest.get(0).toString())
                  .stripTrailingZeros()
                  .toPlainString());
      assertThat(card.findElement(By.cssSelector(".label")).getText()).isEqualTo("进展顺利");
      assertThat(card.findElement(By.cssSelector("svg.sparkline")).getAttribute("aria-label"))
          .isEqualTo("2015：45；2019：60");
      HeadlessChromium.screenshot(browser, "overview-zh");
      // the map, coloured by the first indicator with a value, drills into a city's overview
      HeadlessChromium.waitFor(browser, By.cssSelector("#cities-map[data-rendered=true] canvas"));
      assertThat(
              browser
                  .findElement(By.cssSelector("#map-indicator option[selected]"))
                  .getAttribute("value"))
          .isEqualTo("I04");
      browser.executeScript(
          "echarts.getInstanceByDom(document.getElementById('cities-map'))"
              + ".trigger('click', {data: {code: '623000'}})");
      HeadlessChromium.waitFor(browser, By.cssSelector("#indicator-cards"));
      assertThat(browser.getCurrentUrl()).contains("region=623000").contains("map=I04");
      assertThat(browser.findElement(By.cssSelector("main p.muted")).getText()).contains("623000");
      browser.get(url);

      browser.get(url + "&lang=en");
      card = HeadlessChromium.waitFor(browser, By.id("card-I04"));
      assertThat(card.findElement(By.cssSelector(".label")).getText()).isEqualTo("On track");

      browser.manage().window().setSize(new Dimension(390, 844));
      browser.get(url);
      HeadlessChromium.waitFor(browser, By.id("card-I04"));
      HeadlessChromium.screenshot(browser, "overview-phone");
      Object wide =
          browser.executeScript(
              "return Array.from(document.querySelectorAll('body *')).filter(e =>"
                  + " e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                  + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' '"
                  + " + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' | ')");
      Number overflow =
          (Number)
              browser.executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow.intValue())
          .as("no sideways scrolling on a phone: " + wide)
          .isLessThanOrEqualTo(0);
      // nothing the pages ran wrote an error to the console
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void theIndicatorPageDrawsTheSeriesThePathTheTargetRequiresAndTheCities() throws Exception {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get(
          "http://localhost:"
              + port
              + "/monitoring/"
              + PLAN
              + "/indicators/I04?year=2024&region="
              + county
              + "&lang=zh");
      HeadlessChromium.waitFor(
          browser, By.cssSelector("#indicator-chart[data-rendered=true] canvas"));
      assertThat(browser.findElement(By.id("plan-sentence")).getText()).contains("65%");
      // the base year's 45 grows by (65/45)^(1/5) − 1 = 7.63% a year to reach 65 in 2020
      assertThat(cells(browser, "year-2015"))
          .containsExactly("2015", "45", "企业汇总", "45.00", "45.00");
      assertThat(cells(browser, "year-2016").get(4)).isEqualTo("48.43");
      assertThat(cells(browser, "year-2019")).startsWith("2019", "60", "企业汇总", "60.00");
      assertThat(cells(browser, "year-2020").get(4)).isEqualTo("65.00");
      assertThat(browser.findElements(By.cssSelector("#cities tbody tr"))).hasSize(14);
      // by sector: the copper works is metallurgy (C3311); the textile mill is not in the survey
      assertThat(cells(browser, "sector-metallurgy").get(1)).isEqualTo("60.00");
      assertThat(cells(browser, "sector-textiles-apparel").get(1)).isEqualTo("—");
      HeadlessChromium.waitFor(browser, By.cssSelector("#cities-map[data-rendered=true] canvas"));
      HeadlessChromium.screenshot(browser, "indicator-I04");
      browser.executeScript("document.getElementById('cities-map').scrollIntoView()");
      HeadlessChromium.screenshot(browser, "indicator-I04-map");
      // the map drills into a city: the one holding this test's county, clicked through the chart
      browser.executeScript(
          "echarts.getInstanceByDom(document.getElementById('cities-map'))"
              + ".trigger('click', {data: {code: '623000'}})");
      HeadlessChromium.waitFor(browser, By.cssSelector("#cities tbody tr"));
      assertThat(browser.getCurrentUrl()).contains("region=623000");
      // nothing the pages ran wrote an error to the console
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aMonthlySeriesIsShownAsReportedSeasonallyAdjustedAndAsTrend() throws Exception {
    // four years of monthly revenue of W, 2020–2023: December high, 1–2月 the two months together
    List<ValueRow> rows = new ArrayList<>();
    double[] season = {1.8, 1.0, 1.0, 1.05, 1.05, 1.1, 0.95, 0.95, 1.0, 1.05, 1.3};
    for (int y = 2020; y <= 2023; y++) {
      for (int p = 0; p < season.length; p++) {
        String period = p == 0 ? y + "-01/02" : y + "-" + String.format("%02d", p + 2);
        long value = Math.round(10_000 * season[p] * Math.pow(1.05, y - 2020));
        add(rows, "REV", W, period, "current", String.valueOf(value), null);
      }
    }
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "overview-months.csv",
                        "csv",
                        "-",
                        false,
                        "overview-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();

    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/monitoring/" + PLAN + "/economy/rev")
                        .param("year", "2023")
                        .param("region", county)
                        .with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    org.jsoup.select.Elements periods = page.select("#series-table tbody tr");
    assertThat(periods).hasSize(44);
    // as reported: 10,000 万元 = 1 亿元 in March 2020; 1–2月 of 2023: 1.8 × 1.05³ 亿元
    assertThat(page.getElementById("p-2020-03").select("td").get(1).text()).isEqualTo("1.00");
    assertThat(page.getElementById("p-2023-01-02").select("td").get(1).text()).isEqualTo("2.08");
    // the adjusted December is near the year's trend, not 30% above it
    double raw = Double.parseDouble(page.getElementById("p-2022-12").select("td").get(1).text());
    double adjusted =
        Double.parseDouble(page.getElementById("p-2022-12").select("td").get(2).text());
    assertThat(adjusted).isLessThan(raw * 0.85);
    assertThat(page.getElementById("series-method").text()).contains("Spring Festival");

    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get(
          "http://localhost:"
              + port
              + "/monitoring/"
              + PLAN
              + "/economy/rev?year=2023&region="
              + county);
      HeadlessChromium.waitFor(browser, By.cssSelector("#series-chart[data-rendered=true] canvas"));
      HeadlessChromium.screenshot(browser, "economy-rev");
      // nothing the pages ran wrote an error to the console
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void theMapHoldsGansusFourteenCitiesByTheirCodes() throws Exception {
    String map =
        mvc.perform(get("/maps/gansu-cities.json"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    List<String> codes = com.jayway.jsonpath.JsonPath.read(map, "$.features[*].properties.code");
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "620100", "620200", "620300", "620400", "620500", "620600", "620700", "620800",
            "620900", "621000", "621100", "621200", "622900", "623000");

    // a year no one has reported (as on a first start before the data has loaded): the map still
    // carries all fourteen, each without a value, so that it is drawn grey rather than not at all
    Document page =
        Jsoup.parse(
            mvc.perform(get("/monitoring/" + PLAN).param("year", "2047").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    String cities = page.getElementById("map-data").data();
    assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(cities, "$.cities[*].code"))
        .containsExactlyInAnyOrderElementsOf(codes);
    assertThat(com.jayway.jsonpath.JsonPath.<List<Object>>read(cities, "$.cities[*].value"))
        .containsOnlyNulls();
    assertThat(page.select("#map-cities tbody tr")).hasSize(14);
  }

  @Test
  void theChartsFiguresDownloadAsCsvAndXlsx() throws Exception {
    String csv =
        new String(
            mvc.perform(
                    get("/monitoring/" + PLAN + "/indicators/I04/data")
                        .param("year", "2024")
                        .param("region", county)
                        .param("format", "csv")
                        .with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string(
                            "Content-Disposition",
                            "attachment; filename=\"" + PLAN + "-I04-" + county + "-2024.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    List<String> lines = csv.substring(1).lines().toList(); // after the byte-order mark

    assertThat(lines.get(0)).isEqualTo("year,value,source,data_element,value_judged,required_path");
    assertThat(lines.get(1)).isEqualTo("2015,45,enterprise,,45.0,45.0");
    assertThat(lines.get(5)).startsWith("2019,60,enterprise,,60.0,");
    assertThat(lines).hasSize(11); // 2015–2024

    byte[] xlsx =
        mvc.perform(
                get("/monitoring/" + PLAN + "/indicators/I04/data")
                    .param("year", "2024")
                    .param("region", county)
                    .param("format", "xlsx")
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      org.apache.poi.ss.usermodel.Row row = book.getSheet("I04").getRow(5);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2019);
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(60);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("enterprise");
    }
  }

  private static List<String> cells(ChromeDriver browser, String row) {
    return browser.findElements(By.cssSelector("#" + row + " td")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static org.assertj.core.data.Offset<java.math.BigDecimal> within() {
    return org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.000001"));
  }

  private static IndicatorCard card(Overview overview, String code) {
    return overview.cards().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private static EconomyFigure figure(Overview overview, String key) {
    return overview.economy().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  static Enterprise enterprise(String code, String industry, String county) {
    return new Enterprise(
        CreditCode.of(code),
        "测试总览企业",
        RegionCode.of(county),
        IndustryCode.of(industry),
        SizeClass.MEDIUM,
        "国有",
        false);
  }

  static void add(
      List<ValueRow> rows,
      String element,
      String unit,
      String period,
      String measure,
      String value,
      String previous) {
    rows.add(
        new ValueRow(rows.size() + 2, null, element, unit, period, measure, value, previous, null));
  }
}
