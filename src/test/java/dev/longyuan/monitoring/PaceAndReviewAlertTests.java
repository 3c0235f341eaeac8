package dev.longyuan.monitoring;

import static dev.longyuan.monitoring.OverviewTests.add;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trend rule against the pace a growth target still needs, and the data-quality rule on flagged
 * values left unreviewed, on crafted data in a county (of 张掖市, or the next free) where no other
 * enterprise of the shared test database sits: three enterprises of this test, rules of this test
 * watching that county alone.
 */
@PlatformTest
class PaceAndReviewAlertTests {

  static final String PLAN = AlertTests.PLAN;

  /**
   * Counties that hold no shipped enterprise and no other test's: the first still empty is ours.
   */
  static final List<String> CANDIDATES =
      List.of("620724", "620525", "620524", "620503", "620123", "620122");

  static final List<String> OURS =
      List.of(
          CreditCode.withCheckCharacter("91620700PACE0000A").value(),
          CreditCode.withCheckCharacter("91620700PACE0000B").value(),
          CreditCode.withCheckCharacter("91620700PACE0000C").value());

  @Autowired Warnings warnings;

  @Autowired ReportingService reporting;

  @Autowired Approvals approvals;

  @Autowired JdbcClient jdbc;

  String county;

  @BeforeEach
  void registerOurEnterprises() {
    county =
        CANDIDATES.stream()
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
    List<Enterprise> enterprises = new ArrayList<>();
    for (String code : OURS) {
      enterprises.add(
          new Enterprise(
              CreditCode.of(code),
              "进度测试企业" + code.charAt(code.length() - 2),
              RegionCode.of(county),
              IndustryCode.of("C3311"),
              SizeClass.MEDIUM,
              "国有",
              false));
    }
    reporting.registerEnterprises(enterprises, List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u) OR reporting_unit = :c")
        .param("u", OURS)
        .param("c", county)
        .update();
    jdbc.sql(
            "DELETE FROM warning_alert WHERE rule_id IN"
                + " (SELECT id FROM warning_rule WHERE code LIKE 'pace-tests-%')")
        .update();
  }

  WarningRule rule(
      String kind,
      String comparator,
      String expression,
      String target,
      String threshold,
      int months) {
    return warnings.save(
        new WarningRule(
            0,
            "pace-tests-" + comparator,
            PLAN,
            kind,
            "warning",
            "测试规则",
            "Test rule",
            county,
            false,
            null,
            expression,
            target,
            null,
            comparator,
            threshold == null ? null : new BigDecimal(threshold),
            months,
            true,
            "pace-tests",
            null));
  }

  /**
   * 全部工业增加值年均增长7.5% (T-2.3.1-01) in our county: 5% growth in 2016 and in 2017 takes the index (2015
   * = 100) to 110.25; the goal is 100 × 1.075⁵ = 143.563, so from the end of 2017 the three years
   * left need (143.563 / 110.25)^(1/3) − 1 = 9.20% a year. The cumulative growth of 2018 is our
   * enterprises' nominal 增加值 against 上年同期.
   */
  @Nested
  class BelowPace {

    static final String TARGET = "T-2.3.1-01";

    @Test
    void cumulativeGrowthBelowThePaceForThreeMonthsFiresOnceWithTheGrowthAndThePaceAndCloses() {
      WarningRule rule =
          rule("trend", "below_pace", "same(VA) / prev(VA) * 100 - 100", TARGET, null, 3);
      official("VA_ALL_GROWTH", "2016-12", "5", "2017-12", "5");
      double pace = (Math.pow(Math.pow(1.075, 5) / 1.1025, 1.0 / 3) - 1) * 100;
      assertThat(pace).isBetween(9.195, 9.205);

      // 8% in 1–2月 and March: two months below the pace, not yet three
      growth("2018-01/02", "108", "100");
      growth("2018-03", "216", "200");
      assertThat(warnings.evaluate(rule, 2018)).isEmpty();
      // April, the third month below: it fires with April's 8% and the 9.20% needed
      growth("2018-04", "324", "300");
      List<Alert> raised = warnings.evaluate(rule, 2018);
      assertThat(raised).hasSize(1);
      Alert alert = raised.get(0);
      assertThat(alert.subject()).isEqualTo(TARGET);
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.period()).isEqualTo("2018-04");
      assertThat(alert.value()).isEqualByComparingTo("8");
      assertThat(alert.threshold()).isEqualByComparingTo("9.20");

      // May still below: the same alert
      growth("2018-05", "432", "400");
      assertThat(warnings.evaluate(rule, 2018)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .extracting(Alert::period)
          .isEqualTo("2018-05");

      // June at 10% cumulative: above the pace, closed
      growth("2018-06", "550", "500");
      assertThat(warnings.evaluate(rule, 2018)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }

    @Test
    void thePaceOfAYearIsMeasuredFromTheEndOfTheYearBefore() {
      WarningRule rule =
          rule("trend", "below_pace", "same(VA) / prev(VA) * 100 - 100", TARGET, null, 1);
      // 2016 at 10%: from 110 at the end of 2016, four years need (143.563 / 110)^(1/4) − 1 = 6.88%
      official("VA_ALL_GROWTH", "2016-12", "10", "2017-12", "5");
      growth("2017-03", "106", "100");
      List<Alert> raised = warnings.evaluate(rule, 2017);
      assertThat(raised).hasSize(1);
      assertThat(raised.get(0).threshold()).isEqualByComparingTo("6.88");
      assertThat(raised.get(0).value()).isEqualByComparingTo("6");
    }
  }

  @Nested
  class ThePage {

    @Autowired MockMvc mvc;

    @Test
    void anAdministratorChangesAPaceRulesSeverityAndMonthsAndItHasNoThresholdToSet()
        throws Exception {
      WarningRule rule = rule("trend", "below_pace", null, BelowPace.TARGET, null, 3);
      String page =
          mvc.perform(get("/monitoring/" + PLAN + "/warning-rules").with(TestUsers.admin()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      Element row = Jsoup.parse(page).getElementById("rule-" + rule.code());
      assertThat(row.selectFirst("td.condition").text())
          .isEqualTo(BelowPace.TARGET + " 低于完成目标所需增速");
      assertThat(row.select("input[name=threshold]")).isEmpty();
      assertThat(row.select("input[name=months]").val()).isEqualTo("3");

      mvc.perform(
              post("/monitoring/" + PLAN + "/warning-rules/" + rule.id())
                  .param("severity", "severe")
                  .param("threshold", "5")
                  .param("months", "2")
                  .param("enabled", "true")
                  .with(csrf())
                  .with(TestUsers.admin()))
          .andExpect(status().is3xxRedirection());
      WarningRule changed = warnings.rule(PLAN, rule.id()).orElseThrow();
      assertThat(changed.severity()).isEqualTo("severe");
      assertThat(changed.months()).isEqualTo(2);
      assertThat(changed.threshold()).isNull();
    }
  }

  /**
   * Values flagged for review: 本期 more than 50% away from 上年同期. Our enterprise A's 营业收入 doubled and
   * has waited 10 days, B's doubled and has waited 3, C's grew 5% (not flagged) and has waited 20;
   * the rule allows 7 days.
   */
  @Nested
  class UnreviewedFlags {

    @Test
    void flaggedValuesWaitingMoreThanNDaysFireOnceWithHowManyAndTheOldestAndCloseWhenReviewed() {
      WarningRule rule = rule("data_quality", "unreviewed_flags", null, null, "7", 1);
      List<ValueRow> rows = new ArrayList<>();
      add(rows, "REV", OURS.get(0), "2024-06", "ytd", "200", "100");
      add(rows, "REV", OURS.get(1), "2024-06", "ytd", "300", "100");
      add(rows, "REV", OURS.get(2), "2024-06", "ytd", "105", "100");
      importRows(rows, "submitted");
      waited(OURS.get(0), 10);
      waited(OURS.get(1), 3);
      waited(OURS.get(2), 20);

      List<Alert> raised = warnings.evaluate(rule, 2024);
      assertThat(raised).hasSize(1);
      Alert alert = raised.get(0);
      assertThat(alert.regionCode()).isEqualTo(county);
      assertThat(alert.value()).isEqualByComparingTo("1");
      assertThat(alert.threshold()).isEqualByComparingTo("7");
      assertThat(alert.period()).isEqualTo("2024-06");
      assertThat(alert.detail())
          .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10).toString());

      // B has now waited 9 days too: the same alert, with two values
      waited(OURS.get(1), 9);
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .extracting(Alert::value)
          .satisfies(v -> assertThat(v).isEqualByComparingTo("2"));

      // the county approves A and returns B: nothing flagged is left unreviewed
      approvals.approve(
          new ApprovalRequest(
              OURS.get(0), "2024-06", null, ApprovalAction.APPROVE, null, null, "pace-tests"),
          DataScope.region(RegionCode.of(county)));
      approvals.approve(
          new ApprovalRequest(
              OURS.get(1), "2024-06", null, ApprovalAction.RETURN, null, "请核实", "pace-tests"),
          DataScope.region(RegionCode.of(county)));
      assertThat(warnings.evaluate(rule, 2024)).isEmpty();
      assertThat(warnings.alertsOf(rule))
          .singleElement()
          .satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
    }
  }

  private void waited(String unit, int days) {
    jdbc.sql(
            "UPDATE data_value SET updated_at = now() - make_interval(days => :d)"
                + " WHERE reporting_unit = :u")
        .param("d", days)
        .param("u", unit)
        .update();
  }

  /** Our county's own figures of an element (period, value…). */
  private void official(String element, String... periodsAndValues) {
    List<ValueRow> rows = new ArrayList<>();
    for (int i = 0; i < periodsAndValues.length; i += 2) {
      add(rows, element, county, periodsAndValues[i], "ytd", periodsAndValues[i + 1], null);
    }
    assertThat(
            reporting
                .importRows(
                    ImportRequest.official("pace-official.csv", "-", "pace-test"), rows, List.of())
                .errors())
        .isEmpty();
  }

  /** The same 增加值 for each enterprise beside 上年同期, approved. */
  private void growth(String period, String value, String previous) {
    List<ValueRow> rows = new ArrayList<>();
    for (String unit : OURS) {
      add(rows, "VA", unit, period, "ytd", value, previous);
    }
    importRows(rows, "approved");
  }

  private void importRows(List<ValueRow> rows, String status) {
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "pace.csv",
                        "csv",
                        "-",
                        false,
                        "pace-test",
                        "reported",
                        status,
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }
}
