package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;

/**
 * A stored event: its JSON as captured (with its eventID), when it was recorded, its namespaces.
 */
public record StoredEvent(
    long id, String eventHash, OffsetDateTime recordTime, String body, String namespaces) {}
