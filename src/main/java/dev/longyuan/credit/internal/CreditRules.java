package dev.longyuan.credit.internal;

/**
 * One version of the rule set as stored: the starting score, each factor's points per fact, the cap
 * on its total and the window in months it looks back (0: facts valid now), the lowest scores of
 * grades A, B and C, and the highest score a blacklisted enterprise keeps.
 */
public record CreditRules(
    int start,
    Weight inspectionFailed,
    Weight penalty,
    Weight complaintUpheld,
    Weight reportingReturned,
    Weight reportingReopened,
    Weight recognition,
    int gradeA,
    int gradeB,
    int gradeC,
    int blacklistedAtMost) {

  /** Points per fact, the cap on their sum, and the months looked back. */
  public record Weight(int points, int cap, int months) {

    int points(int count) {
      return Math.min(points * count, cap);
    }
  }
}
