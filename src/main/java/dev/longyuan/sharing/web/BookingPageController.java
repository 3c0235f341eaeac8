package dev.longyuan.sharing.web;

import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.BookingDraft;
import dev.longyuan.sharing.Bookings;
import dev.longyuan.sharing.OwnerUtilisation;
import dev.longyuan.sharing.Sharing;
import dev.longyuan.sharing.Utilisation;
import dev.longyuan.sharing.Viewer;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The bookings of the owner and the requester, their steps, and the utilisation statistics. */
@Controller
class BookingPageController {

  static final String VIEW_BOOKINGS = "sharing/bookings";
  static final String VIEW_STATISTICS = "sharing/statistics";
  private static final String BACK = "redirect:/sharing/bookings";

  private final Sharing sharing;
  private final Bookings bookings;
  private final JsonMapper json = JsonMapper.builder().build();

  BookingPageController(Sharing sharing, Bookings bookings) {
    this.sharing = sharing;
    this.bookings = bookings;
  }

  @GetMapping("/sharing/bookings")
  String bookings(DataScope scope, Principal principal, Model model) {
    model.addAttribute("bookings", bookings.bookings(sharing.viewer(scope, principal.getName())));
    return VIEW_BOOKINGS;
  }

  @PostMapping("/sharing/bookings")
  String request(
      @RequestParam long resourceId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          @Nullable LocalDateTime startsAt,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          @Nullable LocalDateTime endsAt,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(required = false) @Nullable String enterpriseCode,
      DataScope scope,
      Principal principal) {
    bookings.request(
        new BookingDraft(resourceId, startsAt, endsAt, purpose, enterpriseCode),
        sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @PostMapping("/sharing/bookings/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean approve,
      @RequestParam(required = false) @Nullable String reason,
      DataScope scope,
      Principal principal) {
    bookings.decide(id, approve, reason, sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @PostMapping("/sharing/bookings/{id}/start")
  String start(@PathVariable long id, DataScope scope, Principal principal) {
    bookings.start(id, sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @PostMapping("/sharing/bookings/{id}/complete")
  String complete(@PathVariable long id, DataScope scope, Principal principal) {
    bookings.complete(id, sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @PostMapping("/sharing/bookings/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String reason,
      DataScope scope,
      Principal principal) {
    bookings.cancel(id, reason, sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @PostMapping("/sharing/bookings/{id}/rating")
  String rate(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int rating,
      @RequestParam(required = false) @Nullable String comment,
      DataScope scope,
      Principal principal) {
    bookings.rate(id, rating, comment, sharing.viewer(scope, principal.getName()));
    return BACK;
  }

  @GetMapping("/sharing/statistics")
  String statistics(
      @RequestParam(required = false) @Nullable Integer year,
      DataScope scope,
      Principal principal,
      Model model) {
    Viewer viewer = sharing.viewer(scope, principal.getName());
    int y = year == null ? Year.now().getValue() : year;
    List<OwnerUtilisation> owners = bookings.ownerUtilisation(y, viewer);
    model.addAttribute("year", y);
    model.addAttribute("resources", bookings.utilisation(y, viewer));
    model.addAttribute("owners", owners);
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put(
        "months",
        owners.isEmpty()
            ? List.of()
            : owners.get(0).months().stream().map(Utilisation::period).toList());
    chart.put(
        "series",
        owners.stream()
            .map(
                o ->
                    Map.of(
                        "name",
                        o.ownerName(),
                        "data",
                        o.months().stream()
                            .map(m -> m.percent() == null ? 0 : m.percent())
                            .toList()))
            .toList());
    model.addAttribute("chartJson", json.writeValueAsString(chart));
    return VIEW_STATISTICS;
  }
}
