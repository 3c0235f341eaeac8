package dev.longyuan.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request for manufacturing capacity: the process, the quantity in its unit, the day it is needed
 * by, the county or city to deliver to, and the requesting enterprise (an enterprise user's own).
 */
public record CapacityRequestDraft(
    @Nullable String processCode,
    @Nullable BigDecimal quantity,
    @Nullable String unit,
    @Nullable LocalDate deliverBy,
    @Nullable String regionCode,
    @Nullable String enterpriseCode) {}
