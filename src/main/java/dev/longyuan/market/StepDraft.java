package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A step of a match: {@code status} contacted, deal (with {@code amount} in 万元 and {@code date}),
 * delivered (on {@code date}, today when not given) or declined (with {@code reason}).
 */
public record StepDraft(
    @Nullable Long supplyId,
    @Nullable String status,
    @Nullable BigDecimal amount,
    @Nullable LocalDate date,
    @Nullable String reason) {}
