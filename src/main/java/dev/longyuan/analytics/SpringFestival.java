package dev.longyuan.analytics;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 春节 as a moving holiday: its date in any year, and the regressor that carries its effect on a
 * monthly series whose January and February are known only together (1–2月).
 *
 * <p>The effect is spread over a window of {@value #WINDOW_DAYS} days, from {@value #DAYS_BEFORE}
 * days before New Year's day (正月初一) to the Lantern Festival (元宵节, 正月十五, {@value #DAYS_AFTER} days
 * after): industry winds down as workers leave for home in the week before 除夕 and is back at
 * strength only after 元宵. The window starts on 14 January at the earliest and ends on 6 March at
 * the latest, so it falls in January, February and, when the festival is late, March.
 *
 * <p>How it divides between January and February the data cannot tell, since they are reported
 * together; what they can tell is how much of it falls in March instead. So the regressor is the
 * share of the window falling in March less its mean over 1950–2099 (centred, as the US Census
 * Bureau's genhol centres a holiday, so that the average festival stays in the seasonal factors),
 * and January and February both carry minus that: the window's share in the two months together,
 * centred the same way. A negative coefficient says the festival holds the series down.
 */
final class SpringFestival {

  static final int DAYS_BEFORE = 7;
  static final int DAYS_AFTER = 14;
  static final int WINDOW_DAYS = DAYS_BEFORE + 1 + DAYS_AFTER;

  private static final int FIRST_REFERENCE_YEAR = 1950;
  private static final int LAST_REFERENCE_YEAR = 2099;

  /** Chinese calendar years are counted here from 2637 BCE: Gregorian year + 2637. */
  private static final int EXTENDED_YEAR_OFFSET = 2637;

  /** The festival's date is fixed in China's time zone, as the State Council's calendar is. */
  private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");

  /** The mean share of the window falling in March over the reference years. */
  private static final double MEAN_MARCH_SHARE = meanMarchShare();

  private SpringFestival() {}

  /** 正月初一 of the Chinese year that begins in the given Gregorian year, by ICU's calendar. */
  static LocalDate newYear(int year) {
    ChineseCalendar chinese = new ChineseCalendar(CHINA);
    chinese.clear();
    chinese.set(ChineseCalendar.EXTENDED_YEAR, year + EXTENDED_YEAR_OFFSET);
    chinese.set(ChineseCalendar.MONTH, 0);
    chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
    GregorianCalendar gregorian = new GregorianCalendar(CHINA);
    gregorian.setTimeInMillis(chinese.getTimeInMillis());
    return LocalDate.of(
        gregorian.get(GregorianCalendar.YEAR),
        gregorian.get(GregorianCalendar.MONTH) + 1,
        gregorian.get(GregorianCalendar.DAY_OF_MONTH));
  }

  /** The share of the festival's window that falls in a month (0 outside January–March). */
  static double share(YearMonth month) {
    if (month.getMonthValue() > 3) {
      // the window runs from 14 January at the earliest to 6 March at the latest
      return 0;
    }
    LocalDate newYear = newYear(month.getYear());
    LocalDate first = newYear.minusDays(DAYS_BEFORE);
    LocalDate last = newYear.plusDays(DAYS_AFTER);
    LocalDate from = first.isAfter(month.atDay(1)) ? first : month.atDay(1);
    LocalDate to = last.isBefore(month.atEndOfMonth()) ? last : month.atEndOfMonth();
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return days <= 0 ? 0 : (double) days / WINDOW_DAYS;
  }

  /**
   * The centred regressor for a month: March's share of the window less its mean; minus that for
   * January and for February (their share together, centred); zero from April to December.
   */
  static double regressor(YearMonth month) {
    int m = month.getMonthValue();
    if (m > 3) {
      return 0;
    }
    double march = share(month.withMonth(3)) - MEAN_MARCH_SHARE;
    return m == 3 ? march : -march;
  }

  private static double meanMarchShare() {
    double sum = 0;
    for (int year = FIRST_REFERENCE_YEAR; year <= LAST_REFERENCE_YEAR; year++) {
      sum += share(YearMonth.of(year, 3));
    }
    return sum / (LAST_REFERENCE_YEAR - FIRST_REFERENCE_YEAR + 1);
  }
}
