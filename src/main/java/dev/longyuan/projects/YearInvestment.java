package dev.longyuan.projects;

import java.math.BigDecimal;

/**
 * A year's investment of a project in 万元: planned, and completed (the sum of its monthly reports).
 */
public record YearInvestment(int year, BigDecimal planned, BigDecimal completed) {}
