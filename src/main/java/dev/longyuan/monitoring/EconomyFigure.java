package dev.longyuan.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure of the industrial economy for the months so far (累计) beside its 上年同期: the value (亿元, %
 * or 百分点 as {@code unit} says), the change on the same period a year earlier, and how that change
 * is measured ({@code growth}: % on the comparable base; {@code points}: a difference in percentage
 * points). {@code noteZh}/{@code noteEn} say what the figure is when it is not the usual one (value
 * added at current prices where no price index allows comparable prices).
 */
public record EconomyFigure(
    String key,
    String unit,
    @Nullable BigDecimal value,
    @Nullable BigDecimal change,
    String changeKind,
    @Nullable String noteZh,
    @Nullable String noteEn) {}
