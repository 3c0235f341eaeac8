package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A supply as posted by a registered in-province enterprise: the product, its category and
 * specification, the monthly capacity in its unit, the region it ships from (the enterprise's when
 * not given), the price range in 元 per unit, certifications, and the day it can first deliver (the
 * day it is posted when not given).
 */
public record SupplyDraft(
    @Nullable String enterpriseCode,
    @Nullable String product,
    @Nullable String specification,
    @Nullable String categoryCode,
    @Nullable BigDecimal monthlyCapacity,
    @Nullable String unit,
    @Nullable String regionCode,
    @Nullable BigDecimal priceMin,
    @Nullable BigDecimal priceMax,
    @Nullable String certifications,
    @Nullable LocalDate availableFrom) {}
