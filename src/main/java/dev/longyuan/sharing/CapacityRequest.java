package dev.longyuan.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stored capacity request and the market demand it was posted as. */
public record CapacityRequest(
    long id,
    String processCode,
    BigDecimal quantity,
    String unit,
    LocalDate deliverBy,
    String regionCode,
    @Nullable String enterpriseCode,
    long marketDemandId,
    String createdBy) {}
