package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.plan.Attribute;
import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every kind of target judged on figures worked out by hand, base year 2015, target year 2020. */
class TargetMeasureTests {

  @Test
  void averageAnnualGrowthChainsTheYearlyRatesIntoAnIndexAgainstTheCompoundedTarget() {
    Target growth = target(TargetKind.AVERAGE_ANNUAL_GROWTH, "7.5", null, "%", Comparator.ABOUT);

    // 2015 = 100; ×1.07 = 107; ×1.08 = 115.56; ×1.06 = 122.4936
    JudgedSeries judged =
        TargetMeasure.judge(growth, Map.of(2016, 7.0, 2017, 8.0, 2018, 6.0), Map.of(), null, 2018);

    assertThat(judged.values())
        .usingElementComparator(TargetMeasureTests::toNineDecimals)
        .containsExactly(100.0, 107.0, 115.56, 122.4936);
    assertThat(judged.goal()).isCloseTo(143.5629326, within(1e-6)); // 100 × 1.075⁵
    ProgressAssessment progress = progress(judged, growth);
    // observed (1.224936)^(1/3) − 1 = 6.997% a year against the 7.5% required
    assertThat(progress.cagrObserved()).isCloseTo(0.0699688, within(1e-6));
    assertThat(progress.cagrRequired()).isCloseTo(0.075, within(1e-9));
    assertThat(progress.ratio()).isCloseTo(0.932918, within(1e-6));
    assertThat(progress.label()).isEqualTo(ProgressLabel.PROGRESS_NEEDS_ACCELERATION);
  }

  @Test
  void aMissingYearlyRateBreaksTheIndexAndSaysWhichYear() {
    Target growth = target(TargetKind.AVERAGE_ANNUAL_GROWTH, "7.5", null, "%", Comparator.ABOUT);

    JudgedSeries judged = TargetMeasure.judge(growth, Map.of(2020, 6.5), Map.of(), null, 2020);

    assertThat(judged.values()).containsExactly(100.0, null, null, null, null, null);
    assertThat(judged.notes())
        .extracting(AssessmentNote::zh)
        .containsExactly("2016、2017、2018、2019年增速缺失，此后的累计指数无法连乘得出");
    assertThat(progress(judged, growth).label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
  }

  @Test
  void aChangeInPerCentAgainstTheBaseYearIsJudgedOnLevelsFromThePlansBaseValue() {
    Target water =
        target(TargetKind.CHANGE_VS_BASE, "23", null, "%", Comparator.AT_LEAST, false, null);

    // published: 2020 is 56% below 2015; the plan gives 69 m³ per 10,000 yuan for 2015
    JudgedSeries judged = TargetMeasure.judge(water, Map.of(), Map.of(2020, -56.0), 69.0, 2020);

    assertThat(judged.valueIn(2015)).isEqualTo(69.0);
    assertThat(judged.valueIn(2020)).isCloseTo(30.36, within(1e-9)); // 69 × 0.44
    assertThat(judged.goal()).isCloseTo(53.13, within(1e-9)); // 69 × 0.77
    assertThat(progress(judged, water).label()).isEqualTo(ProgressLabel.TARGET_ACHIEVED);
    assertThat(judged.notes()).extracting(AssessmentNote::zh).hasSize(2);
  }

  @Test
  void aChangeInPointsAddsThePointsToTheBaseValue() {
    Target quality =
        target(TargetKind.CHANGE_VS_BASE, "2.2", null, "百分点", Comparator.AT_LEAST, true, null);

    JudgedSeries judged =
        TargetMeasure.judge(quality, Map.of(2015, 80.3, 2017, 81.2), Map.of(), 99.0, 2017);

    assertThat(judged.goal()).isCloseTo(82.5, within(1e-9)); // 80.3 + 2.2, not the plan's 99
    ProgressAssessment progress = progress(judged, quality);
    // (81.2/80.3)^(1/2) − 1 = 0.5588% against (82.5/80.3)^(1/5) − 1 = 0.5420%
    assertThat(progress.ratio()).isCloseTo(1.030994, within(1e-6));
    assertThat(progress.label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void aChangeWithoutABaseValueCannotBeJudged() {
    Target quality =
        target(TargetKind.CHANGE_VS_BASE, "2.2", null, "百分点", Comparator.AT_LEAST, true, null);

    JudgedSeries judged = TargetMeasure.judge(quality, Map.of(2017, 81.2), Map.of(), null, 2017);

    assertThat(judged.unassessable()).isNotNull();
    assertThat(judged.unassessable().en()).contains("no base-year value for 2015");
  }

  @Test
  void aCountOfAStockIsJudgedOnTheCountsThemselves() {
    Target certified =
        target(
            TargetKind.CUMULATIVE_COUNT,
            "800",
            null,
            "户",
            Comparator.AT_LEAST,
            true,
            CountBasis.STOCK);

    JudgedSeries judged =
        TargetMeasure.judge(certified, Map.of(2015, 100.0, 2017, 300.0), Map.of(), null, 2017);

    ProgressAssessment progress = progress(judged, certified);
    // (300/100)^(1/2) − 1 = 73.2% against 8^(1/5) − 1 = 51.6%
    assertThat(progress.ratio()).isCloseTo(1.419483, within(1e-6));
    assertThat(progress.label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void additionsAreSummedFromZeroAndJudgedByTheirPaceAlongAStraightPath() {
    Target solved =
        target(
            TargetKind.CUMULATIVE_COUNT,
            "100",
            null,
            "项",
            Comparator.AT_LEAST,
            true,
            CountBasis.ADDITIONS);

    JudgedSeries judged =
        TargetMeasure.judge(solved, Map.of(2016, 10.0, 2017, 15.0), Map.of(), null, 2017);

    assertThat(judged.values()).containsExactly(0.0, 10.0, 25.0);
    ProgressAssessment progress = PaceMeasure.assess(judged, 2020, ProgressThresholds.FOR_TARGET);
    // by 2017 a straight path to 100 in 2020 has 40; 25 / 40 = 0.625
    assertThat(progress.method()).isEqualTo(3);
    assertThat(progress.ratio()).isCloseTo(0.625, within(1e-12));
    assertThat(progress.label()).isEqualTo(ProgressLabel.PROGRESS_NEEDS_ACCELERATION);
  }

  @Test
  void additionsThatReachTheTargetAchieveIt() {
    Target solved =
        target(
            TargetKind.CUMULATIVE_COUNT,
            "100",
            null,
            "项",
            Comparator.AT_LEAST,
            true,
            CountBasis.ADDITIONS);

    JudgedSeries judged =
        TargetMeasure.judge(
            solved, Map.of(2016, 40.0, 2017, 35.0, 2018, 30.0), Map.of(), null, 2018);

    assertThat(PaceMeasure.assess(judged, 2020, ProgressThresholds.FOR_TARGET).label())
        .isEqualTo(ProgressLabel.TARGET_ACHIEVED);
  }

  @Test
  void aRangeIsJudgedAgainstItsNearEndAndAValueBeyondTheFarEndIsNoted() {
    Target parks =
        target(
            TargetKind.CUMULATIVE_COUNT, "4", "6", "个", Comparator.RANGE, true, CountBasis.STOCK);

    JudgedSeries judged =
        TargetMeasure.judge(parks, Map.of(2015, 1.0, 2018, 7.0), Map.of(), null, 2018);

    assertThat(judged.goal()).isEqualTo(4.0);
    assertThat(progress(judged, parks).label()).isEqualTo(ProgressLabel.TARGET_ACHIEVED);
    assertThat(judged.notes())
        .extracting(AssessmentNote::en)
        .containsExactly(
            "a range is judged against its lower end",
            "the latest value lies beyond the range's upper end");
  }

  @Test
  void aLevelIsJudgedOnItsValues() {
    Target rd = target(TargetKind.LEVEL, "1", null, "%", Comparator.AT_LEAST, true, null);

    JudgedSeries judged =
        TargetMeasure.judge(rd, Map.of(2015, 0.6, 2017, 0.7), Map.of(), 0.5, 2017);

    assertThat(judged.values()).containsExactly(0.6, null, 0.7);
    // (0.7/0.6)^(1/2) − 1 = 8.012% against (1/0.6)^(1/5) − 1 = 10.76%
    assertThat(progress(judged, rd).ratio()).isCloseTo(0.744875, within(1e-6));
  }

  private static int toNineDecimals(Double a, Double b) {
    return Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);
  }

  private static ProgressAssessment progress(JudgedSeries judged, Target target) {
    return ProgressMeasure.assess(
        new ProgressSeries(
            judged.years(),
            judged.values(),
            judged.higherIsBetter(),
            judged.goal(),
            target.targetYear(),
            target.baseYear(),
            null));
  }

  private static Target target(
      TargetKind kind, String value, @Nullable String max, String unit, Comparator comparator) {
    return target(kind, value, max, unit, comparator, true, null);
  }

  private static Target target(
      TargetKind kind,
      String value,
      @Nullable String max,
      String unit,
      Comparator comparator,
      boolean higher,
      @Nullable CountBasis basis) {
    return new Target(
        "T-test",
        "测试目标",
        "test target",
        new BigDecimal(value),
        max == null ? null : new BigDecimal(max),
        unit,
        comparator,
        kind,
        basis,
        2015,
        2020,
        Attribute.EXPECTED,
        higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
        null,
        null,
        null,
        List.of(),
        List.of(),
        "2.3",
        "测试",
        null);
  }
}
