package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A demand as posted: the item, its specification and category (a GB/T 4754-2017 code such as
 * C3311, or a GB/T 50851-2013 工料机 code of two, four or eight digits), the quantity in its unit,
 * where and by when it is to be delivered, the budget in 万元, a contact, and optionally the key
 * project that needs it and the enterprise that buys it.
 */
public record DemandDraft(
    @Nullable String title,
    @Nullable String specification,
    @Nullable String categoryCode,
    @Nullable BigDecimal quantity,
    @Nullable String unit,
    @Nullable String deliveryRegionCode,
    @Nullable String deliveryPlace,
    @Nullable LocalDate deliverBy,
    @Nullable BigDecimal budget,
    @Nullable String contact,
    @Nullable String projectCode,
    @Nullable String enterpriseCode) {}
