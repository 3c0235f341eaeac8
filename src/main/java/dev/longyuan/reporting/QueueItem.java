package dev.longyuan.reporting;

import java.util.List;

/**
 * One reporting unit's values for one period awaiting a level's decision, with the flags of the
 * soft checks for the reviewer to look at.
 */
public record QueueItem(
    String reportingUnit,
    String unitName,
    UnitType unitType,
    String period,
    int values,
    ApprovalLevel awaiting,
    List<ReviewFlag> flags) {

  public QueueItem {
    flags = List.copyOf(flags);
  }
}
