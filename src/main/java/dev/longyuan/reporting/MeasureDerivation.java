package dev.longyuan.reporting;

import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fills in 当月 from 累计 and 累计 from 当月 where the stored values allow, as China's industrial
 * statistics do: 1–2月 is one period whose 当月 equals its 累计; March's 当月 is March's 累计 less 1–2月's; a
 * month's 累计 is the sum of every 当月 since 1–2月, and only when none is missing. Quarters work the
 * same way. 上年同期 is derived by the same rules from the 上年同期 column. February is never a period of
 * its own, so it never appears. Only flows are derived: a level at the end of a period (stock) has
 * no 累计.
 */
public final class MeasureDerivation {

  private MeasureDerivation() {}

  /** The stored values of one element and unit in one year, completed with what can be derived. */
  public static List<SeriesValue> complete(List<StoredValue> stored, boolean flow) {
    Map<String, SeriesValue> byKey = new HashMap<>();
    for (StoredValue v : stored) {
      byKey.put(
          key(v.period(), v.measure()),
          new SeriesValue(v.period(), v.measure(), v.value(), v.previousYearValue(), false));
    }
    if (flow) {
      for (Period.Frequency frequency : List.of(Period.Frequency.MONTH, Period.Frequency.QUARTER)) {
        List<Period> periods = periodsOfYear(stored, frequency);
        derive(periods, byKey);
      }
    }
    List<SeriesValue> all = new ArrayList<>(byKey.values());
    all.sort(
        Comparator.comparing((SeriesValue v) -> Period.parse(v.period()))
            .thenComparing(v -> v.measure().ordinal()));
    return all;
  }

  private static void derive(List<Period> periods, Map<String, SeriesValue> byKey) {
    // 当月 from 累计: the first period's 当月 is its 累计; later, this 累计 less the previous one
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      if (byKey.containsKey(key(p.code(), Measure.CURRENT))) {
        continue;
      }
      SeriesValue ytd = byKey.get(key(p.code(), Measure.YTD));
      if (ytd == null) {
        continue;
      }
      if (isFirstOfYear(p)) {
        byKey.put(
            key(p.code(), Measure.CURRENT),
            new SeriesValue(p.code(), Measure.CURRENT, ytd.value(), ytd.previousYearValue(), true));
        continue;
      }
      Optional<Period> before = previous(p);
      SeriesValue earlier = before.map(b -> byKey.get(key(b.code(), Measure.YTD))).orElse(null);
      if (earlier != null) {
        byKey.put(
            key(p.code(), Measure.CURRENT),
            new SeriesValue(
                p.code(),
                Measure.CURRENT,
                ytd.value().subtract(earlier.value()),
                difference(ytd.previousYearValue(), earlier.previousYearValue()),
                true));
      }
    }
    // 累计 from 当月: the sum of every 当月 from the first period of the year, none missing
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal runningPrevious = BigDecimal.ZERO;
    boolean complete = true;
    boolean previousComplete = true;
    for (Period p : allPeriodsUpTo(periods)) {
      SeriesValue current = byKey.get(key(p.code(), Measure.CURRENT));
      if (current == null) {
        complete = false;
        previousComplete = false;
        continue;
      }
      running = running.add(current.value());
      if (current.previousYearValue() == null) {
        previousComplete = false;
      } else {
        runningPrevious = runningPrevious.add(current.previousYearValue());
      }
      if (complete && !byKey.containsKey(key(p.code(), Measure.YTD))) {
        byKey.put(
            key(p.code(), Measure.YTD),
            new SeriesValue(
                p.code(), Measure.YTD, running, previousComplete ? runningPrevious : null, true));
      }
    }
  }

  private static @Nullable BigDecimal difference(
      @Nullable BigDecimal later, @Nullable BigDecimal earlier) {
    return later == null || earlier == null ? null : later.subtract(earlier);
  }

  /** The periods of the given frequency in the stored values' year, in order. */
  private static List<Period> periodsOfYear(List<StoredValue> stored, Period.Frequency frequency) {
    return stored.stream()
        .map(v -> Period.parse(v.period()))
        .filter(p -> p.frequency() == frequency)
        .distinct()
        .sorted()
        .toList();
  }

  /** Every period of the frequency from the start of the year to the last one given. */
  private static List<Period> allPeriodsUpTo(List<Period> periods) {
    if (periods.isEmpty()) {
      return List.of();
    }
    Period last = periods.get(periods.size() - 1);
    List<Period> all = new ArrayList<>();
    if (last.frequency() == Period.Frequency.QUARTER) {
      for (int q = 1; q <= last.number(); q++) {
        all.add(Period.quarter(last.year(), q));
      }
    } else {
      all.add(Period.month(last.year(), 1));
      for (int m = 3; m <= last.number(); m++) {
        all.add(Period.month(last.year(), m));
      }
    }
    return all;
  }

  private static boolean isFirstOfYear(Period p) {
    return p.number() == 1;
  }

  private static Optional<Period> previous(Period p) {
    if (p.frequency() == Period.Frequency.QUARTER) {
      return p.number() == 1
          ? Optional.empty()
          : Optional.of(Period.quarter(p.year(), p.number() - 1));
    }
    return p.previousMonthInYear();
  }

  private static String key(String period, Measure measure) {
    return period + '|' + measure.word();
  }
}
