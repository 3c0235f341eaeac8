package dev.longyuan.smeservices;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A step of a request: {@code submitted}, {@code acknowledged}, {@code forwarded} (up or across),
 * {@code escalated} (on a breach, {@code reason} {@code acknowledge_overdue} or {@code
 * resolve_overdue}), {@code resolved} or {@code rated}; from and to which node, by whom, when.
 */
public record Hop(
    String action,
    @Nullable String fromNode,
    @Nullable String toNode,
    String actor,
    Instant at,
    @Nullable String reason,
    String note) {}
