package dev.longyuan.analytics;

import java.math.BigDecimal;

/**
 * A register's figure for a year: the value, what it counts in words ({@code 2020年末有效认定 203 项},
 * {@code 2016–2018年退出产能 12 笔}) so a reader can trace it, and whether demonstration data (模拟数据) lie
 * behind it.
 */
public record RegisterFigure(
    int year, BigDecimal value, String basisZh, String basisEn, boolean synthetic) {}
