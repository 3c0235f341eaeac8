package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicators over three enterprises of 瓜州县 (620922) in 2011, figures a statistician checks by hand:
 * the copper works A (C3311), the textile mill B (C1711), and C, which left the panel.
 */
@PlatformTest
class IndicatorEngineTests {

  static final String A = CreditCode.withCheckCharacter("91620922ENG1NE001").value();
  static final String B = CreditCode.withCheckCharacter("91620922ENG1NE002").value();
  static final String COUNTY = "620922";
  static final DataScope PROVINCE = DataScope.everything(false);

  @Autowired IndicatorEngine engine;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void reportTheYear() {
    reporting.registerEnterprises(
        List.of(enterprise(A, "C3311"), enterprise(B, "C1711")), List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)")
        .param("u", List.of(A, B))
        .update();
    List<ValueRow> rows = new ArrayList<>();
    // R&D against revenue: A spends 10 of 100, B 1 of 1000
    rows.add(row(rows, "RD_EXP", A, "2011", "ytd", "10", null));
    rows.add(row(rows, "RD_EXP", B, "2011", "ytd", "1", null));
    rows.add(row(rows, "REV", A, "2011-12", "ytd", "100", null));
    rows.add(row(rows, "REV", B, "2011-12", "ytd", "1000", null));
    // value added to June: A grew from 100 to 120; B entered the panel this year (no 上年同期)
    rows.add(row(rows, "VA", A, "2011-06", "ytd", "120", "100"));
    rows.add(row(rows, "VA", B, "2011-06", "ytd", "50", null));
    // January–February together
    rows.add(row(rows, "GO", A, "2011-01/02", "current", "30", "25"));
    rows.add(row(rows, "GO", B, "2011-01/02", "current", "20", null));
    // A made a loss, B none
    rows.add(row(rows, "LOSS", A, "2011-12", "ytd", "5", null));
    rows.add(row(rows, "LOSS", B, "2011-12", "ytd", "0", null));
    // the county bureau's own revenue total, which also counts enterprises that do not report here
    rows.add(row(rows, "REV", COUNTY, "2011-12", "ytd", "1500", null));
    ImportOutcome outcome =
        reporting.importRows(
            new ImportRequest(
                "engine.csv",
                "csv",
                "-",
                false,
                "engine-test",
                "reported",
                "approved",
                null,
                DataScope.everything(true)),
            rows,
            List.of());
    assertThat(outcome.errors()).isEmpty();
  }

  static Enterprise enterprise(String code, String industry) {
    return new Enterprise(
        CreditCode.of(code),
        "测试指标企业",
        RegionCode.of(COUNTY),
        IndustryCode.of(industry),
        SizeClass.MEDIUM,
        "私营",
        false);
  }

  static ValueRow row(
      List<ValueRow> rows,
      String element,
      String unit,
      String period,
      String measure,
      String value,
      @Nullable String previous) {
    return new ValueRow(
        rows.size() + 2, null, element, unit, period, measure, value, previous, null);
  }

  IndicatorValue evaluate(
      String definition, @Nullable String sector, String period, String measure) {
    return engine.evaluate(engine.parse(definition), PROVINCE, COUNTY, sector, period, measure);
  }

  @Test
  void aRatioIsTheRatioOfTheSumsNotTheMeanOfTheRatios() {
    IndicatorValue intensity = evaluate("sum(RD_EXP) / sum(REV) * 100", null, "2011", "ytd");

    // (10 + 1) / (100 + 1000) × 100 = 1, where the mean of 10% and 0.1% would be 5.05
    assertThat(intensity.value()).isEqualByComparingTo("1");
    assertThat(intensity.figures())
        .extracting(
            AggregateFigure::aggregate,
            AggregateFigure::period,
            AggregateFigure::units,
            f -> f.value().stripTrailingZeros().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sum(RD_EXP)", "2011", 2L, "11"),
            org.assertj.core.groups.Tuple.tuple("sum(REV)", "2011-12", 2L, "1100"));
  }

  @Test
  void growthIsOnTheComparableBaseOfTheUnitsReportingBothYears() {
    IndicatorValue growth = evaluate("same(VA) / prev(VA) * 100 - 100", null, "2011-06", "ytd");

    // only A reports both: 120 / 100 − 1 = 20%; B's 50 has no base and stays out
    assertThat(growth.value()).isEqualByComparingTo("20");
    assertThat(growth.figures()).allSatisfy(f -> assertThat(f.units()).isEqualTo(1));
    assertThat(evaluate("sum(VA)", null, "2011-06", "ytd").value()).isEqualByComparingTo("170");
  }

  @Test
  void januaryAndFebruaryAreOnePeriod() {
    assertThat(evaluate("sum(GO)", null, "2011-01/02", "current").value())
        .isEqualByComparingTo("50");
  }

  @Test
  void theShareOfLossMakersCountsEnterprises() {
    assertThat(evaluate("countif(LOSS > 0) / count(REV) * 100", null, "2011", "ytd").value())
        .isEqualByComparingTo("50");
  }

  @Test
  void aSectorNarrowsToItsIndustryCodes() {
    assertThat(evaluate("sum(REV)", "C33", "2011", "ytd").value()).isEqualByComparingTo("100");
    assertThat(evaluate("sum(REV)", "C17", "2011", "ytd").value()).isEqualByComparingTo("1000");
  }

  @Test
  void missingDataGivesNoValueNeverZero() {
    assertThat(evaluate("sum(WATER)", null, "2011", "ytd").value()).isNull();
    assertThat(evaluate("sum(VA) / sum(WATER)", null, "2011", "ytd").value()).isNull();
    IndicatorValue monthly = evaluate("sum(RD_EXP)", null, "2011-06", "ytd");
    assertThat(monthly.value()).as("a yearly element has no monthly value").isNull();
    assertThat(monthly.figures().get(0).period()).isNull();
  }

  @Test
  void valuesNotYetApprovedDoNotCount() {
    List<ValueRow> rows = new ArrayList<>();
    rows.add(row(rows, "REV", A, "2011-11", "ytd", "90", null));
    reporting.importRows(
        ImportRequest.reported(
            "pending.csv", "csv", "-", false, "engine-test", DataScope.everything(true)),
        rows,
        List.of());

    assertThat(evaluate("sum(REV)", null, "2011-11", "ytd").value()).isNull();
  }

  @Test
  void computesEveryRegionAndSectorAtOnceAsEachOneAlone() {
    IndicatorExpression intensity = engine.parse("sum(RD_EXP) / sum(REV) * 100");
    IndicatorTable table =
        engine.evaluateAll(
            intensity,
            PROVINCE,
            List.of("2011", "2012"),
            "ytd",
            java.util.Map.of("C33", List.of("C33"), "C17", List.of("C17")));

    assertThat(table.rows())
        .filteredOn(r -> r.regionCode().equals(COUNTY) && r.period().equals("2011"))
        .extracting(
            r -> r.sector() == null ? "all" : r.sector(),
            r -> r.value().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("all", "1"),
            org.assertj.core.groups.Tuple.tuple("C17", "0.1"),
            org.assertj.core.groups.Tuple.tuple("C33", "10"));
    // every cell of the county and its city is what the one-by-one computation gives
    java.util.Map<String, List<String>> periodsOf =
        java.util.Map.of(
            "sum(RD_EXP) / sum(REV) * 100", List.of("2011", "2012"),
            "countif(LOSS > 0) / count(REV) * 100", List.of("2011", "2012"),
            "same(VA) / prev(VA) * 100 - 100", List.of("2011-05", "2011-06"));
    for (String definition : periodsOf.keySet()) {
      IndicatorExpression expression = engine.parse(definition);
      IndicatorTable all =
          engine.evaluateAll(
              expression,
              PROVINCE,
              periodsOf.get(definition),
              "ytd",
              java.util.Map.of("C33", List.of("C33"), "C17", List.of("C17")));
      assertThat(all.rows()).as(definition).anyMatch(r -> r.regionCode().equals(COUNTY));
      for (IndicatorTable.Row row : all.rows()) {
        if (row.regionCode().startsWith("6209")) {
          BigDecimal alone =
              engine
                  .evaluate(
                      expression, PROVINCE, row.regionCode(), row.sector(), row.period(), "ytd")
                  .value();
          if (alone == null) {
            assertThat(row.value()).as(definition + " " + row).isNull();
          } else {
            assertThat(row.value()).as(definition + " " + row).isEqualByComparingTo(alone);
          }
        }
      }
    }
  }

  @Test
  void aQuarterIsTheYearToDateAtItsLastMonth() {
    // 上半年: A 120 on 100, B 50 without 上年同期
    assertThat(
            engine
                .evaluate(engine.parse("sum(VA)"), PROVINCE, COUNTY, null, "2011-Q2", "ytd")
                .value())
        .isEqualByComparingTo("170");
    assertThat(
            engine
                .evaluate(
                    engine.parse("same(VA) / prev(VA) * 100 - 100"),
                    PROVINCE,
                    COUNTY,
                    null,
                    "2011-Q2",
                    "ytd")
                .value())
        .isEqualByComparingTo("20");
    assertThat(
            engine
                .evaluateAll(
                    engine.parse("sum(VA)"),
                    PROVINCE,
                    List.of("2011-Q2"),
                    "ytd",
                    java.util.Map.of())
                .rows())
        .filteredOn(r -> r.regionCode().equals(COUNTY))
        .singleElement()
        .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("170"));
    assertThatThrownBy(
            () ->
                engine.evaluate(
                    engine.parse("sum(VA)"), PROVINCE, COUNTY, null, "2011-Q2", "current"))
        .isInstanceOf(AnalyticsRefused.class)
        .hasMessageContaining("measure=ytd");
  }

  @Test
  void anEnterpriseUnderTwoPrefixesOfOneSectorCountsOnceInIt() {
    IndicatorTable table =
        engine.evaluateAll(
            engine.parse("sum(RD_EXP)"),
            PROVINCE,
            List.of("2011"),
            "ytd",
            java.util.Map.of("metals", List.of("C33", "C3311")));

    // A (C3311) spent 10, under both prefixes
    assertThat(table.rows())
        .filteredOn(r -> r.regionCode().equals(COUNTY) && "metals".equals(r.sector()))
        .singleElement()
        .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("10"));
  }

  @Test
  void theRegionsOwnFigureStandsBesideItsEnterprisesSum() {
    Reconciliation revenue = engine.reconcile(PROVINCE, "REV", COUNTY, "2011-12", "ytd");

    // the county's 1500 against A's 100 and B's 1000: 400 not accounted for, 73.3% covered
    assertThat(revenue.regionFigure()).isEqualByComparingTo("1500");
    assertThat(revenue.enterpriseSum()).isEqualByComparingTo("1100");
    assertThat(revenue.enterprises()).isEqualTo(2);
    assertThat(revenue.difference()).isEqualByComparingTo("400");
    assertThat(revenue.coveragePercent()).isEqualByComparingTo("73.3");
    assertThat(revenue.authoritative()).isEqualTo("region");
    Reconciliation output = engine.reconcile(PROVINCE, "GO", COUNTY, "2011-01/02", "current");
    assertThat(output.regionFigure()).isNull();
    assertThat(output.authoritative()).isEqualTo("enterprises");
    assertThatThrownBy(() -> engine.reconcile(PROVINCE, "PPI", COUNTY, "2011-06", "current"))
        .hasMessageContaining("not an element that adds up");
  }

  @Test
  void aCityUserComputesOnlyItsOwnRegions() {
    DataScope lanzhou = DataScope.region(RegionCode.of("620100"));
    assertThatThrownBy(
            () -> engine.evaluate(engine.parse("sum(REV)"), lanzhou, COUNTY, null, "2011", "ytd"))
        .isInstanceOfSatisfying(
            AnalyticsRefused.class, r -> assertThat(r.code()).isEqualTo("scope.outside"));
  }

  @Test
  void refusesADefinitionItCannotReadSayingWhere() {
    assertThatThrownBy(() -> engine.parse("sum(RD) / sum(REV)"))
        .hasMessageContaining("unknown data element “RD”");
    assertThatThrownBy(() -> engine.parse("sum(VA) / avg(VA)"))
        .hasMessageContaining("column 11")
        .hasMessageContaining("avg");
    assertThatThrownBy(() -> engine.parse("sum(VA) * (2"))
        .isInstanceOfSatisfying(
            AnalyticsRefused.class, r -> assertThat(r.messageZh()).contains("第 13 列处应为“)”"));
  }
}
