package dev.longyuan.trace.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query selects, each list an OR of canonical values and the lists ANDed, as the EPCIS
 * simple event query combines its parameters. An EPC ending in {@code /*} matches every EPC under
 * it (an EPC pattern: a GTIN's serials, a class's lots).
 */
public record EventCriteria(
    List<String> eventTypes,
    List<String> bizSteps,
    List<String> dispositions,
    List<String> actions,
    List<String> readPoints,
    List<String> bizLocations,
    List<String> eventIds,
    @Nullable OffsetDateTime eventTimeFrom,
    @Nullable OffsetDateTime eventTimeBefore,
    @Nullable OffsetDateTime recordTimeFrom,
    @Nullable OffsetDateTime recordTimeBefore,
    List<String> epcs,
    List<String> anyEpcs,
    List<String> epcClasses,
    List<String> anyEpcClasses) {

  /** Roles MATCH_epc looks in: the event's own objects, not a parent or a transformation's. */
  static final List<String> EPC_ROLES = List.of("epc", "child");

  static final List<String> ANY_EPC_ROLES = List.of("epc", "child", "parent", "input", "output");

  static final List<String> EPC_CLASS_ROLES = List.of("quantity", "child_quantity");

  static final List<String> ANY_EPC_CLASS_ROLES =
      List.of("quantity", "child_quantity", "input_quantity", "output_quantity");

  /** The same criteria, restricted to events recorded from the time given on. */
  public EventCriteria recordedFrom(OffsetDateTime from) {
    OffsetDateTime later =
        recordTimeFrom == null || from.isAfter(recordTimeFrom) ? from : recordTimeFrom;
    return new EventCriteria(
        eventTypes,
        bizSteps,
        dispositions,
        actions,
        readPoints,
        bizLocations,
        eventIds,
        eventTimeFrom,
        eventTimeBefore,
        later,
        recordTimeBefore,
        epcs,
        anyEpcs,
        epcClasses,
        anyEpcClasses);
  }
}
