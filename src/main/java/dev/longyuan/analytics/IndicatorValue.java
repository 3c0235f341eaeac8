package dev.longyuan.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator computed for a region, a sector and a period, bottom-up from the approved values of
 * the enterprises registered there, with the aggregates it rests on. Null when it cannot be
 * computed (an aggregate with no unit, a zero divisor): never an invented zero.
 */
public record IndicatorValue(
    String definition,
    String regionCode,
    @Nullable String sector,
    String period,
    String measure,
    @Nullable BigDecimal value,
    List<AggregateFigure> figures) {}
