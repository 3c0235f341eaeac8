package dev.longyuan.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of the plan's key indicator table: baseline and target as corrected. */
public record Indicator(
    String code,
    int number,
    String categoryZh,
    String categoryEn,
    String nameZh,
    String nameEn,
    String unit,
    Attribute attribute,
    Direction direction,
    @Nullable String scope,
    @Nullable BigDecimal baseline,
    @Nullable String baselineNote,
    @Nullable BigDecimal target,
    String targetText,
    String section,
    String tableRow,
    List<String> targets,
    List<Correction> corrections,
    @Nullable String note,
    @Nullable String noteEn,
    @Nullable IndicatorDefinition definition) {

  public Indicator {
    targets = List.copyOf(targets);
    corrections = List.copyOf(corrections);
  }
}
