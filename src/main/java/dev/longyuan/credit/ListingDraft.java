package dev.longyuan.credit;

import org.jspecify.annotations.Nullable;

/**
 * A blacklist listing to record, unchecked: the enterprise, the reason, the legal basis, the
 * document number, and the dates (YYYY-MM-DD) it is in force from and, if limited, to.
 */
public record ListingDraft(
    @Nullable String enterpriseCode,
    @Nullable String reason,
    @Nullable String basis,
    @Nullable String documentNumber,
    @Nullable String from,
    @Nullable String to) {}
