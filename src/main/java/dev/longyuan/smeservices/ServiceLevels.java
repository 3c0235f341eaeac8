package dev.longyuan.smeservices;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.smeservices.persistence.RequestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service levels of the requests: each request's clock as of a day, the open requests past a
 * deadline (which monitoring's warning rule watches), and their escalation, once for each breach,
 * one level up: a touchpoint's to its city's window, a window's or a provincial agency's to the
 * hub, a city agency's to its window; the hub keeps what it holds, the breach recorded.
 */
@Service
public class ServiceLevels {

  private static final String ORIGIN = "smeservices";

  private final RequestStore store;
  private final ServiceNetwork network;
  private final WorkingCalendar calendar;
  private final AuditLog audit;

  ServiceLevels(
      RequestStore store, ServiceNetwork network, WorkingCalendar calendar, AuditLog audit) {
    this.store = store;
    this.network = network;
    this.calendar = calendar;
    this.audit = audit;
  }

  /**
   * Escalates every open request past a deadline not escalated for yet, one level up (the hub keeps
   * what it holds, the breach recorded); returns how many hops it wrote.
   */
  @Transactional
  public int escalate(Instant now) {
    LocalDate today = ServiceRequests.day(now);
    int hops = 0;
    for (ServiceRequest open : store.open()) {
      if (open.acknowledgedAt() == null
          && today.isAfter(open.acknowledgeDue())
          && escalateOnce(open.id(), "acknowledge_overdue", now)) {
        hops++;
      }
      if (today.isAfter(open.resolveDue()) && escalateOnce(open.id(), "resolve_overdue", now)) {
        hops++;
      }
    }
    return hops;
  }

  private boolean escalateOnce(long id, String reason, Instant now) {
    if (store.escalated(id, reason)) {
      return false;
    }
    ServiceRequest request = store.find(id, true).orElseThrow();
    ServiceNode from = network.node(request.nodeCode()).orElseThrow();
    ServiceNode to = network.above(from).orElse(from);
    store.moveTo(id, to.code());
    store.addHop(id, new Hop("escalated", from.code(), to.code(), "system", now, reason, ""));
    audit.record("system", ORIGIN, "sme.request.escalate", "SME-" + id, reason + " → " + to.code());
    return true;
  }

  /**
   * The open requests past a deadline on a day, each once: the resolution's when it has passed,
   * else the acknowledgement's.
   */
  public List<Breach> breaches(LocalDate today) {
    List<Breach> breaches = new ArrayList<>();
    Map<String, ServiceNode> nodes =
        network.nodes().stream().collect(Collectors.toMap(ServiceNode::code, n -> n));
    for (ServiceRequest open : store.open()) {
      boolean resolveLate = today.isAfter(open.resolveDue());
      boolean acknowledgeLate =
          open.acknowledgedAt() == null && today.isAfter(open.acknowledgeDue());
      if (!resolveLate && !acknowledgeLate) {
        continue;
      }
      LocalDate due = resolveLate ? open.resolveDue() : open.acknowledgeDue();
      ServiceNode node = nodes.get(open.nodeCode());
      breaches.add(
          new Breach(
              open.id(),
              open.regionCode(),
              node.code(),
              node.nameZh(),
              open.title(),
              resolveLate ? "resolve" : "acknowledge",
              due,
              calendar.workingDaysBetween(due, today)));
    }
    return breaches;
  }

  /** The request's clock as of a day. */
  public SlaClock clock(ServiceRequest request, LocalDate today) {
    return new SlaClock(
        today,
        request.acknowledgeDue(),
        calendar.workingDaysBetween(today, request.acknowledgeDue()),
        request.acknowledgedAt() == null
            ? null
            : !ServiceRequests.day(request.acknowledgedAt()).isAfter(request.acknowledgeDue()),
        request.resolveDue(),
        calendar.workingDaysBetween(today, request.resolveDue()),
        request.resolvedAt() == null
            ? null
            : !ServiceRequests.day(request.resolvedAt()).isAfter(request.resolveDue()));
  }
}
