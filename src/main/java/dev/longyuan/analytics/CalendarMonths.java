package dev.longyuan.analytics;

import dev.longyuan.shared.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checked monthly series laid out in calendar months, as X-13 needs it, each 1–2月 value divided
 * between January and February: a {@link MonthlySeries.Kind#FLOW} in proportion to their calendar
 * days (31 : 28, or 31 : 29 in a leap year), a {@link MonthlySeries.Kind#LEVEL} the same value for
 * both.
 *
 * <p>Not by working days: the working days of January and February move with the Spring Festival's
 * holiday week, so a division by them would write an assumed festival effect into the two months,
 * which the festival regressor would then measure instead of the data, and carry into March. The
 * calendar-day division keeps the festival out of the division; the regressor takes it on the two
 * months together (see {@link SpringFestival}). Why, with figures: docs/seasonal-adjustment.md.
 */
record CalendarMonths(
    YearMonth start, double[] values, boolean[] divided, MonthlySeries.Kind kind) {

  /** X-13 estimates its seasonal filters and ARIMA model on three years at the very least. */
  static final int MINIMUM_MONTHS = 36;

  /** At most this many periods are named in a refusal for gaps. */
  private static final int GAPS_NAMED = 12;

  /** Checks the series and lays it out; refuses what X-13 cannot adjust, saying why. */
  static CalendarMonths of(MonthlySeries series) {
    if (series.periods().size() != series.values().size()) {
      throw new AnalyticsRefused(
          "seasonal.lengths",
          "期别有 " + series.periods().size() + " 个而数值有 " + series.values().size() + " 个，须一一对应",
          "the series has "
              + series.periods().size()
              + " periods but "
              + series.values().size()
              + " values: they must pair");
    }
    List<Period> periods = new ArrayList<>();
    for (String code : series.periods()) {
      Period period = MonthlySeries.month(code, "period");
      if (!periods.isEmpty()) {
        Period expected = MonthlySeries.next(periods.get(periods.size() - 1));
        if (!period.equals(expected)) {
          throw new AnalyticsRefused(
              "seasonal.not_consecutive",
              "期别须逐月连续：" + expected.code() + " 处给的是 " + period.code(),
              "the periods must follow month by month: "
                  + period.code()
                  + " where "
                  + expected.code()
                  + " was due");
        }
      }
      periods.add(period);
    }
    int months = periods.stream().mapToInt(MonthlySeries::calendarMonths).sum();
    if (months < MINIMUM_MONTHS) {
      String span =
          periods.isEmpty()
              ? ""
              : periods.get(0).code() + " – " + periods.get(periods.size() - 1).code();
      throw new AnalyticsRefused(
          "seasonal.too_short",
          "X-13季节调整至少需要3年（36个月）的月度数据，该序列只有 " + months + " 个月（" + span + "）",
          "X-13 seasonal adjustment needs at least 3 years (36 months) of monthly data; the series"
              + " has "
              + months
              + " ("
              + span
              + ")");
    }
    List<String> gaps = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Double value = series.values().get(i);
      if (value == null || !Double.isFinite(value)) {
        gaps.add(periods.get(i).code());
      }
    }
    if (!gaps.isEmpty()) {
      String named =
          String.join(", ", gaps.subList(0, Math.min(GAPS_NAMED, gaps.size())))
              + (gaps.size() > GAPS_NAMED ? " …" : "");
      throw new AnalyticsRefused(
          "seasonal.gap",
          "序列有 " + gaps.size() + " 个月缺少数值（" + named + "），季节调整需要连续完整的数据",
          "the series has no value for "
              + gaps.size()
              + " month(s) ("
              + named
              + "); seasonal adjustment needs every month");
    }
    return layOut(periods, series);
  }

  private static CalendarMonths layOut(List<Period> periods, MonthlySeries series) {
    Period first = periods.get(0);
    YearMonth start = YearMonth.of(first.year(), first.number());
    int n = periods.stream().mapToInt(MonthlySeries::calendarMonths).sum();
    double[] values = new double[n];
    boolean[] divided = new boolean[n];
    int at = 0;
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      double value = series.values().get(i);
      if (period.number() != 1) {
        values[at++] = value;
        continue;
      }
      if (series.kind() == MonthlySeries.Kind.FLOW) {
        values[at] = value * januaryShare(period.year());
        // February takes the rest, so that the two add up to the reported value exactly
        values[at + 1] = value - values[at];
      } else {
        values[at] = value;
        values[at + 1] = value;
      }
      divided[at] = true;
      divided[at + 1] = true;
      at += 2;
    }
    return new CalendarMonths(start, values, divided, series.kind());
  }

  /** January's share of a 1–2月 flow: its days over the two months' days. */
  static double januaryShare(int year) {
    int january = 31;
    int february = YearMonth.of(year, 2).lengthOfMonth();
    return (double) january / (january + february);
  }

  YearMonth month(int index) {
    return start.plusMonths(index);
  }

  /**
   * Monthly figures starting at a month recombined into the platform's periods: January and
   * February summed for a flow, averaged for a level. A January or February without its partner (a
   * block cut at its edge) gives no period.
   */
  static Map<Period, Double> toPeriods(YearMonth first, double[] monthly, MonthlySeries.Kind kind) {
    Map<Period, Double> periods = new TreeMap<>();
    for (int i = 0; i < monthly.length; i++) {
      YearMonth month = first.plusMonths(i);
      int m = month.getMonthValue();
      if (m > 2) {
        periods.put(Period.month(month.getYear(), m), monthly[i]);
      } else if (m == 1 && i + 1 < monthly.length) {
        double both = monthly[i] + monthly[i + 1];
        periods.put(
            Period.month(month.getYear(), 1), kind == MonthlySeries.Kind.FLOW ? both : both / 2);
      }
    }
    return periods;
  }

  /** The calendar months' figures as the platform's periods, in order. */
  Map<Period, Double> toPeriods(double[] monthly) {
    return toPeriods(start, monthly, kind);
  }
}
