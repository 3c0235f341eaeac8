package dev.longyuan.programs;

import org.jspecify.annotations.Nullable;

/**
 * A recognition to record: an enterprise's (its credit code) or a zone's (a development zone's code
 * from the plan, or a park's name with its region code).
 */
public record NewRecognition(
    String programmeCode,
    @Nullable String enterpriseCode,
    @Nullable String zoneCode,
    @Nullable String parkName,
    @Nullable String regionCode,
    String level,
    int yearGranted,
    @Nullable Integer yearWithdrawn,
    @Nullable String documentNumber) {}
