package dev.longyuan.implementation;

import dev.longyuan.plan.PlanTask;
import java.util.List;

/**
 * A task of the plan with the units in charge of it now; {@code proposed} are the units the plan
 * file gave, kept visible beside an assignment that changed them.
 */
public record AssignedTask(PlanTask task, TaskUnits units, TaskUnits proposed) {

  public String code() {
    return task.code();
  }

  /** Whether the unit leads the task or co-operates in it. */
  public boolean involves(String unit) {
    return units.leadUnit().equals(unit) || units.coUnits().contains(unit);
  }

  /** The chapter the task belongs to: the first number of its section. */
  public String chapter() {
    String section = task.section();
    int dot = section.indexOf('.');
    return dot < 0 ? section : section.substring(0, dot);
  }

  public boolean reassigned() {
    return units.basis().equals("assigned");
  }

  public List<String> targets() {
    return task.targets();
  }
}
