package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The progress measure on series a statistician can check with a calculator. */
class ProgressMeasureTests {

  static ProgressSeries series(
      boolean higherIsBetter,
      @Nullable Double target,
      int targetYear,
      int baseYear,
      int firstYear,
      @Nullable Double... values) {
    List<Integer> years = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      years.add(firstYear + i);
    }
    return new ProgressSeries(
        years, Arrays.asList(values), higherIsBetter, target, targetYear, baseYear, null);
  }

  @Test
  void comparesObservedWithRequiredGrowth() {
    // 100 in 2015 to 121 in 2018: 6.56% a year; 150 by 2020 needs 8.45% a year; ratio 0.777
    ProgressAssessment a =
        ProgressMeasure.assess(series(true, 150.0, 2020, 2015, 2015, 100.0, 105.0, 112.0, 121.0));

    assertThat(a.method()).isEqualTo(2);
    assertThat(a.baseYear()).isEqualTo(2015);
    assertThat(a.currentYear()).isEqualTo(2018);
    assertThat(a.cagrObserved()).isCloseTo(0.0656022367666107, within(1e-12));
    assertThat(a.cagrRequired()).isCloseTo(0.08447177119769855, within(1e-12));
    assertThat(a.ratio()).isCloseTo(0.7766172750548179, within(1e-12));
    assertThat(a.progressValue()).isCloseTo(0.7766172750548179, within(1e-12));
    assertThat(a.label()).isEqualTo(ProgressLabel.PROGRESS_NEEDS_ACCELERATION);
  }

  @Test
  void aFallingIndicatorFallingFasterThanRequiredIsOnTrack() {
    // energy per unit of output: 1.00 to 0.90 in three years against 0.85 by 2020
    ProgressAssessment a =
        ProgressMeasure.assess(series(false, 0.85, 2020, 2015, 2015, 1.0, null, null, 0.9));

    // both growths negative: their ratio is positive, as the reference divides them
    assertThat(a.ratio()).isCloseTo(1.0790901908213284, within(1e-12));
    assertThat(a.progressValue()).isCloseTo(1.0790901908213284, within(1e-12));
    assertThat(a.label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void aTargetReachedIsAchievedWhateverTheTrend() {
    ProgressAssessment a =
        ProgressMeasure.assess(series(true, 110.0, 2020, 2015, 2015, 100.0, 120.0, 111.0));

    assertThat(a.label()).isEqualTo(ProgressLabel.TARGET_ACHIEVED);
    assertThat(ProgressMeasure.assess(series(true, 110.0, 2020, 2015, 2018, 112.0)).label())
        .as("a single year is not judged, as in the reference, even where it meets the target")
        .isEqualTo(ProgressLabel.NOT_ASSESSABLE);
  }

  @Test
  void aZeroTargetIsTakenAsOneThousandth() {
    // 10 to 5 in three years against 0 (taken as 0.001) by 2020: ratio 0.245
    ProgressAssessment a =
        ProgressMeasure.assess(series(false, 0.0, 2020, 2015, 2015, 10.0, 8.0, 6.0, 5.0));

    assertThat(a.cagrRequired()).isCloseTo(-0.8415106807538887, within(1e-12));
    assertThat(a.progressValue()).isCloseTo(0.24515372024878115, within(1e-12));
    assertThat(a.label()).isEqualTo(ProgressLabel.LIMITED_PROGRESS);
  }

  @Test
  void aMissingBaseYearGivesWayToTheNextYearWithAValue() {
    // nothing for 2015: 2016's 104 is the base; 110 in 2018 is 2.84% a year, without a target
    ProgressAssessment a =
        ProgressMeasure.assess(series(true, null, 2020, 2015, 2015, null, 104.0, 107.0, 110.0));

    assertThat(a.method()).isEqualTo(1);
    assertThat(a.baseYear()).isEqualTo(2016);
    assertThat(a.progressValue()).isCloseTo(0.028441689009302884, within(1e-12));
    assertThat(a.label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void withoutATargetTheTrendIsComparedWithOnePointFivePercent() {
    ProgressAssessment a =
        ProgressMeasure.assess(series(true, null, 2020, 2015, 2015, 100.0, null, 103.0));

    assertThat(a.progressValue()).isCloseTo(0.014889156509221957, within(1e-12));
    assertThat(a.label()).isEqualTo(ProgressLabel.PROGRESS_NEEDS_ACCELERATION);
    assertThat(
            ProgressMeasure.assess(series(false, null, 2020, 2015, 2015, 100.0, null, 103.0))
                .label())
        .as("the same rise where lower is better")
        .isEqualTo(ProgressLabel.DETERIORATION);
  }

  @Test
  void tooLittleDataOrASignChangeIsNotAssessable() {
    assertThat(ProgressMeasure.assess(series(true, 150.0, 2020, 2015, 2015, 100.0)).label())
        .isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(ProgressMeasure.assess(series(true, 150.0, 2020, 2015, 2015, null, null)).label())
        .isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    ProgressAssessment signs =
        ProgressMeasure.assess(series(true, null, 2020, 2015, 2015, 5.0, 1.0, -2.0));
    assertThat(signs.label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(signs.progressValue()).isNull();
  }
}
