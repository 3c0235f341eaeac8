package dev.longyuan.sharing;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A stored booking of a resource by an enterprise for a period (end exclusive). */
public record Booking(
    long id,
    long resourceId,
    String enterpriseCode,
    String enterpriseName,
    String enterpriseRegion,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String purpose,
    BookingStatus status,
    @Nullable String reason,
    @Nullable Integer rating,
    @Nullable String ratingComment,
    String requestedBy) {}
