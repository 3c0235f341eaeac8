package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One step on the approval path for the values of a reporting unit in a period (all its elements,
 * or one). Returning needs a reason.
 */
public record ApprovalRequest(
    String reportingUnit,
    String period,
    @Nullable String dataElement,
    ApprovalAction action,
    @Nullable ApprovalLevel level,
    @Nullable String reason,
    String actor) {}
