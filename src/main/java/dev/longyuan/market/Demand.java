package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored demand. {@code ownerRegionCode} is the region whose staff see it: the key project's
 * county, else the buying enterprise's, else the place of delivery.
 */
public record Demand(
    long id,
    String title,
    String specification,
    String categoryCode,
    BigDecimal quantity,
    String unit,
    String deliveryRegionCode,
    String deliveryPlace,
    LocalDate postedOn,
    LocalDate deliverBy,
    @Nullable BigDecimal budget,
    String contact,
    @Nullable String projectCode,
    @Nullable String enterpriseCode,
    String ownerRegionCode,
    String createdBy) {}
