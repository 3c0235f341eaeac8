package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a demand's owner bought outside the province instead: amount in 万元, date, a note. */
public record OutsidePurchaseDraft(
    @Nullable BigDecimal amount, @Nullable LocalDate date, @Nullable String note) {}
