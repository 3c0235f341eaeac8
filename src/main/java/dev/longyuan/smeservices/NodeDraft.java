package dev.longyuan.smeservices;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node as the province records it: {@code kind} {@code hub}, {@code window}, {@code touchpoint}
 * or {@code agency}; its region (GB/T 2260, a division of the plan); the node it passes requests up
 * to ({@code parentCode}: none for the hub, the hub for a window, its city's window for a
 * touchpoint, a window or the hub for an agency); the day it began to serve; and its catalogue,
 * each offer a national category with its fee ({@code free}, {@code low_cost}, {@code market}).
 */
public record NodeDraft(
    @Nullable String code,
    @Nullable String kind,
    @Nullable String nameZh,
    @Nullable String nameEn,
    @Nullable String regionCode,
    @Nullable String parentCode,
    @Nullable String openedOn,
    @Nullable List<OfferDraft> offers) {

  /** One offer of the catalogue. */
  public record OfferDraft(@Nullable String categoryCode, @Nullable String fee) {}
}
