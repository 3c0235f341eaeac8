package dev.longyuan.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the plan promises, with the sentence that promises it. A target on a key indicator names it
 * ({@code indicator}); a count the platform keeps in a register of its own — recognitions of an
 * enterprise programme, capacity withdrawn — names that register's series instead ({@code
 * register}, e.g. {@code programme:specialised-sme}).
 */
public record Target(
    String code,
    String nameZh,
    String nameEn,
    @Nullable BigDecimal value,
    @Nullable BigDecimal valueMax,
    String unit,
    Comparator comparator,
    TargetKind kind,
    @Nullable CountBasis countBasis,
    int baseYear,
    int targetYear,
    Attribute attribute,
    Direction direction,
    @Nullable String scope,
    @Nullable String indicator,
    @Nullable String register,
    List<String> sectors,
    List<String> regions,
    String section,
    String sourceText,
    @Nullable String note) {

  public Target {
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
  }
}
