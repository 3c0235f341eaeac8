package dev.longyuan.monitoring;

import static dev.longyuan.monitoring.OverviewTests.add;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Warning rules on crafted data in a county of 定西市 where no other enterprise of the shared test
 * database sits: four enterprises report 利润总额 for 2024-06 and 增加值 for 1–2月 to April 2024, and rules
 * of this test watch that county alone.
 */
@PlatformTest
class AlertTests {

  static final String PLAN = "gansu-13fyp-industry";

  /** Counties of 定西市, the first without anyone else's enterprises is this test's. */
  static final List<String> CANDIDATES =
      List.of("621126", "621125", "621124", "621123", "621122", "621121", "621102");

  static final List<String> OURS =
      List.of(
          CreditCode.withCheckCharacter("91621100ALERT000A").value(),
          CreditCode.withCheckCharacter("91621100ALERT000B").value(),
          CreditCode.withCheckCharacter("91621100ALERT000C").value(),
          CreditCode.withCheckCharacter("91621100ALERT000D").value());

  @Autowired Warnings warnings;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  String county;

  @BeforeEach
  void registerOurEnterprises() {
    county = ourCounty(jdbc);
    List<Enterprise> enterprises = new ArrayList<>();
    for (String code : OURS) {
      enterprises.add(
          new Enterprise(
              CreditCode.of(code),
              "预警测试企业" + code.charAt(code.length() - 2),
              RegionCode.of(county),
              IndustryCode.of("C3311"),
              SizeClass.MEDIUM,
              "国有",
              false));
    }
    reporting.registerEnterprises(enterprises, List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)").param("u", OURS).update();
    jdbc.sql(
            "DELETE FROM warning_alert WHERE rule_id IN"
                + " (SELECT id FROM warning_rule WHERE code LIKE 'alert-tests-%')")
        .update();
  }

  static String ourCounty(JdbcClient jdbc) {
    return CANDIDATES.stream()
        .filter(
            code ->
                jdbc.sql(
                            "SELECT count(*) FROM enterprise WHERE region_code = :c"
                                + " AND credit_code NOT IN (:ours)")
                        .param("c", code)
                        .param("ours", OURS)
                        .query(Integer.class)
                        .single()
                    == 0)
        .findFirst()
        .orElseThrow();
  }

  /** 亏损面 above 20% in our county. */
  WarningRule lossShare() {
    return warnings.save(
        new WarningRule(
            0,
            "alert-tests-loss-share",
            PLAN,
            "threshold",
            "warning",
            "亏损面超过20%（测试）",
            "Share of loss makers above 20% (test)",
            county,
            false,
            null,
            "countif(PROFIT < 0) / count(PROFIT) * 100",
            null,
            null,
            ">",
            new BigDecimal("20"),
            1,
            true,
            "alert-tests",
            null));
  }

  @Nested
  class Threshold {

    @Test
    void anAlertIsRaisedOnceWhileTheShareLastsClosedWhenItEndsAndRaisedAgainWhenItReturns() {
      WarningRule rule = lossShare();
      report("PROFIT", "2024-06", "-10", "-5", "20", "30");

      assertThat(warnings.evaluate(rule, 2024)).hasSize(1);
      List<Alert> alerts = warnings.alertsOf(rule);
      assertThat(alerts).hasSize(1);
      Alert alert = alerts.get(0);
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.value()).isEqualByComparingTo("50");
      assertThat(alert.threshold()).isEqualByComparingTo("20");
      assertThat(alert.period()).isEqualTo("2024-06");
      assertThat(alert.severity()).isEqualTo("warning");
      assertThat(alert.state()).isEqualTo("open");

      // evaluated again while it lasts: the same alert, brought up to date
      report("PROFIT", "2024-06", "-10", "5", "20", "30");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      alerts = warnings.alertsOf(rule);
      assertThat(alerts).hasSize(1);
      assertThat(alerts.get(0).id()).isEqualTo(alert.id());
      assertThat(alerts.get(0).value()).isEqualByComparingTo("25");
      assertThat(alerts.get(0).lastSeen()).isAfterOrEqualTo(alert.lastSeen());

      // below the threshold: resolved
      report("PROFIT", "2024-06", "10", "5", "20", "30");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      alerts = warnings.alertsOf(rule);
      assertThat(alerts).hasSize(1);
      assertThat(alerts.get(0).state()).isEqualTo("resolved");
      assertThat(alerts.get(0).resolvedAt()).isNotNull();

      // it returns: a second alert
      report("PROFIT", "2024-06", "-10", "-5", "-20", "30");
      assertThat(warnings.evaluate(rule, 2024)).hasSize(1);
      alerts = warnings.alertsOf(rule);
      assertThat(alerts).hasSize(2);
      assertThat(alerts.get(0).state()).isEqualTo("open");
      assertThat(alerts.get(0).value()).isEqualByComparingTo("75");
      assertThat(alerts.get(1).state()).isEqualTo("resolved");
    }

    @Test
    void anAcknowledgementRecordsWhoAndIsRefusedOutsideTheirRegion() {
      WarningRule rule = lossShare();
      report("PROFIT", "2024-06", "-10", "-5", "20", "30");
      Alert alert = warnings.evaluate(rule, 2024).get(0);

      DataScope lanzhou = DataScope.region(RegionCode.of("620100"));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> warnings.acknowledge(PLAN, alert.id(), lanzhou, "someone-else"))
          .isInstanceOf(WarningRefused.class);
      Alert acknowledged =
          warnings.acknowledge(
              PLAN, alert.id(), DataScope.region(RegionCode.of("621100")), "dingxi-bureau");
      assertThat(acknowledged.acknowledgedBy()).isEqualTo("dingxi-bureau");
      assertThat(acknowledged.acknowledgedAt()).isNotNull();
      assertThat(acknowledged.state()).isEqualTo("acknowledged");
      // still open: evaluated again, it stays the one acknowledged alert
      warnings.evaluate(rule, 2024);
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .extracting(Alert::acknowledgedBy)
          .isEqualTo("dingxi-bureau");
    }
  }

  @Nested
  class Trend {

    @Test
    void cumulativeGrowthBelowThePaceFiresOnlyAtTheNthConsecutiveMonth() {
      WarningRule rule =
          warnings.save(
              new WarningRule(
                  0,
                  "alert-tests-growth",
                  PLAN,
                  "trend",
                  "severe",
                  "增加值累计增速连续3个月低于6%（测试）",
                  "Cumulative growth below 6% for 3 months (test)",
                  county,
                  false,
                  null,
                  "same(VA) / prev(VA) * 100 - 100",
                  null,
                  null,
                  "<",
                  new BigDecimal("6"),
                  3,
                  true,
                  "alert-tests",
                  null));
      // 2% growth in 1–2月 (reported together) and March: not yet three months
      reportGrowth("2024-01/02", "102", "100");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      reportGrowth("2024-03", "204", "200");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule)).isEmpty();
      // April, the third month below 6%: it fires, with April's 3%
      reportGrowth("2024-04", "309", "300");
      List<Alert> raised = warnings.evaluate(rule, 2024);
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).period()).isEqualTo("2024-04");
      assertThat(raised.get(0).value()).isEqualByComparingTo("3");
      assertThat(raised.get(0).threshold()).isEqualByComparingTo("6");
      assertThat(raised.get(0).severity()).isEqualTo("severe");
    }
  }

  @Nested
  class Pages {

    @Autowired MockMvc mvc;

    @Autowired Accounts accounts;

    @Test
    void aCityUserSeesAndAcknowledgesItsRegionsAlertsAndAnotherCitysUserSeesNone()
        throws Exception {
      WarningRule rule = lossShare();
      report("PROFIT", "2024-06", "-10", "-5", "20", "30");
      Alert alert = warnings.evaluate(rule, 2024).get(0);
      String dingxi = TestUsers.ensure(accounts, "alerts-city-621100", "CITY", "621100", null);
      String baiyin = TestUsers.ensure(accounts, "alerts-city-620400", "CITY", "620400", null);

      Document page = page(get("/monitoring/" + PLAN + "/alerts").param("region", county), dingxi);
      Element row = page.getElementById("alert-" + alert.id());
      assertThat(row).isNotNull();
      assertThat(row.selectFirst(".figure-value").text()).isEqualTo("50.00");
      assertThat(row.selectFirst(".figure-threshold").text()).isEqualTo("20.00");
      assertThat(row.selectFirst(".figure-period").text()).isEqualTo("2024-06");
      assertThat(
              page(get("/monitoring/" + PLAN + "/alerts").param("state", "resolved"), dingxi)
                  .getElementById("alert-" + alert.id()))
          .isNull();
      assertThat(
              page(get("/monitoring/" + PLAN + "/alerts"), baiyin)
                  .getElementById("alert-" + alert.id()))
          .isNull();
      // the acknowledgement form carries the CSRF token, and the POST redirects back
      assertThat(row.select("form input[name=_csrf]")).hasSize(1);
      mvc.perform(
              post("/monitoring/" + PLAN + "/alerts/" + alert.id() + "/acknowledge")
                  .with(csrf())
                  .with(TestUsers.as(baiyin)))
          .andExpect(status().is3xxRedirection());
      assertThat(warnings.alertsOf(rule).get(0).acknowledgedBy()).isNull();
      mvc.perform(
              post("/monitoring/" + PLAN + "/alerts/" + alert.id() + "/acknowledge")
                  .with(csrf())
                  .with(TestUsers.as(dingxi)))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/monitoring/" + PLAN + "/alerts"));
      assertThat(warnings.alertsOf(rule).get(0).acknowledgedBy()).isEqualTo(dingxi);
    }

    @Test
    void anAdministratorChangesARuleAndAWrongValueIsRefusedNamingTheFieldInBothLanguages()
        throws Exception {
      WarningRule rule = lossShare();
      String form = "/monitoring/" + PLAN + "/warning-rules/" + rule.id();
      String zh =
          mvc.perform(
                  post(form)
                      .param("severity", "severe")
                      .param("threshold", "20")
                      .param("months", "0")
                      .param("enabled", "true")
                      .with(csrf())
                      .with(TestUsers.admin()))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(Jsoup.parse(zh).getElementById("error").text())
          .contains("连续月数", "alert-tests-loss-share");
      String en =
          mvc.perform(
                  post(form)
                      .param("lang", "en")
                      .param("severity", "severe")
                      .param("threshold", "twenty")
                      .param("months", "2")
                      .with(csrf())
                      .with(TestUsers.admin()))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(Jsoup.parse(en).getElementById("error").text())
          .contains("\"Threshold\" must be a number", "alert-tests-loss-share");
      assertThat(warnings.rule(PLAN, rule.id()).orElseThrow().severity()).isEqualTo("warning");

      mvc.perform(
              post(form)
                  .param("severity", "severe")
                  .param("threshold", "35.5")
                  .param("months", "2")
                  .with(csrf())
                  .with(TestUsers.admin()))
          .andExpect(status().is3xxRedirection());
      WarningRule changed = warnings.rule(PLAN, rule.id()).orElseThrow();
      assertThat(changed.severity()).isEqualTo("severe");
      assertThat(changed.threshold()).isEqualByComparingTo("35.5");
      assertThat(changed.months()).isEqualTo(2);
      assertThat(changed.enabled()).isFalse();
      assertThat(changed.updatedBy()).isEqualTo(TestUsers.ADMIN);
      Document rules = page(get("/monitoring/" + PLAN + "/warning-rules"), TestUsers.ADMIN);
      assertThat(rules.getElementById("rule-loss-share-high")).isNotNull();
      assertThat(rules.select("#form-alert-tests-loss-share input[name=_csrf]")).hasSize(1);
    }

    private Document page(MockHttpServletRequestBuilder request, String user) throws Exception {
      return Jsoup.parse(
          mvc.perform(request.with(TestUsers.as(user)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Deviation rules on our county's own 万元工业增加值用水量 (WATER_INT): the binding target T-2.3.4-01 asks
   * for a fall of 23% from 2015, a goal of 100 × (1 − 23%) = 77 from our base of 100; no other
   * target of the plan has data in the county for these years.
   */
  @Nested
  class Deviation {

    static final String WATER_TARGET = "T-2.3.4-01";

    WarningRule deviation(String comparator) {
      return warnings.save(
          new WarningRule(
              0,
              "alert-tests-" + comparator,
              PLAN,
              "deviation",
              "severe",
              "目标偏离（测试）",
              "Target deviation (test)",
              county,
              false,
              null,
              null,
              null,
              null,
              comparator,
              null,
              1,
              true,
              "alert-tests",
              null));
    }

    @Test
    void aBindingTargetProjectedToMissRaisesOneAlertWithTheProjectionAndGoalAndClosesWhenItIsNot() {
      WarningRule rule = deviation("projected_miss");
      // falling 2% a year: the log-linear fit is exact, 100 × 0.98^5 in 2020, above the goal of 77
      official("WATER_INT", "2015", "100", "2016", "98", "2017", "96.04");

      assertThat(warnings.evaluate(rule, 2017)).hasSize(1);
      assertThat(warnings.evaluate(rule, 2017)).isEmpty();
      assertThat(warnings.alertsOf(rule)).hasSize(1);
      Alert alert = warnings.alertsOf(rule).get(0);
      assertThat(alert.subject()).isEqualTo(WATER_TARGET);
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.value().doubleValue()).isCloseTo(90.39207968, within(1e-6));
      assertThat(alert.threshold().doubleValue()).isCloseTo(77, within(1e-9));
      assertThat(alert.period()).isEqualTo("2020");
      assertThat(alert.state()).isEqualTo("open");

      // falling 10% a year: 81 × 0.9^3 = 59.049 in 2020, below the goal, so no miss is projected
      official("WATER_INT", "2015", "100", "2016", "90", "2017", "81");
      assertThat(warnings.evaluate(rule, 2017)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }

    @Test
    void aTargetWhoseLabelIsWorseThanAYearEarlierRaisesAnAlertNamingBothLabels() {
      WarningRule rule = deviation("worsened");
      // 2016: −10% against the −5.1% a year needed, on track; 2017: above the base, deterioration
      official("WATER_INT", "2015", "100", "2016", "90", "2017", "101");

      assertThat(warnings.evaluate(rule, 2017)).hasSize(1);
      assertThat(warnings.evaluate(rule, 2017)).isEmpty();
      assertThat(warnings.alertsOf(rule)).hasSize(1);
      Alert alert = warnings.alertsOf(rule).get(0);
      assertThat(alert.subject()).isEqualTo(WATER_TARGET);
      assertThat(alert.detail())
          .isEqualTo(ProgressLabel.ON_TRACK.word() + ">" + ProgressLabel.DETERIORATION.word())
          .isEqualTo("on_track>deterioration");
      assertThat(alert.value()).isEqualByComparingTo("101");
      assertThat(alert.period()).isEqualTo("2017");

      // 2017 at 81: still on track, no longer worse
      official("WATER_INT", "2015", "100", "2016", "90", "2017", "81");
      assertThat(warnings.evaluate(rule, 2017)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }
  }

  @Nested
  class DataQuality {

    WarningRule quality(String comparator, String item, String threshold) {
      return warnings.save(
          new WarningRule(
              0,
              "alert-tests-" + comparator,
              PLAN,
              "data_quality",
              "warning",
              "数据质量（测试）",
              "Data quality (test)",
              county,
              false,
              null,
              null,
              null,
              item,
              comparator,
              new BigDecimal(threshold),
              1,
              true,
              "alert-tests",
              null));
    }

    @Test
    void aUnitThatHasNotReportedTheMonthlyFormNDaysAfterTheMonthRaisesOneAlertUntilItReports() {
      WarningRule rule = quality("unreported", "ENT-M", "15");
      // December 2024 ended more than 15 days ago: three of our four enterprises reported
      report("REV", "2024-12", "1", "2", "3");

      assertThat(warnings.evaluate(rule, 2024)).hasSize(1);
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule)).hasSize(1);
      Alert alert = warnings.alertsOf(rule).get(0);
      assertThat(alert.subject()).isEqualTo(OURS.get(3));
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.period()).isEqualTo("2024-12");
      assertThat(alert.detail()).isEqualTo("ENT-M");
      assertThat(alert.threshold()).isEqualByComparingTo("15");
      long days =
          java.time.temporal.ChronoUnit.DAYS.between(
              java.time.LocalDate.of(2024, 12, 31),
              java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
      assertThat(alert.value()).isEqualByComparingTo(BigDecimal.valueOf(days));

      report("REV", "2024-12", "1", "2", "3", "4");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }

    @Test
    void officialAndBottomUpFiguresDifferingByMoreThanXPercentRaiseOneAlertUntilTheyAgree() {
      WarningRule rule = quality("official_gap", "REV", "10");
      report("REV", "2024-12", "100", "200", "300", "400");
      // the county's own figure 1200 against the enterprises' 1000: (1200 − 1000) / 1200 = 16.67%
      official("REV", "2024-12", "1200");

      assertThat(warnings.evaluate(rule, 2024)).hasSize(1);
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule)).hasSize(1);
      Alert alert = warnings.alertsOf(rule).get(0);
      assertThat(alert.subject()).isEqualTo("REV");
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.value()).isEqualByComparingTo("16.67");
      assertThat(alert.threshold()).isEqualByComparingTo("10");
      assertThat(alert.period()).isEqualTo("2024-12");
      assertThat(alert.detail()).isEqualTo("1200/1000");

      // 1050 against 1000: 4.76%, within the bound
      official("REV", "2024-12", "1050");
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }
  }

  /** Replaces our county's own figures of an element for the periods given (period, value…). */
  private void official(String element, String... periodsAndValues) {
    List<ValueRow> rows = new ArrayList<>();
    for (int i = 0; i < periodsAndValues.length; i += 2) {
      jdbc.sql(
              "DELETE FROM data_value WHERE reporting_unit = :u AND data_element = :e"
                  + " AND period = :p")
          .param("u", county)
          .param("e", element)
          .param("p", periodsAndValues[i])
          .update();
      add(rows, element, county, periodsAndValues[i], "ytd", periodsAndValues[i + 1], null);
    }
    assertThat(
            reporting
                .importRows(
                    ImportRequest.official("alerts-official.csv", "-", "alert-test"),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  /** Replaces our enterprises' values of an element for a period (an approved value is locked). */
  private void report(String element, String period, String... values) {
    jdbc.sql(
            "DELETE FROM data_value WHERE reporting_unit IN (:u) AND data_element = :e"
                + " AND period = :p")
        .param("u", OURS)
        .param("e", element)
        .param("p", period)
        .update();
    List<ValueRow> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      add(rows, element, OURS.get(i), period, "ytd", values[i], null);
    }
    importRows(rows);
  }

  /** The same value for each enterprise, beside 上年同期. */
  private void reportGrowth(String period, String value, String previous) {
    List<ValueRow> rows = new ArrayList<>();
    for (String unit : OURS) {
      add(rows, "VA", unit, period, "ytd", value, previous);
    }
    importRows(rows);
  }

  private void importRows(List<ValueRow> rows) {
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "alerts.csv",
                        "csv",
                        "-",
                        false,
                        "alert-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }
}
