package dev.longyuan.implementation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A work item of a year's implementation plan: what is to be delivered for a task, by when and by
 * which unit, with the latest progress its unit reported. {@code state} is the state reported,
 * except that an item past its due date and neither done nor cancelled is {@code lagging} (滞后),
 * whatever it last said.
 */
public record WorkItem(
    long id,
    String planId,
    int year,
    String taskCode,
    String title,
    String deliverable,
    LocalDate dueDate,
    String unit,
    String state,
    @Nullable WorkItemReport latest) {

  public static final java.util.List<String> STATES =
      java.util.List.of("not_started", "in_progress", "done", "lagging", "cancelled");

  /** Whether it is past its due date and not done or cancelled. */
  public boolean overdue(LocalDate today) {
    return dueDate.isBefore(today) && !state.equals("done") && !state.equals("cancelled");
  }
}
