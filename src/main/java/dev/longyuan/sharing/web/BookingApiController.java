package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.BookingDraft;
import dev.longyuan.sharing.BookingView;
import dev.longyuan.sharing.Bookings;
import dev.longyuan.sharing.Sharing;
import dev.longyuan.sharing.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bookings API (request, the owner's decision, use, rating) and the utilisation. */
@RestController
@Tag(name = "sharing", description = "共享设备设施与富余产能 / Shared equipment and capacity")
class BookingApiController {

  private final Sharing sharing;
  private final Bookings bookings;

  BookingApiController(Sharing sharing, Bookings bookings) {
    this.sharing = sharing;
    this.bookings = bookings;
  }

  @GetMapping("/api/sharing/bookings")
  @Operation(summary = "The bookings the user sees: of their resources and those they made")
  List<BookingView> bookings(DataScope scope, Principal principal) {
    return bookings.bookings(sharing.viewer(scope, principal.getName()));
  }

  @GetMapping("/api/sharing/bookings/{id}")
  @Operation(summary = "One booking the user sees")
  BookingView booking(@PathVariable long id, DataScope scope, Principal principal) {
    return bookings.booking(id, sharing.viewer(scope, principal.getName()));
  }

  @PostMapping("/api/sharing/bookings")
  @Operation(
      summary = "Request a booking",
      description =
          "resourceId, startsAt and endsAt (local, end exclusive: 2027-06-07T08:00), purpose,"
              + " enterpriseCode (an enterprise user's own when not given). Refused when it falls"
              + " outside the calendar or overlaps a requested, approved or in-use booking.")
  ResponseEntity<BookingView> request(
      @RequestBody BookingDraft draft, DataScope scope, Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    long id = bookings.request(draft, viewer);
    return ResponseEntity.status(HttpStatus.CREATED).body(bookings.booking(id, viewer));
  }

  /** The owner's decision as posted. */
  record Decision(boolean approve, @Nullable String reason) {}

  @PostMapping("/api/sharing/bookings/{id}/decision")
  @Operation(summary = "The owner approves ({approve: true}) or refuses with a reason")
  BookingView decide(
      @PathVariable long id, @RequestBody Decision decision, DataScope scope, Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    bookings.decide(id, decision.approve(), decision.reason(), viewer);
    return bookings.booking(id, viewer);
  }

  @PostMapping("/api/sharing/bookings/{id}/start")
  @Operation(summary = "The owner records the resource in use")
  BookingView start(@PathVariable long id, DataScope scope, Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    bookings.start(id, viewer);
    return bookings.booking(id, viewer);
  }

  @PostMapping("/api/sharing/bookings/{id}/complete")
  @Operation(summary = "The owner records the use completed")
  BookingView complete(@PathVariable long id, DataScope scope, Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    bookings.complete(id, viewer);
    return bookings.booking(id, viewer);
  }

  /** A cancellation as posted. */
  record Cancellation(@Nullable String reason) {}

  @PostMapping("/api/sharing/bookings/{id}/cancel")
  @Operation(summary = "The requester cancels a booking not yet in use, with a reason")
  BookingView cancel(
      @PathVariable long id,
      @RequestBody Cancellation cancellation,
      DataScope scope,
      Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    bookings.cancel(id, cancellation.reason(), viewer);
    return bookings.booking(id, viewer);
  }

  /** A rating as posted. */
  record Rating(int rating, @Nullable String comment) {}

  @PostMapping("/api/sharing/bookings/{id}/rating")
  @Operation(summary = "The requester rates a completed booking, 1 to 5")
  BookingView rate(
      @PathVariable long id, @RequestBody Rating rating, DataScope scope, Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    bookings.rate(id, rating.rating(), rating.comment(), viewer);
    return bookings.booking(id, viewer);
  }

  @GetMapping("/api/sharing/utilisation")
  @Operation(
      summary = "Utilisation per resource and per owner in a year and its months",
      description =
          "Used hours (bookings in use or completed, within opening windows) over the calendar's"
              + " available hours, in percent; hours withheld for restricted calendars.")
  Map<String, Object> utilisation(
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Principal principal) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    int y = year == null ? Year.now().getValue() : year;
    return Map.of(
        "year", y,
        "resources", bookings.utilisation(y, viewer),
        "owners", bookings.ownerUtilisation(y, viewer));
  }
}
