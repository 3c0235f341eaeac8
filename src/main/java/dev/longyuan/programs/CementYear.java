package dev.longyuan.programs;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Cement in a region for one year: output (reported P_CEMENT summed over the year), the ledger's
 * capacity at year end, utilisation = output / capacity × 100, and concentration = the ten largest
 * enterprises' capacity / all capacity × 100 (CR10). Null where it cannot be computed.
 */
public record CementYear(
    int year,
    @Nullable BigDecimal output,
    BigDecimal capacity,
    @Nullable BigDecimal utilisation,
    BigDecimal largestTen,
    @Nullable BigDecimal concentration,
    int enterprises,
    boolean synthetic) {}
