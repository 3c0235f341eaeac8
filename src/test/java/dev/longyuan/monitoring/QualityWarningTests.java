package dev.longyuan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.credit.CreditRecords;
import dev.longyuan.credit.InspectionDraft;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quality safety warnings over the inspections of Sunan county (肃南裕固族自治县, 620721), whose
 * enterprises no other test inspects: two herbal-pieces works (C2730) with 6 inspections in the
 * last 12 months, 2 failed (33.3%), and a food works (C1391) with 4, 1 failed — too few to judge a
 * rate.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityWarningTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String SUNAN = "620721";
  static final LocalDate TODAY = LocalDate.now(DataQualityChecks.ZONE);

  @Autowired QualityChecks checks;
  @Autowired Warnings warnings;
  @Autowired CreditRecords credit;
  @Autowired ReportingService reporting;
  @Autowired JdbcClient jdbc;

  String herbsA;
  String herbsB;
  String food;

  String enterprise(String number, String name, String industry) {
    String code = CreditCode.withCheckCharacter("91" + SUNAN + "83010" + number).value();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                name,
                RegionCode.of(SUNAN),
                IndustryCode.of(industry),
                SizeClass.SMALL,
                "私营",
                false)),
        List.of());
    return code;
  }

  void inspect(String code, String product, int daysAgo, boolean passed) {
    credit.recordInspection(
        new InspectionDraft(
            code,
            product,
            "MX-" + daysAgo,
            passed ? "pass" : "fail",
            passed ? List.of() : List.of("二氧化硫残留量"),
            TODAY.minusDays(daysAgo).toString(),
            "甘肃省市场监督管理局"),
        DataScope.everything(true),
        "test");
  }

  @BeforeAll
  void inspectionsInSunanCounty() {
    jdbc.sql("DELETE FROM credit_inspection WHERE enterprise_code LIKE '91" + SUNAN + "%'")
        .update();
    herbsA = enterprise("0001", "肃南测试当归饮片有限公司", "C2730");
    herbsB = enterprise("0002", "肃南测试黄芪饮片有限公司", "C2730");
    food = enterprise("0003", "肃南测试食品有限公司", "C1391");
    inspect(herbsA, "当归饮片", 10, false);
    inspect(herbsA, "当归饮片", 100, false);
    inspect(herbsA, "当归饮片", 200, true);
    inspect(herbsA, "当归饮片", 400, false); // more than 12 months ago: not counted
    inspect(herbsB, "黄芪饮片", 20, true);
    inspect(herbsB, "黄芪饮片", 30, true);
    inspect(herbsB, "黄芪饮片", 40, true);
    inspect(food, "糕点", 15, false);
    inspect(food, "糕点", 25, true);
    inspect(food, "糕点", 35, true);
    inspect(food, "糕点", 45, true);
  }

  WarningRule rule(String comparator, String threshold) {
    return new WarningRule(
        0,
        "quality-tests",
        PLAN,
        "quality",
        "warning",
        "测试规则",
        "Test rule",
        SUNAN,
        false,
        null,
        null,
        null,
        null,
        comparator,
        new BigDecimal(threshold),
        1,
        true,
        null,
        null);
  }

  @Test
  void aCategoryWhoseFailureRateExceedsTheThresholdIsFoundOverFiveOrMoreInspections() {
    List<Alert.Finding> found = checks.findings(rule("category_failure_rate", "20"), TODAY);
    // C2730: 2 of 6 failed, 33.3%; C1391: 1 of 4, too few inspections to judge
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sector()).isEqualTo("C2730");
              assertThat(f.value()).isEqualByComparingTo("33.3");
              assertThat(f.detail()).contains("6 批次", "不合格 2 批次");
            });
    assertThat(checks.findings(rule("category_failure_rate", "33.3"), TODAY)).isEmpty();
  }

  @Test
  void anEnterpriseWithTheThresholdsNumberOfFailuresIsFound() {
    List<Alert.Finding> found = checks.findings(rule("repeat_failures", "2"), TODAY);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("QE-" + herbsA);
              assertThat(f.regionCode()).isEqualTo(SUNAN);
              assertThat(f.value()).isEqualByComparingTo("2");
              assertThat(f.detail()).contains("肃南测试当归饮片有限公司");
            });
    assertThat(checks.findings(rule("repeat_failures", "1"), TODAY))
        .extracting(Alert.Finding::subject)
        .containsExactly("QE-" + herbsA, "QE-" + food);
  }

  @Test
  void theMigrationSeedsBothRulesForTheProvince() {
    assertThat(warnings.rules(PLAN))
        .filteredOn(r -> r.kind().equals("quality"))
        .extracting(WarningRule::code, WarningRule::threshold)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "quality-category-failure-rate", new BigDecimal("20")),
            org.assertj.core.groups.Tuple.tuple("quality-repeat-failures", new BigDecimal("2")));
  }
}
