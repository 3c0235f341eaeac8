package dev.longyuan.projects;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project behind its year's investment plan at the end of a month (all amounts 万元): the year's
 * plan, what was completed from January to the month, what the plan expected by then pro rata (see
 * {@link ProjectWatch#investmentBehind}), the shortfall, and the shortfall in points of the year's
 * plan.
 */
public record InvestmentShortfall(
    String projectCode,
    String projectName,
    String regionCode,
    @Nullable String sector,
    int year,
    int month,
    BigDecimal planned,
    BigDecimal completed,
    BigDecimal expected,
    BigDecimal shortfall,
    BigDecimal shortfallPoints) {}
