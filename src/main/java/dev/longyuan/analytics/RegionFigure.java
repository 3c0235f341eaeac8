package dev.longyuan.analytics;

import java.math.BigDecimal;

/**
 * A region's own approved figure for a year: the value, its source ({@code official}, {@code
 * reported} or {@code synthetic}), the data element and the period it is stored under.
 */
public record RegionFigure(
    int year, BigDecimal value, String source, String element, String period) {}
