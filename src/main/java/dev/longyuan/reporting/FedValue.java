package dev.longyuan.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A data value as it stands after its latest change, numbered in commit order; a removed one
 * ({@code deleted}) carries only its key.
 */
public record FedValue(
    long changeSeq,
    String dataElement,
    String reportingUnit,
    @Nullable String unitType,
    String period,
    String measure,
    @Nullable BigDecimal value,
    @Nullable BigDecimal previousYearValue,
    @Nullable String status,
    @Nullable String source,
    boolean deleted) {}
