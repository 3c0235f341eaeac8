package dev.longyuan.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One value of a unit's series for an element: as stored, or derived from the other measure ({@code
 * derived}), with its 上年同期 where it is known.
 */
public record SeriesValue(
    String period,
    Measure measure,
    BigDecimal value,
    @Nullable BigDecimal previousYearValue,
    boolean derived) {}
