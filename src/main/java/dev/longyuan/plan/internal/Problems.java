package dev.longyuan.plan.internal;

import dev.longyuan.plan.PlanProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a plan file, so that one reading reports them all. */
final class Problems {

  private final List<PlanProblem> found = new ArrayList<>();

  void add(String path, int line, String messageZh, String messageEn) {
    found.add(new PlanProblem(path, line, messageZh, messageEn));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<PlanProblem> all() {
    return List.copyOf(found);
  }
}
