package dev.longyuan.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Where the trend leads by the target year: a constant annual growth fitted by least squares to the
 * logarithms of the values (as the progress method's growth assumes), with its 80% prediction band
 * when three or more years allow one; with two years, their compound growth carried on, without a
 * band. Values at or below zero are fitted by a straight line instead.
 */
public record Projection(
    int year, double value, @Nullable Double low, @Nullable Double high, String model) {}
