package dev.longyuan.plan.web;

/** A plan, or a thing within a plan, that does not exist: answered with 404. */
final class PlanNotFoundException extends RuntimeException {

  private final String what;

  PlanNotFoundException(String what) {
    super("not found: " + what);
    this.what = what;
  }

  String what() {
    return what;
  }
}
