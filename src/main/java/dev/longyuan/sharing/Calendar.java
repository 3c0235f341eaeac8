package dev.longyuan.sharing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * When a resource may be used: on the ISO weekdays listed (1 = Monday), between {@code opens} and
 * {@code closes}, from {@code from} to {@code to} (open-ended when null), except blocked dates. A
 * booking must start and end within an opening window with every day between open; the hours it
 * uses are those within the windows it spans.
 */
public record Calendar(
    SortedSet<Integer> days,
    LocalTime opens,
    LocalTime closes,
    LocalDate from,
    @Nullable LocalDate to,
    SortedSet<LocalDate> blocked) {

  public Calendar {
    days = new TreeSet<>(days);
    blocked = new TreeSet<>(blocked);
  }

  public boolean isOpen(LocalDate day) {
    return !day.isBefore(from)
        && (to == null || !day.isAfter(to))
        && days.contains(day.getDayOfWeek().getValue())
        && !blocked.contains(day);
  }

  /** Hours of one opening window. */
  public double windowHours() {
    return Duration.between(opens, closes).toMinutes() / 60.0;
  }

  /** Whether a booking from start to end (exclusive) lies within the calendar. */
  public boolean covers(LocalDateTime start, LocalDateTime end) {
    if (!end.isAfter(start)) {
      return false;
    }
    LocalTime s = start.toLocalTime();
    LocalTime e = end.toLocalTime();
    if (s.isBefore(opens) || !s.isBefore(closes) || !e.isAfter(opens) || e.isAfter(closes)) {
      return false;
    }
    for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
      if (!isOpen(d)) {
        return false;
      }
    }
    return true;
  }

  /** The opening hours between two days, the second excluded. */
  public double availableHours(LocalDate fromDay, LocalDate untilDay) {
    double hours = 0;
    for (LocalDate d = fromDay; d.isBefore(untilDay); d = d.plusDays(1)) {
      if (isOpen(d)) {
        hours += windowHours();
      }
    }
    return hours;
  }

  /** The hours of a booking that fall in opening windows between two days, the second excluded. */
  public double hoursWithin(
      LocalDateTime start, LocalDateTime end, LocalDate fromDay, LocalDate untilDay) {
    long minutes = 0;
    LocalDate first = start.toLocalDate().isAfter(fromDay) ? start.toLocalDate() : fromDay;
    for (LocalDate d = first;
        d.isBefore(untilDay) && !d.isAfter(end.toLocalDate());
        d = d.plusDays(1)) {
      if (!isOpen(d)) {
        continue;
      }
      LocalDateTime windowStart = d.atTime(opens);
      LocalDateTime windowEnd = d.atTime(closes);
      LocalDateTime s = start.isAfter(windowStart) ? start : windowStart;
      LocalDateTime e = end.isBefore(windowEnd) ? end : windowEnd;
      if (e.isAfter(s)) {
        minutes += Duration.between(s, e).toMinutes();
      }
    }
    return minutes / 60.0;
  }

  /** The weekdays as written: "1-5", "1,3,5", "1-5,7". */
  public String daysText() {
    StringBuilder text = new StringBuilder();
    List<Integer> list = List.copyOf(days);
    for (int i = 0; i < list.size(); ) {
      int j = i;
      while (j + 1 < list.size() && list.get(j + 1) == list.get(j) + 1) {
        j++;
      }
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(list.get(i));
      if (j > i) {
        text.append(j == i + 1 ? "," : "-").append(list.get(j));
      }
      i = j + 1;
    }
    return text.toString();
  }

  public String hoursText() {
    return opens + "-" + closes;
  }

  public String blockedText() {
    return blocked.stream().map(LocalDate::toString).collect(Collectors.joining(";"));
  }

  /** Parses "1-5" or "1,3,5" into weekdays; null when it is not such a list. */
  public static @Nullable SortedSet<Integer> parseDays(String text) {
    SortedSet<Integer> days = new TreeSet<>();
    try {
      for (String part : text.replace('，', ',').replace('－', '-').split(",")) {
        String p = part.strip();
        if (p.isEmpty()) {
          return null;
        }
        int dash = p.indexOf('-');
        int a = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
        int b = dash < 0 ? a : Integer.parseInt(p.substring(dash + 1).strip());
        if (a < 1 || b > 7 || a > b) {
          return null;
        }
        for (int d = a; d <= b; d++) {
          days.add(d);
        }
      }
    } catch (NumberFormatException notANumber) {
      return null;
    }
    return days;
  }

  /** Parses "08:00-16:00" into the opening and closing times; null when it is not such. */
  public static LocalTime @Nullable [] parseHours(String text) {
    String[] parts = text.replace('－', '-').replace('：', ':').split("-");
    if (parts.length != 2) {
      return null;
    }
    try {
      LocalTime opens = LocalTime.parse(pad(parts[0].strip()));
      LocalTime closes = LocalTime.parse(pad(parts[1].strip()));
      return closes.isAfter(opens) ? new LocalTime[] {opens, closes} : null;
    } catch (java.time.format.DateTimeParseException notATime) {
      return null;
    }
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }
}
