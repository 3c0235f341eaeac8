package dev.longyuan.analytics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate behind an indicator's value: which element, for which period and measure, over how
 * many units (and how many of their values are synthetic, 模拟数据), and what it came to (null when no
 * unit reports it).
 */
public record AggregateFigure(
    String aggregate,
    String dataElement,
    @Nullable String period,
    @Nullable String measure,
    long units,
    long syntheticValues,
    @Nullable BigDecimal value) {}
