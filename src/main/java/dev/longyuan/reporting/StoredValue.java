package dev.longyuan.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A data value as stored, with where it came from and where it stands on the approval path. */
public record StoredValue(
    String dataElement,
    String reportingUnit,
    UnitType unitType,
    String period,
    Measure measure,
    BigDecimal value,
    @Nullable BigDecimal previousYearValue,
    @Nullable String comment,
    String source,
    String status,
    @Nullable String approvedLevel,
    @Nullable String returnReason,
    Instant updatedAt,
    String updatedBy) {}
