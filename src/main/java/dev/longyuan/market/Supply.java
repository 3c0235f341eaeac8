package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stored supply listing of an in-province enterprise. */
public record Supply(
    long id,
    String enterpriseCode,
    String enterpriseName,
    String product,
    String specification,
    String categoryCode,
    BigDecimal monthlyCapacity,
    String unit,
    String regionCode,
    @Nullable BigDecimal priceMin,
    @Nullable BigDecimal priceMax,
    String certifications,
    LocalDate availableFrom) {}
