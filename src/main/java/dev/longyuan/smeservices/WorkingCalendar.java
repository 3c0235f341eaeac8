package dev.longyuan.smeservices;

import dev.longyuan.smeservices.persistence.CalendarStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Working days of the Chinese calendar: a day the State Council's notices list is a working day
 * when it is a make-up day (调休上班) and not when it is a holiday; any other day is one from Monday to
 * Friday. The notices are data (table {@code sme_calendar_day}), filled from the shipped {@code
 * smeservices/cn-holidays.csv} (2016–2026) at the first start; a year they do not cover is counted
 * by weekdays alone, and a deadline in it is provisional.
 */
@Component
public class WorkingCalendar {

  private static final String SHIPPED = "smeservices/cn-holidays.csv";

  private final CalendarStore store;
  private final TransactionTemplate transaction;
  private volatile Map<LocalDate, Boolean> listed;
  private volatile Set<Integer> years;

  WorkingCalendar(CalendarStore store, TransactionTemplate transaction) {
    this.store = store;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadAtFirstStart() {
    listed();
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean off = listed().get(day);
    if (off != null) {
      return !off;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after the day (the day itself not counted, whatever it is). */
  public LocalDate workingDaysAfter(LocalDate day, int n) {
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The working days from one day to a later one, the first excluded and the last included: 0 on
   * the same day, negative when {@code to} is earlier.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** Whether the notices of every year from one day to another are stored. */
  public boolean covers(LocalDate from, LocalDate to) {
    listed();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!years.contains(y)) {
        return false;
      }
    }
    return true;
  }

  private Map<LocalDate, Boolean> listed() {
    Map<LocalDate, Boolean> days = listed;
    if (days == null) {
      synchronized (this) {
        if (listed == null) {
          transaction.executeWithoutResult(status -> loadShippedIfEmpty());
          Map<LocalDate, Boolean> read = store.days();
          years = read.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
          listed = read;
        }
        days = listed;
      }
    }
    return Objects.requireNonNull(days);
  }

  private void loadShippedIfEmpty() {
    if (store.count() > 0) {
      return;
    }
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(SHIPPED).getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!"date,name,is_off_day".equals(header)) {
        throw new IllegalStateException(SHIPPED + " has the header " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        store.add(LocalDate.parse(cells[0]), cells[1], Boolean.parseBoolean(cells[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
