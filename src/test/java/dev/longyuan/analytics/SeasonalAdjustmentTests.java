package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.shared.Period;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Seasonal adjustment on generated series whose seasonal pattern, Spring Festival effect and growth
 * are known, so that what X-13 finds can be checked against what was put in.
 */
class SeasonalAdjustmentTests {

  final SeasonalAdjustment adjustment = new SeasonalAdjustment();

  /**
   * A seasonal pattern like industrial output's: low at the start of the year, high in December.
   */
  static final double[] SEASONAL = {
    0.93, 0.82, 1.04, 1.00, 1.02, 1.05, 0.97, 0.98, 1.03, 1.00, 1.03, 1.15
  };

  /**
   * Calendar months from January of {@code firstYear} for {@code months} months: a trend growing
   * {@code growth} a year, the seasonal pattern, the Spring Festival effect {@code festival} (on
   * the logarithm, per unit of the regressor) and log-normal noise of {@code noise}.
   */
  static double[] generate(
      int firstYear, int months, double growth, double festival, double noise, long seed) {
    Random random = new Random(seed);
    double[] values = new double[months];
    for (int i = 0; i < months; i++) {
      YearMonth month = YearMonth.of(firstYear, 1).plusMonths(i);
      values[i] =
          100
              * Math.pow(1 + growth, i / 12.0)
              * SEASONAL[month.getMonthValue() - 1]
              * Math.exp(
                  festival * SpringFestival.regressor(month) + noise * random.nextGaussian());
    }
    return values;
  }

  /** Calendar months starting in January reported as the platform does: 1–2月 together. */
  static MonthlySeries reported(int firstYear, double[] months, MonthlySeries.Kind kind) {
    List<String> periods = new ArrayList<>();
    List<@Nullable Double> values = new ArrayList<>();
    for (int i = 0; i < months.length; i++) {
      YearMonth month = YearMonth.of(firstYear, 1).plusMonths(i);
      if (month.getMonthValue() == 2) {
        continue;
      }
      periods.add(Period.month(month.getYear(), month.getMonthValue()).code());
      values.add(
          month.getMonthValue() != 1
              ? months[i]
              : kind == MonthlySeries.Kind.FLOW ? months[i] + months[i + 1] : months[i]);
    }
    return new MonthlySeries(periods, values, kind);
  }

  static double varianceOfChanges(
      List<AdjustedSeries.MonthRow> rows, ToDoubleFunction<AdjustedSeries.MonthRow> value) {
    double[] changes = new double[rows.size() - 1];
    for (int i = 1; i < rows.size(); i++) {
      changes[i - 1] =
          Math.log(value.applyAsDouble(rows.get(i)) / value.applyAsDouble(rows.get(i - 1)));
    }
    double mean = java.util.Arrays.stream(changes).average().orElseThrow();
    return java.util.Arrays.stream(changes).map(c -> (c - mean) * (c - mean)).sum()
        / changes.length;
  }

  @Nested
  class SpringFestivalCalendar {

    @Test
    void newYearsDayIsTheLunarNewYearForEveryYearOfTheHolidayFile() throws IOException {
      Set<LocalDate> festivalDaysOff = new HashSet<>();
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  getClass().getResourceAsStream("/analytics/spring-festival-holidays.csv"),
                  StandardCharsets.UTF_8))) {
        reader
            .lines()
            .skip(1)
            .map(line -> line.split(","))
            .filter(f -> f[1].equals("春节") && f[2].equals("true"))
            .forEach(f -> festivalDaysOff.add(LocalDate.parse(f[0])));
      }
      // ICU's Chinese calendar against the dates everyone knows, and every one a day off
      assertThat(SpringFestival.newYear(2016)).isEqualTo("2016-02-08");
      assertThat(SpringFestival.newYear(2020)).isEqualTo("2020-01-25");
      assertThat(SpringFestival.newYear(2023)).isEqualTo("2023-01-22");
      assertThat(SpringFestival.newYear(2026)).isEqualTo("2026-02-17");
      for (int year = 2016; year <= 2026; year++) {
        assertThat(festivalDaysOff).contains(SpringFestival.newYear(year));
      }
      // and outside the file's years, where only the library knows
      assertThat(SpringFestival.newYear(2012)).isEqualTo("2012-01-23");
      assertThat(SpringFestival.newYear(2033)).isEqualTo("2033-01-31");
    }

    @Test
    void theWindowsDaysAreSharedOutAmongTheMonthsAndMarchsShareIsCentred() {
      // 2020: 初一 on 25 January; the window 18 January – 8 February: 14 days in January, 8 in
      // February
      assertThat(SpringFestival.share(YearMonth.of(2020, 1))).isCloseTo(14 / 22.0, within(1e-12));
      assertThat(SpringFestival.share(YearMonth.of(2020, 2))).isCloseTo(8 / 22.0, within(1e-12));
      assertThat(SpringFestival.share(YearMonth.of(2020, 3))).isZero();
      // 2015: 初一 on 19 February; the window runs to 5 March
      assertThat(SpringFestival.share(YearMonth.of(2015, 3))).isCloseTo(5 / 22.0, within(1e-12));
      for (int year = 2000; year < 2040; year++) {
        double sum = 0;
        for (int m = 1; m <= 3; m++) {
          sum += SpringFestival.share(YearMonth.of(year, m));
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
      }
      // centred: March's regressor averages zero over the reference years; January and February
      // carry minus March's, as the festival's days leave 1–2月 for March
      double march = 0;
      for (int year = 1950; year <= 2099; year++) {
        march += SpringFestival.regressor(YearMonth.of(year, 3));
      }
      assertThat(march / 150).isCloseTo(0, within(1e-12));
      double march2015 = SpringFestival.regressor(YearMonth.of(2015, 3));
      assertThat(march2015).isPositive();
      assertThat(SpringFestival.regressor(YearMonth.of(2015, 1))).isEqualTo(-march2015);
      assertThat(SpringFestival.regressor(YearMonth.of(2015, 2))).isEqualTo(-march2015);
      // a festival early enough to stay out of March sits below March's mean
      assertThat(SpringFestival.regressor(YearMonth.of(2020, 3))).isNegative();
      assertThat(SpringFestival.regressor(YearMonth.of(2020, 7))).isZero();
    }
  }

  @Nested
  class JanuaryAndFebruary {

    @Test
    void aFlowIsDividedByCalendarDaysAndAddsUpAgainAfterAdjustment() {
      MonthlySeries series =
          reported(2013, generate(2013, 96, 0.06, -0.2, 0.01, 7), MonthlySeries.Kind.FLOW);

      AdjustedSeries adjusted = adjustment.adjust(series);

      for (int year = 2013; year <= 2020; year++) {
        AdjustedSeries.MonthRow january = month(adjusted, year + "-01");
        AdjustedSeries.MonthRow february = month(adjusted, year + "-02");
        AdjustedSeries.PeriodRow both = period(adjusted, year + "-01/02");
        assertThat(january.divided()).isTrue();
        // the raw 1–2月 is kept as given, and its two halves add up to it
        assertThat(both.raw())
            .isEqualTo(series.values().get(series.periods().indexOf(both.period())));
        assertThat(january.raw() + february.raw()).isCloseTo(both.raw(), within(1e-9));
        // in proportion to the days: 31 of 59, or of 60 in a leap year
        double days = year % 4 == 0 ? 60 : 59;
        assertThat(january.raw() / both.raw()).isCloseTo(31 / days, within(1e-12));
        // the adjusted 1–2月 is the adjusted January plus the adjusted February
        assertThat(both.seasonallyAdjusted())
            .isCloseTo(january.seasonallyAdjusted() + february.seasonallyAdjusted(), within(1e-9));
        assertThat(both.trend()).isCloseTo(january.trend() + february.trend(), within(1e-9));
      }
      assertThat(month(adjusted, "2020-03").divided()).isFalse();
      assertThat(adjusted.periods())
          .extracting(AdjustedSeries.PeriodRow::period)
          .containsExactlyElementsOf(series.periods());
    }

    @Test
    void aFlatFlowComesBackFlatWithItsOneTwoMonthValueTwiceAMonth() {
      // the same level every month: 1–2月 reports twice it, which the division gives back as a
      // January and a February of about one month each, and the adjustment keeps
      double[] flat = generate(2012, 108, 0, 0, 0.005, 11);
      for (int i = 0; i < flat.length; i++) {
        flat[i] /= SEASONAL[i % 12];
      }
      AdjustedSeries adjusted = adjustment.adjust(reported(2012, flat, MonthlySeries.Kind.FLOW));

      for (AdjustedSeries.PeriodRow row : adjusted.periods()) {
        double months = row.period().endsWith("/02") ? 2 : 1;
        assertThat(row.seasonallyAdjusted() / months).isCloseTo(100, within(1.5));
      }
    }

    @Test
    void aLevelStandsForBothMonthsAndItsAdjustedOneTwoMonthValueIsTheirMean() {
      // a ratio such as a share of loss makers in percent: no growth, a seasonal swing
      double[] share = generate(2014, 84, 0, -0.1, 0.01, 5);
      MonthlySeries series = reported(2014, share, MonthlySeries.Kind.LEVEL);

      AdjustedSeries adjusted = adjustment.adjust(series);

      assertThat(adjusted.projection()).isNull();
      AdjustedSeries.MonthRow january = month(adjusted, "2018-01");
      AdjustedSeries.MonthRow february = month(adjusted, "2018-02");
      AdjustedSeries.PeriodRow both = period(adjusted, "2018-01/02");
      assertThat(january.raw()).isEqualTo(both.raw());
      assertThat(february.raw()).isEqualTo(both.raw());
      assertThat(both.seasonallyAdjusted())
          .isCloseTo(
              (january.seasonallyAdjusted() + february.seasonallyAdjusted()) / 2, within(1e-9));
    }
  }

  @Nested
  class Adjustment {

    @Test
    void takesOutTheSeasonalPatternAndFindsTheSpringFestivalHoldingOutputDown() {
      double[] months = generate(2011, 120, 0.06, -0.3, 0.01, 42);
      AdjustedSeries adjusted = adjustment.adjust(reported(2011, months, MonthlySeries.Kind.FLOW));

      assertThat(adjusted.model().decomposition()).isEqualTo("multiplicative");
      assertThat(adjusted.model().specification()).contains("RSA3");
      // month-to-month changes: the seasonal swings are gone, growth and noise remain
      double raw = varianceOfChanges(adjusted.months(), AdjustedSeries.MonthRow::raw);
      double sa = varianceOfChanges(adjusted.months(), AdjustedSeries.MonthRow::seasonallyAdjusted);
      assertThat(sa).isLessThan(raw / 20);
      // the Spring Festival effect is found, negative and clearly apart from zero
      AdjustedSeries.SpringFestivalEffect festival = adjusted.model().springFestival();
      assertThat(festival.daysBefore()).isEqualTo(7);
      assertThat(festival.daysAfter()).isEqualTo(14);
      assertThat(festival.coefficient()).isNegative();
      assertThat(festival.tStatistic()).isLessThan(-2);
      assertThat(festival.coefficient()).as("−0.3 was put in").isBetween(-0.45, -0.15);
      // and in 2015, whose late festival (19 February) reached into March, March's factor is below
      // 1
      assertThat(month(adjusted, "2015-03").springFestival()).isLessThan(1);
      // what is removed multiplies back to the raw series
      for (AdjustedSeries.MonthRow row : adjusted.months()) {
        assertThat(row.seasonallyAdjusted() * row.seasonal() * row.springFestival())
            .isCloseTo(row.raw(), within(row.raw() * 1e-6));
      }
    }

    @Test
    void leavesTheFestivalOutWhenNoYearOfTheSeriesTellsItsEffect() {
      // 2019–2022: 初一 on 5 February, 25 January, 12 February, 1 February; no window reaches March,
      // so every year's festival falls the same way for 1–2月 and March alike
      double[] months = generate(2019, 48, 0.05, 0, 0.01, 8);
      AdjustedSeries adjusted = adjustment.adjust(reported(2019, months, MonthlySeries.Kind.FLOW));

      assertThat(adjusted.model().springFestival()).isNull();
      assertThat(adjusted.months()).allSatisfy(m -> assertThat(m.springFestival()).isEqualTo(1));
    }

    @Test
    void forecastsTheNextTwelveMonthsAndTheirPeriods() {
      double[] months = generate(2012, 114, 0.05, -0.3, 0.01, 3);
      AdjustedSeries adjusted = adjustment.adjust(reported(2012, months, MonthlySeries.Kind.FLOW));

      // the series ends in June 2021
      assertThat(adjusted.forecastMonths())
          .extracting(AdjustedSeries.MonthForecast::month)
          .containsExactly(
              "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12", "2022-01",
              "2022-02", "2022-03", "2022-04", "2022-05", "2022-06");
      assertThat(adjusted.forecastPeriods())
          .extracting(AdjustedSeries.PeriodForecast::period)
          .containsExactly(
              "2021-07",
              "2021-08",
              "2021-09",
              "2021-10",
              "2021-11",
              "2021-12",
              "2022-01/02",
              "2022-03",
              "2022-04",
              "2022-05",
              "2022-06");
      // close to what the generator would have given without noise
      double[] truth = generate(2012, 126, 0.05, -0.3, 0, 3);
      for (int i = 0; i < 12; i++) {
        AdjustedSeries.MonthForecast forecast = adjusted.forecastMonths().get(i);
        assertThat(forecast.value()).isCloseTo(truth[114 + i], within(truth[114 + i] * 0.05));
        assertThat(forecast.standardError()).isPositive();
      }
    }
  }

  @Nested
  class CumulativeGrowth {

    @Test
    void aSeriesGrowingFivePercentAYearProjectsFivePercent() {
      // every month exactly 5% above the same month a year earlier, the seasonal pattern fixed; a
      // little noise that cancels within each pair of months, so each year's total keeps its 5%
      Random random = new Random(9);
      double[] months = new double[66];
      for (int i = 0; i < months.length; i++) {
        months[i] = 100 * Math.pow(1.05, i / 12) * SEASONAL[i % 12];
      }
      for (int i = 2; i + 1 < months.length; i += 2) {
        double wobble = 0.5 * random.nextGaussian();
        months[i] += wobble;
        months[i + 1] -= wobble;
      }
      AdjustedSeries adjusted = adjustment.adjust(reported(2016, months, MonthlySeries.Kind.FLOW));

      CumulativeProjection projection = adjusted.projection();
      assertThat(projection).isNotNull();
      // January–June 2021 reported, July–December forecast
      assertThat(projection.year()).isEqualTo(2021);
      assertThat(projection.reportedPeriods())
          .containsExactly("2021-01/02", "2021-03", "2021-04", "2021-05", "2021-06");
      assertThat(projection.forecastPeriods())
          .containsExactly("2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12");
      // by hand: 2020's months are 100 × 1.05^4 × the pattern, whose sum is 12.02
      assertThat(projection.previousYearTotal())
          .isCloseTo(100 * Math.pow(1.05, 4) * 12.02, within(1e-6));
      assertThat(projection.growthSoFarPercent()).isCloseTo(5.0, within(1e-9));
      assertThat(projection.projectedGrowthPercent()).isCloseTo(5.0, within(0.2));
      assertThat(projection.projectedGrowthLowPercent())
          .isLessThan(projection.projectedGrowthPercent());
      assertThat(projection.projectedGrowthHighPercent())
          .isGreaterThan(projection.projectedGrowthPercent());
      assertThat(projection.projectedTotal())
          .isCloseTo(projection.reportedTotal() + projection.forecastTotal(), within(1e-9));
      assertThat(projection.forecastSharePercent()).isBetween(45.0, 60.0);
    }
  }

  @Nested
  class Refusals {

    @Test
    void refusesASeriesShorterThanThreeYears() {
      double[] months = generate(2019, 20, 0.05, 0, 0.01, 1);
      assertThatThrownBy(() -> adjustment.adjust(reported(2019, months, MonthlySeries.Kind.FLOW)))
          .isInstanceOfSatisfying(
              AnalyticsRefused.class,
              refused -> {
                assertThat(refused.code()).isEqualTo("seasonal.too_short");
                assertThat(refused.messageEn()).contains("36 months").contains("has 20");
                assertThat(refused.messageZh()).contains("3年").contains("20 个月");
              });
    }

    @Test
    void refusesAGapNamingTheMonth() {
      MonthlySeries full =
          reported(2015, generate(2015, 48, 0.05, 0, 0.01, 1), MonthlySeries.Kind.FLOW);
      List<@Nullable Double> values = new ArrayList<>(full.values());
      values.set(full.periods().indexOf("2017-05"), null);

      assertThatThrownBy(
              () ->
                  adjustment.adjust(
                      new MonthlySeries(full.periods(), values, MonthlySeries.Kind.FLOW)))
          .isInstanceOfSatisfying(
              AnalyticsRefused.class,
              refused -> {
                assertThat(refused.code()).isEqualTo("seasonal.gap");
                assertThat(refused.messageEn()).contains("2017-05");
                assertThat(refused.messageZh()).contains("2017-05");
              });
    }

    @Test
    void refusesPeriodsThatDoNotFollowMonthByMonth() {
      MonthlySeries full =
          reported(2015, generate(2015, 48, 0.05, 0, 0.01, 1), MonthlySeries.Kind.FLOW);
      List<String> periods = new ArrayList<>(full.periods());
      periods.set(periods.indexOf("2016-07"), "2016-08");

      assertThatThrownBy(
              () ->
                  adjustment.adjust(
                      new MonthlySeries(periods, full.values(), MonthlySeries.Kind.FLOW)))
          .isInstanceOfSatisfying(
              AnalyticsRefused.class,
              refused -> assertThat(refused.code()).isEqualTo("seasonal.not_consecutive"));
    }

    @Test
    void refusesFebruaryAlone() {
      assertThatThrownBy(() -> MonthlySeries.periodsBetween("2016-02", "2019-12", 600))
          .isInstanceOfSatisfying(
              AnalyticsRefused.class,
              refused -> {
                assertThat(refused.code()).isEqualTo("period.invalid");
                assertThat(refused.messageEn()).contains("YYYY-01/02");
              });
      assertThat(MonthlySeries.periodsBetween("2019-11", "2020-03", 600))
          .containsExactly("2019-11", "2019-12", "2020-01/02", "2020-03");
    }
  }

  static AdjustedSeries.MonthRow month(AdjustedSeries adjusted, String month) {
    return adjusted.months().stream()
        .filter(m -> m.month().equals(month))
        .findFirst()
        .orElseThrow();
  }

  static AdjustedSeries.PeriodRow period(AdjustedSeries adjusted, String period) {
    return adjusted.periods().stream()
        .filter(p -> p.period().equals(period))
        .findFirst()
        .orElseThrow();
  }
}
