package dev.longyuan.credit.internal;

import org.jspecify.annotations.Nullable;

/**
 * One version of the rule set as stored: the starting score, each factor's points per fact, the cap
 * on its total and the window in months it looks back (0: facts valid now), the lowest scores of
 * grades A, B and C, and the highest score a blacklisted enterprise keeps. Factors that a version
 * predates (recalls and late reporting came with version 2) are absent from it and not counted.
 */
public record CreditRules(
    int start,
    Weight inspectionFailed,
    Weight penalty,
    Weight complaintUpheld,
    @Nullable Weight recall,
    Weight reportingReturned,
    Weight reportingReopened,
    @Nullable LateFiling reportingLate,
    Weight recognition,
    int gradeA,
    int gradeB,
    int gradeC,
    int blacklistedAtMost) {

  /**
   * Late statistical reporting: a period counts when its figures were first submitted more than
   * {@code daysAfterPeriodEnd} days after it ended, among the periods whose deadline fell within
   * the weight's window.
   */
  public record LateFiling(Weight weight, int daysAfterPeriodEnd) {}

  /** Points per fact, the cap on their sum, and the months looked back. */
  public record Weight(int points, int cap, int months) {

    int points(int count) {
      return Math.min(points * count, cap);
    }
  }
}
