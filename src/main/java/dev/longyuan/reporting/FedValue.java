package dev.longyuan.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A data value as it stands after its latest change, numbered in commit order. */
public record FedValue(
    long changeSeq,
    String dataElement,
    String reportingUnit,
    String unitType,
    String period,
    String measure,
    BigDecimal value,
    @Nullable BigDecimal previousYearValue,
    String status,
    String source,
    boolean deleted) {}
