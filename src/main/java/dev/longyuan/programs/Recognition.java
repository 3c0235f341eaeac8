package dev.longyuan.programs;

import org.jspecify.annotations.Nullable;

/**
 * One recognition a holder received under a programme: granted in a year and valid at the end of
 * every year until the year it was withdrawn. The holder's region and industry are as recorded.
 */
public record Recognition(
    long id,
    String programmeCode,
    @Nullable String enterpriseCode,
    @Nullable String zoneCode,
    String holderName,
    String regionCode,
    @Nullable String industryCode,
    String level,
    int yearGranted,
    @Nullable Integer yearWithdrawn,
    String documentNumber,
    boolean synthetic) {

  /** Valid at the end of the year: granted in or before it and not withdrawn by its end. */
  public boolean validAtEndOf(int year) {
    return yearGranted <= year && (yearWithdrawn == null || yearWithdrawn > year);
  }
}
