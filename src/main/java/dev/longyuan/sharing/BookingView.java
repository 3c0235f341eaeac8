package dev.longyuan.sharing;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A booking as one viewer may see it: its resource as a {@link ResourceView}, and its purpose only
 * when the viewer sees the resource's details or made the booking.
 */
public record BookingView(
    long id,
    ResourceView resource,
    String enterpriseCode,
    String enterpriseName,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    @Nullable String purpose,
    BookingStatus status,
    @Nullable String reason,
    @Nullable Integer rating,
    @Nullable String ratingComment,
    boolean mayDecide,
    boolean mayRate,
    boolean mayCancel) {

  static BookingView of(Booking b, Resource r, Viewer viewer) {
    ResourceView resource = ResourceView.of(r, viewer);
    boolean requester = viewer.isRequester(b);
    boolean owner = viewer.actsForOwner(r);
    return new BookingView(
        b.id(),
        resource,
        b.enterpriseCode(),
        b.enterpriseName(),
        b.startsAt(),
        b.endsAt(),
        resource.detailsShown() || requester ? b.purpose() : null,
        b.status(),
        b.reason(),
        b.rating(),
        b.ratingComment(),
        owner,
        requester && b.status() == BookingStatus.COMPLETED && b.rating() == null,
        requester && viewer.scope().mayChange() && b.status().cancellable());
  }
}
