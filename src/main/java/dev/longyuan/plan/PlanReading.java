package dev.longyuan.plan;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The outcome of reading a plan file: the plan when it is sound, else every problem found. */
public record PlanReading(@Nullable Plan plan, List<PlanProblem> problems) {

  public PlanReading {
    problems = List.copyOf(problems);
    if ((plan == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a reading has a plan or problems, never both or neither");
    }
  }

  public boolean isValid() {
    return plan != null;
  }

  public Optional<Plan> validPlan() {
    return Optional.ofNullable(plan);
  }
}
