package dev.longyuan.plan;

import java.math.BigDecimal;

/**
 * A plan's own bounds for judging progress towards its numeric targets (observed ÷ required
 * growth): at or above {@code high} on track, at or above {@code med} needs acceleration, at or
 * above {@code low} limited progress, below it deterioration. Plans without them use Open SDG's
 * 0.95 / 0.6 / 0.
 */
public record ProgressBands(BigDecimal high, BigDecimal med, BigDecimal low) {}
