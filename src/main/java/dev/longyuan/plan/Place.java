package dev.longyuan.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An economic zone or its sub-area, a development zone, an industrial base or an industry chain.
 */
public record Place(
    PlaceKind kind,
    String code,
    @Nullable String parent,
    String nameZh,
    String nameEn,
    String section,
    List<String> regions,
    List<String> sectors,
    List<String> stages,
    @Nullable String level,
    @Nullable String scaleZh,
    @Nullable BigDecimal scaleValue,
    @Nullable String sourceText) {

  public Place {
    regions = List.copyOf(regions);
    sectors = List.copyOf(sectors);
    stages = List.copyOf(stages);
  }
}
