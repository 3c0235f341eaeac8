package dev.longyuan.reporting;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The values the soft checks flag for review that no level has yet reviewed (approved or returned)
 * since before a given time: how many, and since when the oldest of them has waited, with its
 * period; none waiting has neither.
 */
public record FlaggedBacklog(
    int values, @Nullable OffsetDateTime oldestSince, @Nullable String oldestPeriod) {}
