package dev.longyuan.programs;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One product's ledger in a region, year by year, beside the target of cumulative withdrawal it
 * serves (counted from the year after the target's base year).
 */
public record CapacityLedger(
    CapacityProduct product,
    int baseYear,
    List<CapacityYear> years,
    @Nullable String targetCode,
    @Nullable BigDecimal targetValue) {

  public CapacityLedger {
    years = List.copyOf(years);
  }
}
