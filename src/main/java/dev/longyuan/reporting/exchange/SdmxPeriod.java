package dev.longyuan.reporting.exchange;

import dev.longyuan.shared.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods in SDMX-CSV. SDMX has no code for January and February together, so {@code 2019-01/02} is
 * written as the ISO 8601 interval {@code 2019-01-01/P2M}; years, quarters and months keep their
 * SDMX codes. Reading also accepts other intervals that are exactly a month, a quarter or a year
 * ({@code 2019-07-01/P1M}) and the SDMX reporting periods {@code 2019-M07}, {@code 2019-A1}.
 */
final class SdmxPeriod {

  private static final Pattern INTERVAL =
      Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(?:-01)?/P(\\d{1,2})([MY])");
  private static final Pattern REPORTING = Pattern.compile("(\\d{4})-(M(0[1-9]|1[0-2])|A1)");

  private SdmxPeriod() {}

  static String write(Period period) {
    return period.frequency() == Period.Frequency.MONTH && period.number() == 1
        ? period.year() + "-01-01/P2M"
        : period.code();
  }

  /** The Longyuan period code for an SDMX time period; anything else is returned as written. */
  static String read(String timePeriod) {
    Matcher interval = INTERVAL.matcher(timePeriod);
    if (interval.matches()) {
      return fromInterval(
          timePeriod,
          interval.group(1),
          Integer.parseInt(interval.group(2)),
          Integer.parseInt(interval.group(3)),
          interval.group(4).equals("Y"));
    }
    Matcher reporting = REPORTING.matcher(timePeriod);
    if (reporting.matches()) {
      return reporting.group(3) != null
          ? reporting.group(1) + "-" + reporting.group(3)
          : reporting.group(1);
    }
    return timePeriod;
  }

  private static String fromInterval(
      String written, String year, int month, int length, boolean years) {
    if (years) {
      return month == 1 && length == 1 ? year : written;
    }
    if (length == 2 && month == 1) {
      return year + "-01/02";
    }
    if (length == 1) {
      return String.format("%s-%02d", year, month);
    }
    if (length == 3 && month % 3 == 1) {
      return year + "-Q" + (month / 3 + 1);
    }
    if (length == 12 && month == 1) {
      return year;
    }
    return written;
  }
}
