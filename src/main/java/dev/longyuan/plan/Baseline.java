package dev.longyuan.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A base-year fact the plan states, with its sentence. */
public record Baseline(
    String code,
    String nameZh,
    String nameEn,
    @Nullable Integer year,
    @Nullable String periodText,
    BigDecimal value,
    String unit,
    @Nullable String scope,
    @Nullable String indicator,
    String section,
    String sourceText) {}
