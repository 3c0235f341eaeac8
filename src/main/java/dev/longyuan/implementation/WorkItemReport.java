package dev.longyuan.implementation;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A unit's report on a work item for a quarter ({@code 2017-Q2}): its state and what was done. */
public record WorkItemReport(
    String period,
    String state,
    String narrative,
    @Nullable String reason,
    String reportedBy,
    OffsetDateTime reportedAt) {}
