package dev.longyuan.implementation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A year's implementation plan: its targets, each on the path to the plan's target, its work items
 * with their latest progress, and its state: {@code draft} while the province edits it, {@code
 * approved} (by whom, when) once it is in force.
 */
public record AnnualPlan(
    String planId,
    int year,
    String status,
    @Nullable String approvedBy,
    @Nullable OffsetDateTime approvedAt,
    List<AnnualTarget> targets,
    List<WorkItem> workItems) {

  public AnnualPlan {
    targets = List.copyOf(targets);
    workItems = List.copyOf(workItems);
  }

  public boolean approved() {
    return status.equals("approved");
  }
}
