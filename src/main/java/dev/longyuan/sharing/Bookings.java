package dev.longyuan.sharing;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.persistence.BookingRepository;
import dev.longyuan.sharing.persistence.ResourceRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of shared resources: requested by an enterprise (or for it by its bureau or the
 * province), approved or refused by the owner, in use, completed, rated by the requester; and the
 * utilisation of the resources. A past period may be requested, so that use agreed outside the
 * platform is recorded and counted; the owner decides as for any other. A request or an approval
 * overlapping a booking that holds the period, or outside the calendar, is refused; both take a
 * lock on the resource's row first, so that two at once are checked one after the other.
 */
@Service
public class Bookings {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final BookingRepository bookings;
  private final ResourceRepository resources;
  private final ReportingService reporting;
  private final AuditLog audit;

  Bookings(
      BookingRepository bookings,
      ResourceRepository resources,
      ReportingService reporting,
      AuditLog audit) {
    this.bookings = bookings;
    this.resources = resources;
    this.reporting = reporting;
    this.audit = audit;
  }

  @Transactional
  public long request(BookingDraft d, Viewer viewer) {
    Resource r =
        resources
            .lock(d.resourceId())
            .orElseThrow(() -> SharingRefused.unknown("resource", d.resourceId()));
    DataScope scope = viewer.scope();
    String code =
        scope.kind() == DataScope.Kind.ENTERPRISE
            ? scope.enterprise()
            : d.enterpriseCode() == null ? "" : d.enterpriseCode().strip();
    if (code.isEmpty()) {
      throw SharingRefused.of(
          "enterpriseCode", "required", "缺少预约企业统一社会信用代码", "the requesting enterprise is missing");
    }
    Enterprise enterprise =
        reporting
            .enterprise(code)
            .orElseThrow(
                () ->
                    SharingRefused.of(
                        "enterpriseCode",
                        "enterprise.unknown",
                        "企业名录中没有统一社会信用代码为 " + code + " 的企业",
                        "no registered enterprise has the credit code " + code));
    boolean may =
        scope.mayChange()
            && switch (scope.kind()) {
              case ALL, ENTERPRISE -> true;
              case REGION -> scope.coversRegion(enterprise.regionCode().value());
            };
    if (!may) {
      throw SharingRefused.outsideScope("enterpriseCode", "企业 " + code);
    }
    if (d.startsAt() == null || d.endsAt() == null) {
      throw SharingRefused.of(
          "startsAt", "required", "缺少预约起止时间", "the period's start or end is missing");
    }
    if (d.purpose() == null || d.purpose().isBlank() || d.purpose().strip().length() > 1000) {
      throw SharingRefused.of(
          "purpose",
          "required",
          "须填写用途（不超过 1000 字）",
          "the purpose is required (at most 1,000 characters)");
    }
    withinCalendar(r, d.startsAt(), d.endsAt());
    free(r, d.startsAt(), d.endsAt(), List.of(BookingStatus.values()), 0, viewer);
    long id =
        bookings.insert(
            new Booking(
                0,
                r.id(),
                enterprise.creditCode().value(),
                enterprise.name(),
                enterprise.regionCode().value(),
                d.startsAt(),
                d.endsAt(),
                d.purpose().strip(),
                BookingStatus.REQUESTED,
                null,
                null,
                null,
                viewer.username()));
    audit.record(
        viewer.username(),
        "sharing",
        "sharing.booking.request",
        Long.toString(id),
        "resource " + r.id() + " by " + code + " " + period(d.startsAt(), d.endsAt()));
    return id;
  }

  /** The owner approves (checking the period again) or refuses with a reason. */
  @Transactional
  public void decide(long id, boolean approve, @Nullable String reason, Viewer viewer) {
    Booking b = booking(id);
    Resource r = resources.lock(b.resourceId()).orElseThrow();
    owner(r, viewer);
    expect(b, BookingStatus.REQUESTED);
    if (approve) {
      withinCalendar(r, b.startsAt(), b.endsAt());
      free(
          r,
          b.startsAt(),
          b.endsAt(),
          List.of(BookingStatus.APPROVED, BookingStatus.IN_USE),
          id,
          viewer);
      bookings.decide(id, BookingStatus.APPROVED, null, viewer.username());
    } else {
      if (reason == null || reason.isBlank()) {
        throw SharingRefused.of("reason", "reason.required", "拒绝须说明理由", "a refusal needs a reason");
      }
      bookings.decide(id, BookingStatus.REFUSED, reason.strip(), viewer.username());
    }
    audit.record(
        viewer.username(),
        "sharing",
        approve ? "sharing.booking.approve" : "sharing.booking.refuse",
        Long.toString(id),
        approve ? "" : reason.strip());
  }

  /** The owner records that the resource is in use under an approved booking. */
  @Transactional
  public void start(long id, Viewer viewer) {
    step(id, viewer, BookingStatus.APPROVED, BookingStatus.IN_USE, "sharing.booking.start");
  }

  @Transactional
  public void complete(long id, Viewer viewer) {
    step(id, viewer, BookingStatus.IN_USE, BookingStatus.COMPLETED, "sharing.booking.complete");
  }

  private void step(long id, Viewer viewer, BookingStatus from, BookingStatus to, String action) {
    Booking b = booking(id);
    owner(resources.lock(b.resourceId()).orElseThrow(), viewer);
    expect(b, from);
    bookings.setStatus(id, to);
    audit.record(viewer.username(), "sharing", action, Long.toString(id), "");
  }

  /**
   * The requester cancels a booking not yet in use, with a reason; its period is free again. Taken
   * under the resource's lock, as requests are, so that a request waiting for the period sees it.
   */
  @Transactional
  public void cancel(long id, @Nullable String reason, Viewer viewer) {
    Booking b = booking(id);
    resources.lock(b.resourceId()).orElseThrow();
    if (!viewer.isRequester(b) || !viewer.scope().mayChange()) {
      throw SharingRefused.outsideScope("id", "预约 " + id);
    }
    if (!b.status().cancellable()) {
      throw SharingRefused.of(
          "status",
          "status.wrong",
          "预约 " + id + " 当前为“" + b.status().nameZh() + "”，只有待审批或已批准的预约可以取消",
          "booking "
              + id
              + " is "
              + b.status().nameEn()
              + "; only a requested or approved one can be"
              + " cancelled");
    }
    if (reason == null || reason.isBlank()) {
      throw SharingRefused.of(
          "reason", "reason.required", "取消须说明理由", "a cancellation needs a reason");
    }
    bookings.cancel(id, reason.strip(), viewer.username());
    audit.record(
        viewer.username(), "sharing", "sharing.booking.cancel", Long.toString(id), reason.strip());
  }

  /** The requester rates a completed booking once, 1 to 5, with a comment. */
  @Transactional
  public void rate(long id, int rating, @Nullable String comment, Viewer viewer) {
    Booking b = booking(id);
    if (!viewer.isRequester(b) || !viewer.scope().mayChange()) {
      throw SharingRefused.outsideScope("id", "预约 " + id);
    }
    expect(b, BookingStatus.COMPLETED);
    if (b.rating() != null) {
      throw SharingRefused.of("rating", "rating.given", "该预约已评价", "this booking is rated already");
    }
    if (rating < 1 || rating > 5) {
      throw SharingRefused.of(
          "rating", "rating.range", "评分应为 1 到 5", "the rating must be from 1 to 5");
    }
    String text = comment == null ? "" : comment.strip();
    bookings.rate(id, rating, text);
    audit.record(
        viewer.username(),
        "sharing",
        "sharing.booking.rate",
        Long.toString(id),
        rating + " " + text);
  }

  /**
   * The bookings a viewer sees: the province's staff all; an enterprise those of its resources and
   * those it made; a bureau those of its region's resources and enterprises.
   */
  public List<BookingView> bookings(Viewer viewer) {
    Map<Long, Resource> byId =
        resources.all().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    List<BookingView> views = new ArrayList<>();
    for (Booking b : bookings.all()) {
      Resource r = byId.get(b.resourceId());
      if (sees(b, r, viewer)) {
        views.add(BookingView.of(b, r, viewer));
      }
    }
    return views;
  }

  /** One booking, if the viewer sees it (as {@link #bookings} lists them). */
  public BookingView booking(long id, Viewer viewer) {
    Booking b = booking(id);
    Resource r = resources.find(b.resourceId()).orElseThrow();
    if (!sees(b, r, viewer)) {
      throw SharingRefused.unknown("booking", id);
    }
    return BookingView.of(b, r, viewer);
  }

  private static boolean sees(Booking b, Resource r, Viewer viewer) {
    DataScope scope = viewer.scope();
    boolean inScope =
        switch (scope.kind()) {
          case ALL -> true;
          case REGION ->
              scope.coversRegion(r.countyCode()) || scope.coversRegion(b.enterpriseRegion());
          case ENTERPRISE -> r.ownerCode().equals(scope.enterprise()) || viewer.isRequester(b);
        };
    return inScope || b.requestedBy().equals(viewer.username());
  }

  /** Each resource's utilisation in a year and its months, as the viewer may see it. */
  public List<ResourceUtilisation> utilisation(int year, Viewer viewer) {
    Map<Long, List<Booking>> used =
        used(year).stream().collect(Collectors.groupingBy(Booking::resourceId));
    List<ResourceUtilisation> rows = new ArrayList<>();
    for (Resource r : resources.all()) {
      List<Booking> own = used.getOrDefault(r.id(), List.of());
      boolean shown = viewer.seesDetails(r);
      List<Utilisation> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        months.add(
            Utilisation.of(
                month.toString(),
                booked(r, own, month.atDay(1), month.plusMonths(1).atDay(1)),
                r.calendar().availableHours(month.atDay(1), month.plusMonths(1).atDay(1)),
                shown));
      }
      LocalDate first = LocalDate.of(year, 1, 1);
      rows.add(
          new ResourceUtilisation(
              ResourceView.of(r, viewer),
              Utilisation.of(
                  Integer.toString(year),
                  booked(r, own, first, first.plusYears(1)),
                  r.calendar().availableHours(first, first.plusYears(1)),
                  shown),
              months));
    }
    return rows;
  }

  /**
   * Each owner's utilisation: the sum of its resources' used hours over the sum of their available
   * hours; the hours shown only when the viewer sees every one of its resources' calendars.
   */
  public List<OwnerUtilisation> ownerUtilisation(int year, Viewer viewer) {
    Map<String, List<ResourceUtilisation>> byOwner = new LinkedHashMap<>();
    List<Resource> all = resources.all();
    List<ResourceUtilisation> rows =
        utilisation(year, new Viewer(viewer.scope(), viewer.username(), true));
    for (ResourceUtilisation u : rows) {
      byOwner.computeIfAbsent(u.resource().ownerCode(), k -> new ArrayList<>()).add(u);
    }
    List<OwnerUtilisation> owners = new ArrayList<>();
    for (Map.Entry<String, List<ResourceUtilisation>> e : byOwner.entrySet()) {
      boolean shown =
          all.stream().filter(r -> r.ownerCode().equals(e.getKey())).allMatch(viewer::seesDetails);
      List<Utilisation> months = new ArrayList<>();
      for (int m = 0; m < 12; m++) {
        int month = m;
        months.add(
            sum(
                YearMonth.of(year, m + 1).toString(),
                e.getValue().stream().map(u -> u.months().get(month)).toList(),
                shown));
      }
      owners.add(
          new OwnerUtilisation(
              e.getKey(),
              e.getValue().get(0).resource().ownerName(),
              sum(
                  Integer.toString(year),
                  e.getValue().stream().map(ResourceUtilisation::year).toList(),
                  shown),
              months));
    }
    return owners;
  }

  private static Utilisation sum(String period, List<Utilisation> parts, boolean shown) {
    double booked = parts.stream().mapToDouble(Utilisation::bookedHours).sum();
    double available = parts.stream().mapToDouble(Utilisation::availableHours).sum();
    return Utilisation.of(period, booked, available, shown);
  }

  private List<Booking> used(int year) {
    return bookings.used(
        LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
  }

  private static double booked(Resource r, List<Booking> own, LocalDate from, LocalDate until) {
    return own.stream()
        .mapToDouble(b -> r.calendar().hoursWithin(b.startsAt(), b.endsAt(), from, until))
        .sum();
  }

  private Booking booking(long id) {
    return bookings.find(id).orElseThrow(() -> SharingRefused.unknown("booking", id));
  }

  private static void owner(Resource r, Viewer viewer) {
    if (!viewer.actsForOwner(r)) {
      throw SharingRefused.outsideScope("id", "资源 " + r.id() + " 的预约");
    }
  }

  private static void expect(Booking b, BookingStatus status) {
    if (b.status() != status) {
      throw SharingRefused.of(
          "status",
          "status.wrong",
          "预约 " + b.id() + " 当前为“" + b.status().nameZh() + "”，此操作须在“" + status.nameZh() + "”时进行",
          "booking "
              + b.id()
              + " is "
              + b.status().nameEn()
              + "; this needs it "
              + status.nameEn());
    }
  }

  private static void withinCalendar(Resource r, LocalDateTime starts, LocalDateTime ends) {
    if (!r.calendar().covers(starts, ends)) {
      throw SharingRefused.of(
          "startsAt",
          "period.closed",
          "预约时段 " + period(starts, ends) + " 不在资源的开放时间内",
          "the period " + period(starts, ends) + " falls outside the resource's opening calendar");
    }
  }

  /**
   * Refuses a period overlapping a booking in the given states; the booking it overlaps is named
   * only to those who may see the resource's calendar, as its periods are part of it.
   */
  private void free(
      Resource r,
      LocalDateTime starts,
      LocalDateTime ends,
      List<BookingStatus> states,
      long except,
      Viewer viewer) {
    List<BookingStatus> holding = states.stream().filter(BookingStatus::holds).toList();
    List<Booking> clashes = bookings.overlapping(r.id(), starts, ends, holding, except);
    if (clashes.isEmpty()) {
      return;
    }
    Booking c = clashes.get(0);
    boolean named = viewer.seesDetails(r);
    throw SharingRefused.of(
        "startsAt",
        "period.taken",
        "预约时段 "
            + period(starts, ends)
            + (named
                ? " 与预约 "
                    + c.id()
                    + "（"
                    + period(c.startsAt(), c.endsAt())
                    + "，"
                    + c.status().nameZh()
                    + "）重叠"
                : " 与已有预约重叠"),
        "the period "
            + period(starts, ends)
            + (named
                ? " overlaps booking "
                    + c.id()
                    + " ("
                    + period(c.startsAt(), c.endsAt())
                    + ", "
                    + c.status().nameEn().toLowerCase(java.util.Locale.ROOT)
                    + ")"
                : " overlaps another booking"));
  }

  private static String period(LocalDateTime starts, LocalDateTime ends) {
    return SHOWN.format(starts) + "–" + SHOWN.format(ends);
  }
}
