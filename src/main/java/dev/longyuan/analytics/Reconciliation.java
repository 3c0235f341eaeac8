package dev.longyuan.analytics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A region's own figure for an element beside the sum of its enterprises' values. The region's
 * figure, where it has one, is the authoritative one (a statistics bureau's total covers every
 * enterprise of its scope, including those that do not report here); the bottom-up sum shows how
 * much of it the platform's enterprises account for. {@code difference} is the figure minus the
 * sum.
 */
public record Reconciliation(
    String dataElement,
    String regionCode,
    String period,
    String measure,
    @Nullable BigDecimal regionFigure,
    @Nullable String regionFigureSource,
    @Nullable BigDecimal enterpriseSum,
    long enterprises,
    long syntheticValues,
    @Nullable BigDecimal difference,
    @Nullable BigDecimal coveragePercent,
    String authoritative) {}
