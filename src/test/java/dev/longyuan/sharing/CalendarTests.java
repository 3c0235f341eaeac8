package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A calendar of weekdays 08:00–16:00 from 2027-01-01 with 2027-06-15 (a Tuesday) blocked. */
class CalendarTests {

  final Calendar calendar =
      new Calendar(
          Calendar.parseDays("1-5"),
          LocalTime.of(8, 0),
          LocalTime.of(16, 0),
          LocalDate.of(2027, 1, 1),
          null,
          new TreeSet<>(java.util.List.of(LocalDate.of(2027, 6, 15))));

  @Test
  void june2027HasTwentyOneOpenWeekdaysOfEightHoursWithTheFifteenthBlocked() {
    // 22 weekdays in June 2027, one blocked: 21 × 8 h
    assertThat(calendar.availableHours(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1)))
        .isEqualTo(168.0);
  }

  @Test
  void aBookingMustStartAndEndInsideOpeningWindowsWithEveryDayBetweenOpen() {
    assertThat(calendar.covers(at(7, 8), at(7, 16))).isTrue();
    assertThat(calendar.covers(at(7, 7), at(7, 9))).as("before opening").isFalse();
    assertThat(calendar.covers(at(7, 15), at(7, 17))).as("after closing").isFalse();
    assertThat(calendar.covers(at(12, 8), at(12, 10))).as("a Saturday").isFalse();
    assertThat(calendar.covers(at(15, 8), at(15, 10))).as("a blocked day").isFalse();
    assertThat(calendar.covers(at(14, 8), at(16, 16))).as("spanning the blocked day").isFalse();
    assertThat(calendar.covers(at(7, 8), at(9, 16))).as("Monday to Wednesday").isTrue();
    assertThat(
            calendar.covers(
                LocalDateTime.of(2026, 12, 31, 8, 0), LocalDateTime.of(2026, 12, 31, 10, 0)))
        .as("before the first day")
        .isFalse();
  }

  @Test
  void aBookingOverSeveralDaysUsesOnlyTheHoursOfTheirWindows() {
    // Monday 10:00 to Wednesday 12:00: 6 + 8 + 4 hours
    assertThat(
            calendar.hoursWithin(
                at(7, 10), at(9, 12), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1)))
        .isEqualTo(18.0);
  }

  @Test
  void weekdaysAreWrittenAsRanges() {
    assertThat(Calendar.parseDays("1,2,3,5")).containsExactly(1, 2, 3, 5);
    assertThat(calendar.daysText()).isEqualTo("1-5");
    assertThat(Calendar.parseDays("0-5")).isNull();
    assertThat(Calendar.parseHours("16:00-08:00")).isNull();
  }

  private static LocalDateTime at(int day, int hour) {
    return LocalDateTime.of(2027, 6, day, hour, 0);
  }
}
