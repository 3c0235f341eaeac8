package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/** A step on the approval path moved values of a unit in a period, in the same transaction. */
public record ApprovalStepTaken(
    String actor,
    String reportingUnit,
    String period,
    @Nullable String dataElement,
    String action,
    @Nullable String level,
    @Nullable String reason,
    int values) {}
