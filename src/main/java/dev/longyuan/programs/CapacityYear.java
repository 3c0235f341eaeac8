package dev.longyuan.programs;

import java.math.BigDecimal;

/**
 * A product's ledger in a region for one year: the capacity at its end (after withdrawals), what
 * was withdrawn in it and in how many withdrawals, and what was withdrawn from the year after the
 * base year to its end.
 */
public record CapacityYear(
    int year,
    BigDecimal capacityAtEnd,
    BigDecimal withdrawn,
    long withdrawals,
    BigDecimal withdrawnSinceBase,
    boolean synthetic) {}
