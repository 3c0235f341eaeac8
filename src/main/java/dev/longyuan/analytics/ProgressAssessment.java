package dev.longyuan.analytics;

import org.jspecify.annotations.Nullable;

/**
 * The judgement of one series and the figures behind it. {@code method} is 2 when a numeric target
 * is compared (progress value = observed over required growth), 1 when only the trend is (progress
 * value = the direction-signed observed growth). Figures that are not finite are null.
 */
public record ProgressAssessment(
    ProgressLabel label,
    int method,
    @Nullable Integer baseYear,
    @Nullable Integer currentYear,
    @Nullable Double cagrObserved,
    @Nullable Double cagrRequired,
    @Nullable Double ratio,
    @Nullable Double progressValue) {}
