package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Gansu plan assessed for 2017 in 肃北县 (620923), whose three enterprises report 2015–2017: two
 * copper works (C3311) in the 两化融合 survey, and a mine (B0610) whose R&D is outside the
 * manufacturing-only indicator.
 */
@PlatformTest
class PlanAssessorTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String COUNTY = "620923";
  static final String DINGXI = "621100";
  static final String W1 = CreditCode.withCheckCharacter("91620923AXXEXX001").value();
  static final String W2 = CreditCode.withCheckCharacter("91620923AXXEXX002").value();
  static final String MINE = CreditCode.withCheckCharacter("91620923AXXEXX003").value();

  @Autowired PlanAssessor assessor;

  @Autowired dev.longyuan.plan.PlanCatalog plans;

  @Autowired ReportingService reporting;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  @Autowired dev.longyuan.reporting.internal.ShippedDataLoader loader;

  @Autowired MockMvc mvc;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Autowired org.springframework.context.ApplicationContext context;

  @BeforeEach
  void reportThreeYears() {
    reporting.registerEnterprises(
        List.of(enterprise(W1, "C3311"), enterprise(W2, "C3311"), enterprise(MINE, "B0610")),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)")
        .param("u", List.of(W1, W2, MINE))
        .update();
    List<ValueRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String year = String.valueOf(2015 + i);
      // digital design tools: 45, 50, 55 of the 100 surveyed enterprises' worth
      add(rows, "IT_SURVEYED", W1, year, "current", "60");
      add(rows, "IT_DIGITAL_RD", W1, year, "current", String.valueOf(27 + 3 * i));
      add(rows, "IT_SURVEYED", W2, year, "current", "40");
      add(rows, "IT_DIGITAL_RD", W2, year, "current", String.valueOf(18 + 2 * i));
      // R&D of manufacturing: 6, 7, 8 on 1000 of main business revenue; the mine's is not counted
      add(rows, "RD_EXP", W1, year, "ytd", String.valueOf(6 + i));
      add(rows, "MBR", W1, year + "-12", "ytd", "1000");
      add(rows, "RD_EXP", MINE, year, "ytd", "100");
      add(rows, "MBR", MINE, year + "-12", "ytd", "100");
    }
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "assess.csv",
                        "csv",
                        "-",
                        false,
                        "assess-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  static Enterprise enterprise(String code, String industry) {
    return new Enterprise(
        CreditCode.of(code),
        "测试评估企业",
        RegionCode.of(COUNTY),
        IndustryCode.of(industry),
        SizeClass.MEDIUM,
        "国有",
        false);
  }

  static void add(
      List<ValueRow> rows, String element, String unit, String period, String measure, String v) {
    rows.add(new ValueRow(rows.size() + 2, null, element, unit, period, measure, v, null, null));
  }

  TargetAssessment target(PlanAssessment assessment, String code) {
    return assessment.targets().stream()
        .filter(t -> t.targetCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void judgesADefinedLevelTargetFromItsSeriesAndProjectsIt() {
    PlanAssessment assessment =
        assessor.assess(PLAN, 2017, DataScope.everything(false), COUNTY, null);
    TargetAssessment digital = target(assessment, "T-2.3.5-01");

    assertThat(digital.series())
        .extracting(y -> y.value().stripTrailingZeros().toPlainString())
        .containsExactly("45", "50", "55");
    assertThat(digital.latestYear()).isEqualTo(2017);
    // (55/45)^(1/2) − 1 = 10.55% a year against (65/45)^(1/5) − 1 = 7.63% needed
    assertThat(digital.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
    assertThat(digital.progress().ratio()).isCloseTo(1.3829383222921623, within(1e-9));
    assertThat(digital.projection().year()).isEqualTo(2020);
    assertThat(digital.projection().value()).isCloseTo(74.44155228575848, within(1e-6));
    assertThat(digital.projection().low()).isLessThan(74.44).isPositive();
    assertThat(digital.projection().high()).isGreaterThan(74.45);
    assertThat(digital.sourceText()).contains("65%");
    assertThat(digital.dataSource()).isEqualTo("enterprise");
    assertThat(digital.series().get(0).figures())
        .extracting(AggregateFigure::aggregate, AggregateFigure::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sum(IT_DIGITAL_RD)", 2L),
            org.assertj.core.groups.Tuple.tuple("sum(IT_SURVEYED)", 2L));
  }

  @Test
  void aCommittedValueShowsInTheNextAssessment() {
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u AND period = '2018'")
        .param("u", W1)
        .update();
    assertThat(
            target(
                    assessor.assess(PLAN, 2018, DataScope.everything(false), COUNTY, null),
                    "T-2.3.5-01")
                .latestYear())
        .isEqualTo(2017);

    List<ValueRow> rows = new ArrayList<>();
    add(rows, "IT_SURVEYED", W1, "2018", "current", "60");
    add(rows, "IT_DIGITAL_RD", W1, "2018", "current", "36");
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "assess-2018.csv",
                        "csv",
                        "-",
                        false,
                        "assess-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();

    // 2018: W1 alone, 36 of 60
    TargetAssessment digital =
        target(
            assessor.assess(PLAN, 2018, DataScope.everything(false), COUNTY, null), "T-2.3.5-01");
    assertThat(digital.latestYear()).isEqualTo(2018);
    assertThat(digital.latestValue()).isEqualByComparingTo("60");
  }

  @Test
  void keepsToTheIndustriesOfTheIndicator() {
    TargetAssessment research =
        target(
            assessor.assess(PLAN, 2017, DataScope.everything(false), COUNTY, null), "T-2.3.3-01");

    // 6 / 1000 × 100 = 0.6, the mine's 100 of R&D left out
    assertThat(research.industries()).isEqualTo("C");
    assertThat(research.series().get(0).value()).isEqualByComparingTo("0.6");
    assertThat(research.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void saysWhyATargetIsNotAssessedAndInventsNothing() {
    PlanAssessment assessment =
        assessor.assess(PLAN, 2017, DataScope.everything(false), COUNTY, null);

    TargetAssessment share = target(assessment, "T-2.3.1-03");
    assertThat(share.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(share.series()).isEmpty();
    assertThat(share.reasonEn()).contains("does not yet define");
    TargetAssessment growth = target(assessment, "T-2.3.1-01");
    assertThat(growth.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(growth.series()).extracting(YearValue::value).containsOnlyNulls();
    assertThat(growth.latestValue()).isNull();
    assertThat(growth.dataSource()).isEqualTo("none");
    assertThat(growth.reasonEn())
        .isEqualTo("no approved values for the region and sector in these years");
    TargetAssessment qualitative = target(assessment, "T-2.3.4-02");
    assertThat(qualitative.quantified()).isFalse();
    assertThat(qualitative.reasonZh()).contains("尚未量化");
    assertThat(assessment.targets()).hasSize(50);
  }

  @Test
  void judgesAnAverageGrowthTargetOnTheCitysOwnOfficialRatesChainedIntoAnIndex() {
    List<ValueRow> rows = new ArrayList<>();
    String[] rates = {"8.0", "7.2", "6.9", "7.8"};
    for (int i = 0; i < rates.length; i++) {
      add(rows, "VA_ALL_GROWTH", DINGXI, String.valueOf(2016 + i), "ytd", rates[i]);
    }
    // the above-scale rate is a proxy: with the indicator's own element present it is not used
    add(rows, "VA_GROWTH", DINGXI, "2016", "ytd", "12.5");
    importOfficial(rows);

    TargetAssessment growth =
        target(
            assessor.assess(PLAN, 2019, DataScope.everything(false), DINGXI, null), "T-2.3.1-01");

    assertThat(growth.dataSource()).isEqualTo("official");
    assertThat(growth.series())
        .extracting(YearValue::year, YearValue::source, YearValue::element)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2016, "official", "VA_ALL_GROWTH"),
            org.assertj.core.groups.Tuple.tuple(2015, "none", null));
    assertThat(growth.latestYear()).isEqualTo(2019);
    assertThat(growth.latestValue()).isEqualByComparingTo("7.8");
    // 100 × 1.08 × 1.072 × 1.069 × 1.078 = 133.418; (1.33418)^(1/4) − 1 = 7.474% a year
    assertThat(growth.judged().get(4).value()).isCloseTo(133.418178432, within(1e-6));
    assertThat(growth.goal()).isCloseTo(143.5629326, within(1e-6));
    assertThat(growth.progress().cagrObserved()).isCloseTo(0.0747408, within(1e-6));
    assertThat(growth.progress().ratio()).isCloseTo(0.9965445, within(1e-6));
    assertThat(growth.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
    assertThat(growth.measuredAs().zh()).contains("累计指数");
  }

  @Test
  void theShippedPublishedFiguresJudge2020AsTheyMeasureAndInventNothingElse() {
    loader.load();

    PlanAssessment assessment =
        assessor.assess(PLAN, 2020, DataScope.everything(false), null, null);

    // 万元工业增加值用水量较2015年下降56%, against a fall of 23% from the plan's 69 m³ per 10,000 yuan
    TargetAssessment water = target(assessment, "T-2.3.4-01");
    assertThat(water.progress().label()).isEqualTo(ProgressLabel.TARGET_ACHIEVED);
    assertThat(water.bindingMet()).isTrue();
    assertThat(water.dataSource()).isEqualTo("official");
    assertThat(water.goal()).isCloseTo(53.13, within(1e-9));
    assertThat(water.series())
        .filteredOn(v -> v.value() != null)
        .extracting(YearValue::year, v -> v.value().toPlainString(), YearValue::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2015, "69.0", "plan"),
            org.assertj.core.groups.Tuple.tuple(2020, "30.36", "derived"));
    // 规上 growth of 6.5% in 2020 is known, 2016–2019 are not: the five-year average cannot be
    // judged, and the figure is shown as the proxy it is
    TargetAssessment growth = target(assessment, "T-2.3.1-01");
    assertThat(growth.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(growth.latestYear()).isEqualTo(2020);
    assertThat(growth.latestValue()).isEqualByComparingTo("6.5");
    assertThat(growth.notes())
        .extracting(AssessmentNote::zh)
        .contains("2016、2017、2018、2019年增速缺失，此后的累计指数无法连乘得出")
        .anySatisfy(note -> assertThat(note).contains("代理口径", "VA_GROWTH"));
    // investment growth was published for 2021 only
    TargetAssessment investment = target(assessment, "T-2.3.1-02");
    assertThat(investment.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(investment.latestValue()).isNull();
    assertThat(investment.dataSource()).isEqualTo("none");
    assertThat(target(assessment, "T-2.3.2-01").progress().label())
        .isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(target(assessment, "T-2.3.1-03").latestValue()).isNull();
  }

  @Test
  void thePageTracesAnOfficialFigureToItsElementAndSaysHowALevelWasDerived() throws Exception {
    loader.load();

    String html =
        mvc.perform(
                get("/plans/" + PLAN + "/assessment").param("year", "2020").with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    org.jsoup.nodes.Element water = org.jsoup.Jsoup.parse(html).getElementById("a-T-2.3.4-01");

    assertThat(water.select(".label").text()).isEqualTo("已达标");
    assertThat(water.select(".source-official").text()).isEqualTo("官方数据");
    // year, value, source, element, the enterprises' sum beside it (if any), the value judged
    // (empty cells are not among the texts)
    org.jsoup.select.Elements years = water.select("details.series tbody tr");
    assertThat(years.get(0).select("td").eachText())
        .startsWith("2015", "69", "规划所列基期值")
        .endsWith("69.00");
    assertThat(years.get(5).select("td").eachText())
        .startsWith("2020", "30.36", "由官方变化率推算", "WATER_INT_CHG15")
        .endsWith("30.36");
    assertThat(water.select("details.series p").text()).contains("目标水平 53.13");
    assertThat(water.select(".note").eachText()).contains("2020年数值由公布的较2015年变化率与基期值推算");
  }

  void importOfficial(List<ValueRow> rows) {
    assertThat(
            reporting
                .importRows(
                    ReportingService.ImportRequest.official(
                        "official-test.csv", "-", "assess-test"),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Test
  void aPlansOwnThresholdsDecideTheLabel() {
    dev.longyuan.plan.Plan gansu = plans.plan(PLAN).orElseThrow();
    dev.longyuan.plan.Plan strict =
        new dev.longyuan.plan.Plan(
            "gansu-strict-bands",
            gansu.titleZh(),
            gansu.titleEn(),
            gansu.documentNumber(),
            gansu.issuerZh(),
            gansu.issuerEn(),
            gansu.issuedOn(),
            gansu.baseYear(),
            gansu.targetYear(),
            gansu.preamble(),
            gansu.sections(),
            gansu.indicatorTable(),
            gansu.indicators(),
            gansu.targets(),
            gansu.baselines(),
            gansu.sectors(),
            gansu.regions(),
            gansu.places(),
            gansu.units(),
            gansu.tasks(),
            new dev.longyuan.plan.ProgressBands(
                new java.math.BigDecimal("1.5"),
                new java.math.BigDecimal("1.2"),
                new java.math.BigDecimal("0.5")));
    plans.store(strict, "sha-strict-bands");

    PlanAssessment assessment =
        assessor.assess("gansu-strict-bands", 2017, DataScope.everything(false), COUNTY, null);

    // the same 1.383 as under Open SDG's bounds, where it is on track
    TargetAssessment digital = target(assessment, "T-2.3.5-01");
    assertThat(digital.progress().ratio()).isCloseTo(1.3829383222921623, within(1e-9));
    assertThat(digital.progress().label()).isEqualTo(ProgressLabel.PROGRESS_NEEDS_ACCELERATION);
    assertThat(assessment.thresholds()).isEqualTo(new ProgressThresholds(1.5, 1.2, 0.5));
  }

  @Test
  void theCommandLineWritesOneRowPerTargetOrTheWholeAssessment() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code =
        AssessCommandLine.run(
            List.of("--plan", PLAN, "--year", "2017", "--region", COUNTY, "--format", "csv"),
            context,
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

    assertThat(code).isZero();
    List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(51);
    assertThat(lines.get(0)).startsWith("target,name_zh,kind,target_value");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("T-2.3.5-01,"))
        .singleElement()
        .asString()
        .contains(",2017,55,on_track,进展顺利,")
        .contains(",enterprise,");
    assertThat(
            AssessCommandLine.run(
                List.of("--plan", PLAN),
                context,
                new java.io.PrintStream(out),
                new java.io.PrintStream(err)))
        .isEqualTo(2);
  }

  @Test
  void thePageShowsEachTargetsLabelFiguresAndMethod() throws Exception {
    String html =
        mvc.perform(
                get("/plans/" + PLAN + "/assessment")
                    .param("year", "2017")
                    .param("region", COUNTY)
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);

    assertThat(page.getElementById("a-T-2.3.5-01").text())
        .contains("进展顺利", "55.00", "2017", "1.383", "74.44", "企业上报");
    assertThat(page.getElementById("a-T-2.3.1-03").text()).contains("无法评估", "规划尚未定义");
    assertThat(page.select("details.method").text()).contains("0.95", "1.5%");
    assertThat(page.select("main p.muted").text()).contains("620923，2017 年，共 50 项目标");
    mvc.perform(get("/plans/" + PLAN + "/assessment")).andExpect(status().is3xxRedirection());
  }

  @Test
  void aPersonSignedInSeesTheLabelsInABrowser() throws Exception {
    org.openqa.selenium.chrome.ChromeDriver browser = dev.longyuan.HeadlessChromium.start();
    try {
      dev.longyuan.HeadlessChromium.signIn(
          browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get(
          "http://localhost:" + port + "/plans/" + PLAN + "/assessment?year=2017&region=" + COUNTY);
      org.openqa.selenium.WebElement row =
          dev.longyuan.HeadlessChromium.waitFor(browser, org.openqa.selenium.By.id("a-T-2.3.5-01"));
      org.openqa.selenium.WebElement label =
          row.findElement(org.openqa.selenium.By.cssSelector(".label"));
      assertThat(label.getText()).isEqualTo("进展顺利");
      assertThat(label.getCssValue("color")).isEqualTo("rgba(6, 118, 71, 1)");
      assertThat(row.getText()).contains("55.00", "74.44");
      browser.findElement(org.openqa.selenium.By.cssSelector("details.method summary")).click();
      assertThat(
              browser.findElement(org.openqa.selenium.By.cssSelector("details.method")).getText())
          .contains("0.95");
      // nothing the pages ran wrote an error to the console
      assertThat(dev.longyuan.HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aCityAssessesItsOwnRegionOnly() throws Exception {
    String city = TestUsers.ensure(accounts, "assess-jiuquan", "CITY", "620900", null);
    mvc.perform(
            get("/api/plans/" + PLAN + "/assessment")
                .param("year", "2017")
                .with(TestUsers.as(city)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.regionCode").value("620900"));
    mvc.perform(
            get("/api/plans/" + PLAN + "/assessment")
                .param("year", "2017")
                .param("region", "620100")
                .with(TestUsers.as(city)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("scope.outside"));
    assertThatThrownBy(
            () ->
                assessor.assess(
                    PLAN, 2017, DataScope.region(RegionCode.of("620100")), COUNTY, null))
        .isInstanceOf(AnalyticsRefused.class);
  }
}
