package dev.longyuan.analytics;

import dev.longyuan.shared.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly series as the platform reports it: consecutive month periods ({@code 2019-01/02},
 * {@code 2019-03} … {@code 2019-12}), each with its 当月 value; null is a value missing.
 */
public record MonthlySeries(List<String> periods, List<@Nullable Double> values, Kind kind) {

  /** What a 1–2月 value is, which decides how it is divided and recombined. */
  public enum Kind {
    /**
     * A flow that adds up over the months (output, value added, revenue): 1–2月 is January plus
     * February.
     */
    FLOW,
    /** A ratio, an index, a count or a stock: the 1–2月 value stands for each of the two months. */
    LEVEL
  }

  public MonthlySeries {
    periods = List.copyOf(periods);
    values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The month after a month period: March follows 1–2月, and 1–2月 follows December. */
  static Period next(Period month) {
    return switch (month.number()) {
      case 1 -> Period.month(month.year(), 3);
      case 12 -> Period.month(month.year() + 1, 1);
      default -> Period.month(month.year(), month.number() + 1);
    };
  }

  /** The calendar months a month period covers: two for 1–2月, one otherwise. */
  static int calendarMonths(Period month) {
    return month.number() == 1 ? 2 : 1;
  }

  /**
   * The month periods from {@code from} to {@code to}, both included; at most {@code maxMonths}
   * calendar months.
   */
  public static List<String> periodsBetween(String from, String to, int maxMonths) {
    Period first = month(from, "from");
    Period last = month(to, "to");
    if (first.compareTo(last) > 0) {
      throw new AnalyticsRefused(
          "range.invalid",
          "起始月 " + first.code() + " 晚于结束月 " + last.code(),
          "from " + first.code() + " is after to " + last.code());
    }
    List<String> periods = new ArrayList<>();
    int months = 0;
    for (Period p = first; p.compareTo(last) <= 0; p = next(p)) {
      months += calendarMonths(p);
      if (months > maxMonths) {
        throw new AnalyticsRefused(
            "range.invalid",
            "一次最多调整 " + maxMonths + " 个月",
            "at most " + maxMonths + " months are adjusted at once");
      }
      periods.add(p.code());
    }
    return periods;
  }

  static Period month(String code, String field) {
    Period period =
        Period.tryParse(code)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "period.invalid",
                        field + "：" + Period.reasonZh(code),
                        field + ": " + Period.reasonEn(code)));
    if (period.frequency() != Period.Frequency.MONTH) {
      throw new AnalyticsRefused(
          "period.invalid",
          field + "：“" + code + "”不是月份（应为 YYYY-01/02 或 YYYY-03～12）",
          field + ": \"" + code + "\" is not a month (YYYY-01/02 or YYYY-03..12)");
    }
    return period;
  }
}
