package dev.longyuan.sharing;

import org.jspecify.annotations.Nullable;

/**
 * Used hours (of bookings in use or completed, within opening windows) over available hours of a
 * calendar, for a period ("2027" or "2027-06"); the hours are null where the viewer may not see the
 * calendar of a restricted resource, the ratio (a percentage, two decimals) null when nothing was
 * available.
 */
public record Utilisation(
    String period,
    @Nullable Double bookedHours,
    @Nullable Double availableHours,
    @Nullable Double percent) {

  static Utilisation of(String period, double booked, double available, boolean hoursShown) {
    Double percent = available > 0 ? Math.round(booked / available * 10_000) / 100.0 : null;
    return new Utilisation(
        period, hoursShown ? booked : null, hoursShown ? available : null, percent);
  }
}
