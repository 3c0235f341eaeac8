package dev.longyuan.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resource as one viewer may see it, the only form in which pages, the API, exports, bookings and
 * statistics show a resource. For a restricted resource the viewer may not see in detail, the
 * details are null: specification, the county (the city stays), price terms, contact and the
 * calendar.
 */
public record ResourceView(
    long id,
    ResourceKind kind,
    String name,
    String ownerCode,
    String ownerName,
    String cityCode,
    Level level,
    @Nullable String processCode,
    @Nullable BigDecimal monthlyCapacity,
    @Nullable String capacityUnit,
    boolean detailsShown,
    @Nullable String countyCode,
    @Nullable String specification,
    @Nullable String priceTerms,
    @Nullable String contact,
    @Nullable String openDays,
    @Nullable String openHours,
    @Nullable LocalDate availableFrom,
    @Nullable LocalDate availableTo,
    @Nullable String blockedDates) {

  public static ResourceView of(Resource r, Viewer viewer) {
    boolean shown = viewer.seesDetails(r);
    Calendar c = r.calendar();
    return new ResourceView(
        r.id(),
        r.kind(),
        r.name(),
        r.ownerCode(),
        r.ownerName(),
        r.cityCode(),
        r.level(),
        r.processCode(),
        r.monthlyCapacity(),
        r.capacityUnit(),
        shown,
        shown ? r.countyCode() : null,
        shown ? r.specification() : null,
        shown ? r.priceTerms() : null,
        shown ? r.contact() : null,
        shown ? c.daysText() : null,
        shown ? c.hoursText() : null,
        shown ? c.from() : null,
        shown ? c.to() : null,
        shown ? c.blockedText() : null);
  }
}
