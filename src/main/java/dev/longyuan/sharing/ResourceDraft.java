package dev.longyuan.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A resource as registered by form, API or workbook, every field as written: the kind (code or
 * Chinese name), the owner's credit code, the county code (GB/T 2260), the calendar (ISO weekdays
 * "1-5" or "1,3,5"; hours "08:00-16:00"; dates yyyy-mm-dd, blocked dates separated by ";"), the
 * level (公开/受限), and for spare capacity the process, monthly capacity and its unit.
 */
public record ResourceDraft(
    @Nullable String kind,
    @Nullable String name,
    @Nullable String enterpriseCode,
    @Nullable String countyCode,
    @Nullable String specification,
    @Nullable String openDays,
    @Nullable String openHours,
    @Nullable String availableFrom,
    @Nullable String availableTo,
    @Nullable String blockedDates,
    @Nullable String priceTerms,
    @Nullable String contact,
    @Nullable String level,
    @Nullable String processCode,
    @Nullable BigDecimal monthlyCapacity,
    @Nullable String capacityUnit) {}
