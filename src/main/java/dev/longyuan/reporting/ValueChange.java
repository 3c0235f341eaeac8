package dev.longyuan.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a value's history: who did what when, from what to what, and why. */
public record ValueChange(
    Instant at,
    String actor,
    String action,
    @Nullable BigDecimal oldValue,
    @Nullable BigDecimal newValue,
    @Nullable BigDecimal oldPreviousYearValue,
    @Nullable BigDecimal newPreviousYearValue,
    @Nullable String oldStatus,
    @Nullable String newStatus,
    @Nullable String reason,
    @Nullable Long importId) {}
