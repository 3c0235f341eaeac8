package dev.longyuan.plan;

import org.jspecify.annotations.Nullable;

/**
 * How an indicator is computed from reported data: an expression over data elements (the language
 * is the analytics module's: {@code sum(RD_EXP) / sum(MBR) * 100}) and, where the indicator covers
 * only some industries (规模以上制造业), the GB/T 4754-2017 code or plan sector that selects them.
 */
public record IndicatorDefinition(String expression, @Nullable String industries) {}
