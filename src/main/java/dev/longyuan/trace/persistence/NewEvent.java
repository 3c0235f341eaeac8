package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event as it is stored: its JSON and, in canonical form, what the queries select on. */
public record NewEvent(
    String eventHash,
    String eventId,
    String eventType,
    OffsetDateTime eventTime,
    String eventTimeZoneOffset,
    @Nullable String action,
    @Nullable String bizStep,
    @Nullable String disposition,
    @Nullable String readPoint,
    @Nullable String bizLocation,
    UUID captureJob,
    String body,
    String namespaces,
    List<Identifier> identifiers) {

  /** An EPC or EPC class the event names, in its role (epc, child, parent, input, …). */
  public record Identifier(String role, String epc) {}
}
