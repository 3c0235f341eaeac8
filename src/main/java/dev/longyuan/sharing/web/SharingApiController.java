package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.BookingDraft;
import dev.longyuan.sharing.BookingView;
import dev.longyuan.sharing.Bookings;
import dev.longyuan.sharing.CapacityRequestDraft;
import dev.longyuan.sharing.ResourceDraft;
import dev.longyuan.sharing.ResourceView;
import dev.longyuan.sharing.Sharing;
import dev.longyuan.sharing.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;

/** The shared equipment and capacity API: every resource shown as its reader may see it. */
@RestController
@Tag(name = "sharing", description = "共享设备设施与富余产能 / Shared equipment and capacity")
class SharingApiController {

  private final Sharing sharing;
  private final Bookings bookings;

  SharingApiController(Sharing sharing, Bookings bookings) {
    this.sharing = sharing;
    this.bookings = bookings;
  }

  @GetMapping("/api/sharing/resources")
  @Operation(
      summary = "The directory, filtered by kind, process, city, level and text (q)",
      description =
          "A restricted resource's specification, county, price terms, contact and calendar are"
              + " null unless the user is cleared, its owner, or province staff.")
  List<ResourceView> resources(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String process,
      @RequestParam(required = false) @Nullable String city,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String q,
      DataScope scope,
      Principal principal) {
    return sharing.directory(
        Filters.of(kind, process, city, level, q), sharing.viewer(scope, principal.getName()));
  }

  @GetMapping("/api/sharing/resources/{id}")
  @Operation(summary = "One resource, as the user may see it")
  ResourceView resource(@PathVariable long id, DataScope scope, Principal principal) {
    return sharing.resource(id, sharing.viewer(scope, principal.getName()));
  }

  @PostMapping("/api/sharing/resources")
  @Operation(
      summary = "Register a resource",
      description =
          "kind (EQUIPMENT, INSTRUMENT, TESTING, CAPACITY), name, enterpriseCode, countyCode,"
              + " specification, openDays (\"1-5\"), openHours (\"08:00-16:00\"), availableFrom,"
              + " availableTo, blockedDates (\"2027-06-01;2027-06-02\"), priceTerms, contact, level"
              + " (PUBLIC, RESTRICTED); for CAPACITY processCode, monthlyCapacity, capacityUnit.")
  ResponseEntity<ResourceView> register(
      @RequestBody ResourceDraft draft, DataScope scope, Principal principal) {
    long id = sharing.register(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(sharing.resource(id, sharing.viewer(scope, principal.getName())));
  }

  @PostMapping("/api/sharing/imports")
  @Operation(
      summary = "Register the resources of a workbook, all or none",
      description = "The sheet 共享资源 of the template; any bad row refuses the file.")
  Map<String, Object> importWorkbook(
      @RequestParam MultipartFile file, DataScope scope, Principal principal) throws IOException {
    return Map.of(
        "registered", sharing.importWorkbook(file.getBytes(), scope, principal.getName()));
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

  @PostMapping("/api/sharing/capacity-requests")
  @Operation(
      summary = "Post a capacity request and get its matches",
      description =
          "processCode, quantity, unit, deliverBy, regionCode, enterpriseCode: posted to the market"
              + " as a demand; the matches are the spare capacities of the process it found.")
  ResponseEntity<Map<String, Object>> requestCapacity(
      @RequestBody CapacityRequestDraft draft, DataScope scope, Principal principal) {
    long id = sharing.requestCapacity(draft, scope, principal.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(capacity(id, scope, principal));
  }

  @GetMapping("/api/sharing/capacity-requests/{id}")
  @Operation(summary = "A capacity request with its matches, as the user may see them")
  Map<String, Object> capacityRequest(@PathVariable long id, DataScope scope, Principal principal) {
    return capacity(id, scope, principal);
  }

  private Map<String, Object> capacity(long id, DataScope scope, Principal principal) {
    return Map.of(
        "request", sharing.capacityRequest(id, scope),
        "matches", sharing.matches(id, sharing.viewer(scope, principal.getName())));
  }
}
