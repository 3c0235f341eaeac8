package dev.longyuan.sharing;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A booking as requested: the resource, the period (end exclusive), the purpose, and the requesting
 * enterprise (an enterprise user's own when not given).
 */
public record BookingDraft(
    long resourceId,
    @Nullable LocalDateTime startsAt,
    @Nullable LocalDateTime endsAt,
    @Nullable String purpose,
    @Nullable String enterpriseCode) {}
