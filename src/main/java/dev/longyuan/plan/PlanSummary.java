package dev.longyuan.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A stored plan in a list: what it is and when it was loaded. */
public record PlanSummary(
    String id,
    String titleZh,
    String titleEn,
    String documentNumber,
    LocalDate issuedOn,
    int baseYear,
    int targetYear,
    int targetCount,
    Instant loadedAt) {}
