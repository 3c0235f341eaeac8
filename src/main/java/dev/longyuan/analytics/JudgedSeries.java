package dev.longyuan.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The series a target's label judges, as its kind turns the indicator's yearly values into one (see
 * {@link TargetMeasure}): the years from the base year, their values (null where missing), the goal
 * it must reach by the target year, and what it measures. A series that cannot be judged says why
 * in {@code unassessable}.
 */
record JudgedSeries(
    List<Integer> years,
    List<@Nullable Double> values,
    @Nullable Double goal,
    boolean higherIsBetter,
    boolean pace,
    AssessmentNote measuredAs,
    List<AssessmentNote> notes,
    @Nullable AssessmentNote unassessable) {

  JudgedSeries {
    years = List.copyOf(years);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    notes = List.copyOf(notes);
  }

  /** The latest year with a value, or null. */
  @Nullable Integer latestYear() {
    for (int i = years.size() - 1; i >= 0; i--) {
      if (values.get(i) != null) {
        return years.get(i);
      }
    }
    return null;
  }

  @Nullable Double valueIn(int year) {
    int at = years.indexOf(year);
    return at < 0 ? null : values.get(at);
  }
}
