package dev.longyuan.projects;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** A milestone of a project, due on a date and done on another (or not yet). */
public record Milestone(
    long id, String projectCode, String name, LocalDate dueDate, @Nullable LocalDate doneDate) {

  /** Not done and its due date passed before {@code asOf}. */
  public boolean overdueOn(LocalDate asOf) {
    return doneDate == null && dueDate.isBefore(asOf);
  }

  /** Done after its due date. */
  public boolean doneLate() {
    return doneDate != null && doneDate.isAfter(dueDate);
  }

  /** Days past the due date on {@code asOf}, 0 when not overdue. */
  public long daysOverdue(LocalDate asOf) {
    return overdueOn(asOf) ? ChronoUnit.DAYS.between(dueDate, asOf) : 0;
  }
}
