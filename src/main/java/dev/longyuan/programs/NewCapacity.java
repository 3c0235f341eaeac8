package dev.longyuan.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A capacity statement to record. */
public record NewCapacity(
    String productCode,
    String enterpriseCode,
    BigDecimal capacity,
    LocalDate asOf,
    @Nullable String documentNumber) {}
