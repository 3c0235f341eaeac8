package dev.longyuan.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A stored resource, every field; shown to people only through {@link ResourceView}. */
public record Resource(
    long id,
    ResourceKind kind,
    String name,
    String ownerCode,
    String ownerName,
    String countyCode,
    String cityCode,
    String specification,
    Calendar calendar,
    String priceTerms,
    String contact,
    Level level,
    @Nullable String processCode,
    @Nullable BigDecimal monthlyCapacity,
    @Nullable String capacityUnit,
    @Nullable Long marketSupplyId) {}
