package dev.longyuan.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in SDMX notation: a year ({@code 2019}), a quarter ({@code 2019-Q3}), a month
 * ({@code 2019-07}), or January and February together ({@code 2019-01/02}), which is how China's
 * statistics report the start of the year around the Spring Festival. February alone does not
 * exist: {@code 2019-02} is refused.
 */
public record Period(int year, Frequency frequency, int number) implements Comparable<Period> {

  /** How often a period comes round. */
  public enum Frequency {
    YEAR,
    QUARTER,
    MONTH
  }

  private static final Pattern CODE =
      Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2])(/02)?)?");

  public Period {
    if (year < 1949 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    switch (frequency) {
      case YEAR -> require(number == 0, "a year has no number");
      case QUARTER -> require(number >= 1 && number <= 4, "quarter 1-4");
      case MONTH ->
          require(
              number >= 1 && number <= 12 && number != 2,
              "month 1 (January–February together) or 3-12");
    }
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("invalid period: " + what);
    }
  }

  public static Period year(int year) {
    return new Period(year, Frequency.YEAR, 0);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(year, Frequency.QUARTER, quarter);
  }

  /**
   * A month; month 1 is January–February together ({@code 2019-01/02}), and February alone is not a
   * period.
   */
  public static Period month(int year, int month) {
    return new Period(year, Frequency.MONTH, month);
  }

  /** The month periods of a year in order: 1–2月, March … December. */
  public static java.util.List<Period> monthsOf(int year) {
    java.util.List<Period> months = new java.util.ArrayList<>();
    months.add(month(year, 1));
    for (int m = 3; m <= 12; m++) {
      months.add(month(year, m));
    }
    return months;
  }

  /** Parses an SDMX period code, or says why it is not one. */
  public static Period parse(String code) {
    return tryParse(code).orElseThrow(() -> new IllegalArgumentException(reasonEn(code)));
  }

  public static Optional<Period> tryParse(String code) {
    Matcher m = CODE.matcher(code.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1949 || year > 2100) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      return Optional.of(quarter(year, Integer.parseInt(m.group(2))));
    }
    if (m.group(3) == null) {
      return Optional.of(year(year));
    }
    int month = Integer.parseInt(m.group(3));
    boolean together = m.group(4) != null;
    if (month == 2 || together != (month == 1)) {
      // 2019-02 alone, 2019-01 alone and 2019-03/02 are not periods: 1–2月 is written 2019-01/02
      return Optional.empty();
    }
    return Optional.of(month(year, month));
  }

  /** Why a code is not a period, in English (the reporting module words both languages). */
  public static String reasonEn(String code) {
    if (code.strip().matches("\\d{4}-02")) {
      return "February is reported together with January as YYYY-01/02";
    }
    if (code.strip().matches("\\d{4}-01")) {
      return "January is reported together with February as YYYY-01/02";
    }
    return "not a period (YYYY, YYYY-Q1..Q4, YYYY-01/02, YYYY-03..12)";
  }

  /** Why a code is not a period, in Chinese. */
  public static String reasonZh(String code) {
    if (code.strip().matches("\\d{4}-(01|02)")) {
      return "1月和2月合并报送，报告期应写作 YYYY-01/02";
    }
    return "不是报告期（应为 YYYY、YYYY-Q1～Q4、YYYY-01/02 或 YYYY-03～12）";
  }

  /** The SDMX code. */
  @JsonValue
  public String code() {
    return switch (frequency) {
      case YEAR -> String.valueOf(year);
      case QUARTER -> year + "-Q" + number;
      case MONTH -> number == 1 ? year + "-01/02" : String.format("%d-%02d", year, number);
    };
  }

  /** The last calendar month the period covers: 2 for 1–2月, 9 for Q3, 12 for a year. */
  public int lastMonth() {
    return switch (frequency) {
      case YEAR -> 12;
      case QUARTER -> number * 3;
      case MONTH -> number == 1 ? 2 : number;
    };
  }

  /** The same period a year earlier (上年同期). */
  public Period previousYear() {
    return new Period(year - 1, frequency, number);
  }

  /** The month before within the same year, for deriving 当月 from 累计; empty for 1–2月. */
  public Optional<Period> previousMonthInYear() {
    if (frequency != Frequency.MONTH || number == 1) {
      return Optional.empty();
    }
    return Optional.of(month(year, number == 3 ? 1 : number - 1));
  }

  @Override
  public int compareTo(Period other) {
    int byYear = Integer.compare(year, other.year);
    if (byYear != 0) {
      return byYear;
    }
    int byEnd = Integer.compare(lastMonth(), other.lastMonth());
    return byEnd != 0 ? byEnd : frequency.compareTo(other.frequency);
  }

  @Override
  public String toString() {
    return code();
  }
}
