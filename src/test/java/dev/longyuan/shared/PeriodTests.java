package dev.longyuan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

  @Nested
  class Parsing {

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2019-Q1", "2019-Q4", "2019-01/02", "2019-03", "2019-12"})
    void readsEverySdmxCodeBackAsItself(String code) {
      assertThat(Period.parse(code).code()).isEqualTo(code);
    }

    @Test
    void readsJanuaryFebruaryAsOnePeriodEndingInFebruary() {
      Period startOfYear = Period.parse("2020-01/02");

      assertThat(startOfYear.frequency()).isEqualTo(Period.Frequency.MONTH);
      assertThat(startOfYear.lastMonth()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2019-02",
          "2019-01",
          "2019-03/02",
          "2019-13",
          "2019-Q5",
          "19-07",
          "2019-7",
          "abc",
          ""
        })
    void refusesWhatIsNotAPeriod(String code) {
      assertThat(Period.tryParse(code)).isEmpty();
    }

    @Test
    void explainsThatFebruaryIsReportedWithJanuary() {
      assertThat(Period.reasonEn("2019-02")).contains("YYYY-01/02");
      assertThat(Period.reasonZh("2019-02")).contains("1月和2月合并报送");
      assertThatThrownBy(() -> Period.parse("2019-02"))
          .hasMessageContaining("together with January");
    }

    @Test
    void cannotBeBuiltForFebruaryAlone() {
      assertThatThrownBy(() -> Period.month(2019, 2)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void theSamePeriodLastYearIsTheComparableBase() {
      assertThat(Period.parse("2019-01/02").previousYear()).isEqualTo(Period.parse("2018-01/02"));
      assertThat(Period.parse("2019-Q3").previousYear().code()).isEqualTo("2018-Q3");
    }

    @Test
    void marchFollowsJanuaryFebruary() {
      assertThat(Period.parse("2019-03").previousMonthInYear())
          .contains(Period.parse("2019-01/02"));
      assertThat(Period.parse("2019-01/02").previousMonthInYear()).isEmpty();
      assertThat(Period.parse("2019-08").previousMonthInYear()).contains(Period.parse("2019-07"));
    }

    @Test
    void quartersEndInTheirLastMonth() {
      assertThat(Period.parse("2019-Q3").lastMonth()).isEqualTo(9);
      assertThat(Period.parse("2019").lastMonth()).isEqualTo(12);
    }

    @Test
    void sortsByYearThenByEnd() {
      assertThat(Period.parse("2019-01/02")).isLessThan(Period.parse("2019-03"));
      assertThat(Period.parse("2018-12")).isLessThan(Period.parse("2019-01/02"));
    }
  }
}
