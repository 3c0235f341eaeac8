package dev.longyuan.reporting;

import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One data value as checked and stored: keyed by data element, reporting unit (a unified social
 * credit code or a GB/T 2260 region code), period and measure, with its 上年同期 where the form has
 * one.
 */
public record ValueRecord(
    String dataElement,
    String reportingUnit,
    Period period,
    Measure measure,
    BigDecimal value,
    @Nullable BigDecimal previousYearValue,
    @Nullable String comment) {}
