package dev.longyuan.smeservices.internal;

import dev.longyuan.reporting.Enterprise;
import dev.longyuan.smeservices.Fee;
import dev.longyuan.smeservices.Hop;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.ServiceCategory;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceNode;
import dev.longyuan.smeservices.ServiceRequest;
import dev.longyuan.smeservices.ServiceRequests;
import dev.longyuan.smeservices.WorkingCalendar;
import dev.longyuan.smeservices.persistence.RequestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Demonstration requests (模拟数据) of the synthetic enterprises, 2016–2020, replayed hop by hop on the
 * working calendar as the network would have handled them: most acknowledged the next working day
 * and resolved within the ten, some late and escalated, a request a node does not offer passed
 * across to an agency that does (or up), most rated by the enterprise.
 */
final class DemonstrationRequests {

  private static final int[] PER_YEAR = {60, 90, 120, 140, 150};
  private static final String ACTOR = "demo";

  private final RequestStore store;
  private final ServiceNetwork network;
  private final WorkingCalendar calendar;
  private final Random random = new Random(DemonstrationNetwork.SEED + 1);

  DemonstrationRequests(RequestStore store, ServiceNetwork network, WorkingCalendar calendar) {
    this.store = store;
    this.network = network;
    this.calendar = calendar;
  }

  /** Writes the requests; returns how many. */
  int write(List<Enterprise> enterprises, int acknowledgeWithin, int resolveWithin) {
    List<ServiceCategory> categories = network.categories();
    List<ServiceNode> nodes = network.nodes();
    int written = 0;
    for (int y = 0; y < PER_YEAR.length; y++) {
      for (int i = 0; i < PER_YEAR[y]; i++) {
        Enterprise enterprise = enterprises.get(random.nextInt(enterprises.size()));
        // the long-standing categories are asked for more often than the newer ones
        ServiceCategory category =
            categories.get(
                random.nextInt(3) == 0 ? random.nextInt(categories.size()) : random.nextInt(8));
        LocalDate day = LocalDate.of(2016 + y, 1, 1).plusDays(random.nextInt(350));
        while (!calendar.isWorkingDay(day)) {
          day = day.plusDays(1);
        }
        replay(enterprise, category, day, nodes, acknowledgeWithin, resolveWithin);
        written++;
      }
    }
    return written;
  }

  private void replay(
      Enterprise enterprise,
      ServiceCategory category,
      LocalDate day,
      List<ServiceNode> nodes,
      int acknowledgeWithin,
      int resolveWithin) {
    Instant submitted = at(day, 9 + random.nextInt(8));
    ServiceNode node = network.firstNode(enterprise.regionCode().value(), day);
    LocalDate acknowledgeDue = calendar.workingDaysAfter(day, acknowledgeWithin);
    LocalDate resolveDue = calendar.workingDaysAfter(day, resolveWithin);
    long id =
        store.insert(
            new ServiceRequest(
                0,
                enterprise.creditCode().value(),
                enterprise.name(),
                enterprise.regionCode().value(),
                category.code(),
                "模拟需求：" + category.nameZh() + "服务",
                "",
                node.code(),
                submitted,
                acknowledgeDue,
                resolveDue,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true));
    store.addHop(id, new Hop("submitted", null, node.code(), ACTOR, submitted, null, ""));
    // one in twelve acknowledged late, and escalated the day after its deadline
    LocalDate acknowledged =
        calendar.workingDaysAfter(
            day,
            random.nextInt(12) == 0
                ? acknowledgeWithin + 1 + random.nextInt(2)
                : random.nextInt(acknowledgeWithin + 1));
    if (acknowledged.isAfter(acknowledgeDue)) {
      node = escalate(id, node, acknowledgeDue, "acknowledge_overdue");
    }
    Instant acknowledgedAt = at(acknowledged, 10);
    store.acknowledge(id, acknowledgedAt);
    store.addHop(
        id, new Hop("acknowledged", node.code(), node.code(), ACTOR, acknowledgedAt, null, ""));
    if (!node.offers(category.code())) {
      ServiceNode here = node;
      ServiceNode to = across(here, category, nodes).or(() -> network.above(here)).orElse(here);
      if (!to.code().equals(node.code())) {
        store.moveTo(id, to.code());
        store.addHop(
            id,
            new Hop("forwarded", node.code(), to.code(), ACTOR, at(acknowledged, 15), null, ""));
        node = to;
      }
    }
    // about one in seven resolved after the ten working days
    int takes =
        random.nextInt(7) == 0
            ? resolveWithin + 1 + random.nextInt(5)
            : 2 + random.nextInt(resolveWithin - 1);
    LocalDate resolved = calendar.workingDaysAfter(day, Math.max(takes, 1));
    if (!resolved.isAfter(acknowledged)) {
      resolved = calendar.workingDaysAfter(acknowledged, 1);
    }
    if (resolved.isAfter(resolveDue)) {
      node = escalate(id, node, resolveDue, "resolve_overdue");
    }
    ServiceNode holder = node;
    Fee fee =
        holder.offers().stream()
            .filter(o -> o.categoryCode().equals(category.code()))
            .map(ServiceNode.Offer::fee)
            .findFirst()
            .orElse(Fee.MARKET);
    Instant resolvedAt = at(resolved, 16);
    store.resolve(id, resolvedAt, "已办结（模拟）", fee);
    store.addHop(
        id, new Hop("resolved", holder.code(), holder.code(), ACTOR, resolvedAt, null, "已办结（模拟）"));
    if (random.nextInt(100) < 85) {
      int roll = random.nextInt(100);
      int rating = roll < 50 ? 5 : roll < 85 ? 4 : roll < 95 ? 3 : roll < 99 ? 2 : 1;
      Instant ratedAt = at(calendar.workingDaysAfter(resolved, 1), 11);
      store.rate(id, ratedAt, rating, "");
      store.addHop(
          id,
          new Hop(
              "rated", null, null, enterprise.creditCode().value(), ratedAt, null, rating + "/5"));
    }
  }

  private ServiceNode escalate(long id, ServiceNode from, LocalDate due, String reason) {
    ServiceNode to = network.above(from).orElse(from);
    store.moveTo(id, to.code());
    store.addHop(
        id,
        new Hop("escalated", from.code(), to.code(), "system", at(due.plusDays(1), 0), reason, ""));
    return to;
  }

  /** An agency offering the category, in the node's city if one is, else any. */
  private static Optional<ServiceNode> across(
      ServiceNode node, ServiceCategory category, List<ServiceNode> nodes) {
    List<ServiceNode> agencies =
        nodes.stream()
            .filter(n -> n.kind() == NodeKind.AGENCY && n.offers(category.code()))
            .toList();
    String city = node.regionCode().substring(0, 4);
    return agencies.stream()
        .filter(a -> a.regionCode().startsWith(city))
        .findFirst()
        .or(() -> agencies.stream().findFirst());
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ServiceRequests.BEIJING).toInstant();
  }
}
