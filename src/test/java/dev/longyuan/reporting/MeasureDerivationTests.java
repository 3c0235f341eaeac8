package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeasureDerivationTests {

  static StoredValue stored(String period, Measure measure, String value, String previous) {
    return new StoredValue(
        "VA",
        "620100",
        UnitType.REGION,
        period,
        measure,
        new BigDecimal(value),
        previous == null ? null : new BigDecimal(previous),
        null,
        "reported",
        "submitted",
        null,
        null,
        Instant.EPOCH,
        "t");
  }

  @Nested
  class MonthFromYearToDate {

    @Test
    void januaryFebruaryIsItsOwnYearToDate() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(stored("2019-01/02", Measure.YTD, "240", "220")), true);

      assertThat(series)
          .extracting(
              SeriesValue::period,
              SeriesValue::measure,
              SeriesValue::value,
              SeriesValue::previousYearValue,
              SeriesValue::derived)
          .containsExactly(
              tuple(
                  "2019-01/02",
                  Measure.CURRENT,
                  new BigDecimal("240"),
                  new BigDecimal("220"),
                  true),
              tuple(
                  "2019-01/02", Measure.YTD, new BigDecimal("240"), new BigDecimal("220"), false));
    }

    @Test
    void marchIsMarchToDateLessJanuaryFebruary() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.YTD, "240", "220"),
                  stored("2019-03", Measure.YTD, "370.5", "331.0"),
                  stored("2019-04", Measure.YTD, "500", null)),
              true);

      assertThat(series)
          .filteredOn(v -> v.measure() == Measure.CURRENT)
          .extracting(SeriesValue::period, SeriesValue::value, SeriesValue::previousYearValue)
          .containsExactly(
              tuple("2019-01/02", new BigDecimal("240"), new BigDecimal("220")),
              tuple("2019-03", new BigDecimal("130.5"), new BigDecimal("111.0")),
              tuple("2019-04", new BigDecimal("129.5"), null));
    }

    @Test
    void aMissingMonthLeavesTheNextMonthUnderived() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.YTD, "240", null),
                  stored("2019-04", Measure.YTD, "500", null)),
              true);

      assertThat(series)
          .filteredOn(v -> v.measure() == Measure.CURRENT)
          .extracting(SeriesValue::period)
          .containsExactly("2019-01/02");
    }

    @Test
    void neverProducesFebruaryAlone() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.YTD, "240", null),
                  stored("2019-03", Measure.YTD, "370", null)),
              true);

      assertThat(series).extracting(SeriesValue::period).doesNotContain("2019-02", "2019-01");
    }
  }

  @Nested
  class YearToDateFromMonths {

    @Test
    void sumsEveryMonthSinceJanuaryFebruary() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.CURRENT, "240", "220"),
                  stored("2019-03", Measure.CURRENT, "130.5", "111"),
                  stored("2019-04", Measure.CURRENT, "129.5", "120")),
              true);

      assertThat(series)
          .filteredOn(v -> v.measure() == Measure.YTD)
          .extracting(SeriesValue::period, SeriesValue::value, SeriesValue::previousYearValue)
          .containsExactly(
              tuple("2019-01/02", new BigDecimal("240"), new BigDecimal("220")),
              tuple("2019-03", new BigDecimal("370.5"), new BigDecimal("331")),
              tuple("2019-04", new BigDecimal("500.0"), new BigDecimal("451")));
    }

    @Test
    void stopsAtTheFirstMissingMonth() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.CURRENT, "240", null),
                  stored("2019-04", Measure.CURRENT, "129.5", null)),
              true);

      assertThat(series)
          .filteredOn(v -> v.measure() == Measure.YTD)
          .extracting(SeriesValue::period)
          .containsExactly("2019-01/02");
    }

    @Test
    void keepsAStoredValueOverADerivedOne() {
      List<SeriesValue> series =
          MeasureDerivation.complete(
              List.of(
                  stored("2019-01/02", Measure.CURRENT, "240", null),
                  stored("2019-03", Measure.CURRENT, "130", null),
                  stored("2019-03", Measure.YTD, "371", null)),
              true);

      assertThat(series)
          .filteredOn(v -> v.period().equals("2019-03") && v.measure() == Measure.YTD)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.value()).isEqualByComparingTo("371");
                assertThat(v.derived()).isFalse();
              });
    }
  }

  @Test
  void derivesQuartersTheSameWay() {
    List<SeriesValue> series =
        MeasureDerivation.complete(
            List.of(
                stored("2019-Q1", Measure.YTD, "300", null),
                stored("2019-Q2", Measure.YTD, "650", null)),
            true);

    assertThat(series)
        .filteredOn(v -> v.measure() == Measure.CURRENT)
        .extracting(SeriesValue::period, SeriesValue::value)
        .containsExactly(
            tuple("2019-Q1", new BigDecimal("300")), tuple("2019-Q2", new BigDecimal("350")));
  }

  @Test
  void derivesNothingForALevelAtThePeriodsEnd() {
    List<SeriesValue> series =
        MeasureDerivation.complete(List.of(stored("2019-03", Measure.CURRENT, "12", null)), false);

    assertThat(series).hasSize(1);
  }
}
