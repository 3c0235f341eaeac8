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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real growth and values at 2015 prices in 敦煌市 (620982), worked out by hand: the metal works A
 * (C3311, division C33), the textile mill B (C1711, C17), for which the province publishes an index
 * only some periods, and C (C3011, C30), which entered the panel in 2017 and has no index of its
 * own. The province (620000) reports, 上年同期=100:
 *
 * <pre>
 *              2016-12 累计  2017-01/02 累计  2017-06 累计  2017-06 当月  2017-09 累计  2017-12 累计
 *   PPI_C33       95           112             108          109          107          110
 *   PPI_C17      102            99              —            —            —            —
 *   PPI           98           105             104          103           —           106
 * </pre>
 */
@PlatformTest
class DeflatorTests {

  static final String A = CreditCode.withCheckCharacter("91620982DEF1ATR01").value();
  static final String B = CreditCode.withCheckCharacter("91620982DEF1ATR02").value();
  static final String C = CreditCode.withCheckCharacter("91620982DEF1ATR03").value();
  static final String COUNTY = "620982";
  static final String CITY = "620900";
  static final String PROVINCE_CODE = "620000";
  static final DataScope PROVINCE = DataScope.everything(false);

  static final String REAL_GROWTH = "real(VA) / prev(VA) * 100 - 100";

  @Autowired IndicatorEngine engine;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void reportValuesAndPrices() {
    reporting.registerEnterprises(
        List.of(enterprise(A, "C3311"), enterprise(B, "C1711"), enterprise(C, "C3011")), List.of());
    jdbc.sql(
            """
            DELETE FROM data_value
             WHERE reporting_unit IN (:units)
                OR (reporting_unit = :province AND data_element LIKE 'PPI%'
                    AND left(period, 4) IN ('2015', '2016', '2017'))""")
        .param("units", List.of(A, B, C))
        .param("province", PROVINCE_CODE)
        .update();
    List<ValueRow> rows = new ArrayList<>();
    // value added, 万元: the year (December 累计), 1–2月, June and September
    rows.add(row(rows, "VA", A, "2015-12", "ytd", "1000", null));
    rows.add(row(rows, "VA", B, "2015-12", "ytd", "500", null));
    rows.add(row(rows, "VA", A, "2016-12", "ytd", "1100", "1000"));
    rows.add(row(rows, "VA", B, "2016-12", "ytd", "520", "500"));
    rows.add(row(rows, "VA", A, "2017-12", "ytd", "1300", "1100"));
    rows.add(row(rows, "VA", B, "2017-12", "ytd", "600", "520"));
    rows.add(row(rows, "VA", A, "2017-01/02", "ytd", "70", "60"));
    rows.add(row(rows, "VA", B, "2017-01/02", "ytd", "40", "45"));
    rows.add(row(rows, "VA", A, "2017-06", "ytd", "240", "200"));
    rows.add(row(rows, "VA", B, "2017-06", "ytd", "150", "120"));
    rows.add(row(rows, "VA", C, "2017-06", "ytd", "80", null));
    rows.add(row(rows, "VA", A, "2017-06", "current", "45", "40"));
    rows.add(row(rows, "VA", A, "2017-09", "ytd", "360", "300"));
    rows.add(row(rows, "VA", B, "2017-09", "ytd", "220", "200"));
    // water, 万立方米, a yearly element
    rows.add(row(rows, "WATER", A, "2017", "ytd", "50", null));
    rows.add(row(rows, "WATER", B, "2017", "ytd", "30", null));
    // the province's ex-factory price indices, as in the table above
    price(rows, "PPI_C33", "2016-12", "ytd", "95");
    price(rows, "PPI_C33", "2017-01/02", "ytd", "112");
    price(rows, "PPI_C33", "2017-06", "ytd", "108");
    price(rows, "PPI_C33", "2017-06", "current", "109");
    price(rows, "PPI_C33", "2017-09", "ytd", "107");
    price(rows, "PPI_C33", "2017-12", "ytd", "110");
    price(rows, "PPI_C17", "2016-12", "ytd", "102");
    price(rows, "PPI_C17", "2017-01/02", "ytd", "99");
    price(rows, "PPI", "2016-12", "ytd", "98");
    price(rows, "PPI", "2017-01/02", "ytd", "105");
    price(rows, "PPI", "2017-06", "ytd", "104");
    price(rows, "PPI", "2017-06", "current", "103");
    price(rows, "PPI", "2017-12", "ytd", "106");
    ImportOutcome outcome =
        reporting.importRows(
            new ImportRequest(
                "deflator.csv",
                "csv",
                "-",
                false,
                "deflator-test",
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
        "测试缩减企业",
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

  static void price(List<ValueRow> rows, String index, String period, String measure, String v) {
    rows.add(row(rows, index, PROVINCE_CODE, period, measure, v, null));
  }

  IndicatorValue evaluate(String definition, String period, String measure) {
    return engine.evaluate(engine.parse(definition), PROVINCE, COUNTY, null, period, measure);
  }

  static String fourDecimals(@Nullable BigDecimal value) {
    assertThat(value).isNotNull();
    return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  static AggregateFigure figure(IndicatorValue value, String aggregate) {
    return value.figures().stream()
        .filter(f -> f.aggregate().equals(aggregate))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class RealGrowth {

    @Test
    void deflatesEachUnitByItsDivisionsIndexOrTheAllIndustryOne() {
      IndicatorValue growth = evaluate(REAL_GROWTH, "2017-06", "ytd");

      // A by C33's 108, B (no C17 index for June) by all industry's 104; C has no 上年同期 and
      // stays out: 240 / 1.08 + 150 / 1.04 = 222.2222 + 144.2308 = 366.4530 against 200 + 120
      assertThat(fourDecimals(figure(growth, "real(VA)").value())).isEqualTo("366.4530");
      assertThat(figure(growth, "real(VA)").units()).isEqualTo(2);
      assertThat(figure(growth, "real(VA)").reasonEn()).isNull();
      // 366.4530 / 320 × 100 − 100, where the growth at current prices is 390 / 320 → 21.875%
      assertThat(fourDecimals(growth.value())).isEqualTo("14.5166");
      assertThat(
              fourDecimals(evaluate("same(VA) / prev(VA) * 100 - 100", "2017-06", "ytd").value()))
          .isEqualTo("21.8750");
    }

    @Test
    void aYearTakesTheDecemberYearToDateIndex() {
      // 1300 / 1.10 + 600 / 1.06 = 1181.8182 + 566.0377 = 1747.8559 against 1100 + 520 = 1620
      assertThat(fourDecimals(evaluate(REAL_GROWTH, "2017", "ytd").value())).isEqualTo("7.8923");
    }

    @Test
    void theCurrentMonthTakesTheCurrentMonthsIndex() {
      // only A reports June alone: 45 / 1.09 = 41.2844 against 40
      IndicatorValue growth = evaluate(REAL_GROWTH, "2017-06", "current");

      assertThat(fourDecimals(figure(growth, "real(VA)").value())).isEqualTo("41.2844");
      assertThat(fourDecimals(growth.value())).isEqualTo("3.2110");
    }

    @Test
    void januaryAndFebruaryAreDeflatedTogether() {
      // both divisions have an index for 1–2月: 70 / 1.12 + 40 / 0.99 = 62.5 + 40.4040 against 105
      IndicatorValue growth = evaluate(REAL_GROWTH, "2017-01/02", "ytd");

      assertThat(fourDecimals(figure(growth, "real(VA)").value())).isEqualTo("102.9040");
      assertThat(fourDecimals(growth.value())).isEqualTo("-1.9962");
    }

    @Test
    void aUnitWithoutAnyIndexLeavesNoValueNotAPartlyDeflatedSum() {
      // September: C33 has its 107, but neither C17 nor all industry has an index for B
      IndicatorValue growth = evaluate(REAL_GROWTH, "2017-09", "ytd");

      assertThat(growth.value()).isNull();
      AggregateFigure real = figure(growth, "real(VA)");
      assertThat(real.value()).isNull();
      assertThat(real.units()).isEqualTo(2);
      assertThat(real.reasonEn())
          .isEqualTo(
              "no ex-factory price index for 1 of the 2 units: 620000 reports neither their"
                  + " division's nor the all-industry ytd index (C17 2017-09); a sum deflated only"
                  + " in part is not given");
      assertThat(real.reasonZh()).startsWith("2 家企业中有 1 家没有出厂价格指数").contains("累计指数（C17 2017-09）");
      assertThat(figure(growth, "prev(VA)").value()).isEqualByComparingTo("500");
    }
  }

  @Nested
  class ConstantPrices {

    @Test
    void chainsTheYearlyIndicesFromTheBaseYear() {
      // 2015 as reported; 2016: 1100 / 0.95 + 520 / 1.02; 2017: C33 0.95 × 1.10 = 1.045 and C17
      // 1.02 (its own 2016) × 1.06 (all industry's 2017, C17 having none) = 1.0812
      List<IndicatorValue> years =
          engine.evaluate(
              engine.parse("constant(VA, 2015)"),
              PROVINCE,
              COUNTY,
              null,
              List.of("2015", "2016", "2017"),
              "ytd");

      assertThat(years)
          .extracting(v -> fourDecimals(v.value()))
          .containsExactly("1500.0000", "1667.6987", "1798.9581");
      assertThat(years.get(2).figures().get(0).aggregate()).isEqualTo("constant(VA, 2015)");
      assertThat(years.get(2).figures().get(0).period()).isEqualTo("2017-12");
    }

    @Test
    void givesAnIntensityAtBaseYearPrices() {
      // (50 + 30) 万立方米 × 10000 / 1798.9581 万元 at 2015 prices: m³ per 万元
      assertThat(
              fourDecimals(
                  evaluate("sum(WATER) * 10000 / constant(VA, 2015)", "2017", "ytd").value()))
          .isEqualTo("444.7019");
    }

    @Test
    void aMonthChainsTheCompleteYearsAndItsYearToDateIndex() {
      // A 240 / (0.95 × 1.08) + B 150 / (1.02 × 1.04) + C, all industry's both years,
      // 80 / (0.98 × 1.04) = 233.91813 + 141.40271 + 78.49294 = 453.81378
      assertThat(fourDecimals(evaluate("constant(VA, 2015)", "2017-06", "ytd").value()))
          .isEqualTo("453.8138");
    }

    @Test
    void januaryAndFebruaryChainToo() {
      // 70 / (0.95 × 1.12) + 40 / (1.02 × 0.99) = 65.7895 + 39.6118
      assertThat(fourDecimals(evaluate("constant(VA, 2015)", "2017-01/02", "ytd").value()))
          .isEqualTo("105.4013");
    }

    @Test
    void aMissingIndexInAnyYearOfTheChainLeavesNoValue() {
      IndicatorValue september = evaluate("constant(VA, 2015)", "2017-09", "ytd");

      assertThat(september.value()).isNull();
      assertThat(september.figures().get(0).reasonEn()).contains("C17 2017-09");
    }

    @Test
    void aPeriodBeforeTheBaseYearHasNoValueAndSaysWhy() {
      IndicatorValue before = evaluate("constant(VA, 2016)", "2015", "ytd");

      assertThat(before.value()).isNull();
      assertThat(before.figures().get(0).reasonZh()).contains("基年之前");
      assertThat(before.figures().get(0).reasonEn()).contains("before that base year");
    }
  }

  @Test
  void computingEverywhereAtOnceGivesWhatEachComputationAloneGives() {
    record Case(String definition, List<String> periods, String measure) {}
    List<Case> cases =
        List.of(
            new Case(REAL_GROWTH, List.of("2017-01/02", "2017-06", "2017-09"), "ytd"),
            new Case(REAL_GROWTH, List.of("2017-06"), "current"),
            new Case("real(VA)", List.of("2016", "2017"), "ytd"),
            new Case("constant(VA, 2015)", List.of("2015", "2016", "2017"), "ytd"),
            new Case("constant(VA, 2016)", List.of("2015", "2016", "2017"), "ytd"),
            new Case("constant(VA, 2015)", List.of("2017-01/02", "2017-06", "2017-09"), "ytd"),
            new Case("sum(WATER) * 10000 / constant(VA, 2015)", List.of("2017"), "ytd"));
    Map<String, List<String>> sectors = Map.of("C33", List.of("C33"), "C17", List.of("C17"));
    int compared = 0;
    for (Case c : cases) {
      IndicatorExpression expression = engine.parse(c.definition());
      IndicatorTable all =
          engine.evaluateAll(expression, PROVINCE, c.periods(), c.measure(), sectors);
      for (IndicatorTable.Row row : all.rows()) {
        if (!List.of(COUNTY, CITY, PROVINCE_CODE).contains(row.regionCode())) {
          continue;
        }
        BigDecimal alone =
            engine
                .evaluate(
                    expression, PROVINCE, row.regionCode(), row.sector(), row.period(), c.measure())
                .value();
        String what = c.definition() + " " + row;
        if (alone == null) {
          assertThat(row.value()).as(what).isNull();
        } else {
          assertThat(row.value()).as(what).isNotNull();
          // the copy divides in double precision: equal to 12 significant digits
          BigDecimal tolerance = alone.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-12"));
          assertThat(row.value().subtract(alone).abs()).as(what).isLessThanOrEqualTo(tolerance);
          compared++;
        }
      }
    }
    assertThat(compared).as("cells with a value compared").isGreaterThan(20);
    IndicatorTable growth =
        engine.evaluateAll(
            engine.parse(REAL_GROWTH), PROVINCE, List.of("2017-06", "2017-09"), "ytd", Map.of());
    assertThat(growth.rows())
        .filteredOn(r -> r.regionCode().equals(COUNTY))
        .extracting(
            IndicatorTable.Row::period, r -> r.value() == null ? "none" : fourDecimals(r.value()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2017-06", "14.5166"),
            org.assertj.core.groups.Tuple.tuple("2017-09", "none"));
  }

  @Test
  void deflatesOnlyValuesAtCurrentPricesAndNeedsTheBaseYear() {
    assertThatThrownBy(() -> engine.parse("real(ENERGY)"))
        .isInstanceOfSatisfying(
            AnalyticsRefused.class,
            r -> {
              assertThat(r.code()).isEqualTo("definition.invalid");
              assertThat(r.messageZh()).contains("“ENERGY”不是价值量");
            });
    assertThatThrownBy(() -> engine.parse("real(PPI) / 100"))
        .hasMessageContaining("“PPI” is not one");
    assertThatThrownBy(() -> engine.parse("constant(VA)")).hasMessageContaining("expected “,”");
    assertThatThrownBy(() -> engine.parse("constant(VA, 15)"))
        .hasMessageContaining("base year (four digits) at column 14");
    assertThat(engine.parse("constant(VA, 2015)").aggregates().get(0).baseYear()).isEqualTo(2015);
  }
}
