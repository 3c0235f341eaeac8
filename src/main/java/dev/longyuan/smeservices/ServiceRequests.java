package dev.longyuan.smeservices;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.persistence.RequestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to the network: made by an enterprise (or for it by its region's staff), sent to its
 * county's touchpoint, acknowledged, passed up or across, resolved and rated; every step a hop with
 * its moment and actor, and an entry in the audit log. Service levels are {@code
 * longyuan.sme.acknowledge-within} (1) and {@code longyuan.sme.resolve-within} (10) working days
 * after the day a request is made ({@link ServiceLevels} escalates a breach). Each command takes
 * its moment, so that demonstration data and tests replay a past as it happened.
 */
@Service
public class ServiceRequests {

  /** Service levels are counted on Beijing's calendar, wherever the server runs. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final String ORIGIN = "smeservices";

  private final RequestStore store;
  private final ServiceNetwork network;
  private final WorkingCalendar calendar;
  private final ReportingService reporting;
  private final ServiceLevels levels;
  private final AuditLog audit;
  private final int acknowledgeWithin;
  private final int resolveWithin;

  ServiceRequests(
      RequestStore store,
      ServiceNetwork network,
      WorkingCalendar calendar,
      ReportingService reporting,
      ServiceLevels levels,
      AuditLog audit,
      @Value("${longyuan.sme.acknowledge-within:1}") int acknowledgeWithin,
      @Value("${longyuan.sme.resolve-within:10}") int resolveWithin) {
    this.store = store;
    this.network = network;
    this.calendar = calendar;
    this.reporting = reporting;
    this.levels = levels;
    this.audit = audit;
    this.acknowledgeWithin = acknowledgeWithin;
    this.resolveWithin = resolveWithin;
  }

  /** The day of a moment in Beijing. */
  public static LocalDate day(Instant at) {
    return at.atZone(BEIJING).toLocalDate();
  }

  /**
   * Makes a request and sends it to its first node; returns its number.
   *
   * @throws SmeRefused naming the field that is wrong
   */
  @Transactional
  public long submit(NewRequest asked, DataScope scope, String actor, Instant at) {
    Enterprise enterprise = asker(asked, scope);
    String category = text(asked.categoryCode());
    if (network.category(category).isEmpty()) {
      throw new SmeRefused(
          "categoryCode",
          "request.category",
          "服务类别 “" + category + "” 不在国家服务类别之列",
          "\"" + category + "\" is not a national service category");
    }
    String title = text(asked.title());
    if (title.isEmpty() || title.length() > 200) {
      throw new SmeRefused(
          "title",
          "request.title",
          "请填写需求标题（200字以内）",
          "give the request a title of up to 200 characters");
    }
    String description = text(asked.description());
    if (description.length() > 4000) {
      throw new SmeRefused(
          "description",
          "request.description",
          "需求说明不能超过4000字",
          "the description exceeds 4000 characters");
    }
    LocalDate day = day(at);
    ServiceNode first = network.firstNode(enterprise.regionCode().value(), day);
    LocalDate acknowledgeDue = calendar.workingDaysAfter(day, acknowledgeWithin);
    LocalDate resolveDue = calendar.workingDaysAfter(day, resolveWithin);
    long id =
        store.insert(
            new ServiceRequest(
                0,
                enterprise.creditCode().value(),
                enterprise.name(),
                enterprise.regionCode().value(),
                category,
                title,
                description,
                first.code(),
                at,
                acknowledgeDue,
                resolveDue,
                !calendar.covers(day, resolveDue),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                enterprise.synthetic()));
    store.addHop(id, new Hop("submitted", null, first.code(), actor, at, null, ""));
    audit.record(actor, ORIGIN, "sme.request.submit", "SME-" + id, category + " → " + first.code());
    return id;
  }

  /** A request with its hops and its clock as of a day, if the user may see it. */
  public RequestDetail detail(long id, DataScope scope, LocalDate today) {
    ServiceRequest request = visible(id, scope);
    return new RequestDetail(request, store.hops(id), levels.clock(request, today));
  }

  /** The node acknowledges it holds the request. */
  @Transactional
  public void acknowledge(long id, DataScope scope, String actor, Instant at) {
    ServiceRequest request = handled(id, scope);
    if (request.acknowledgedAt() != null) {
      throw new SmeRefused(
          "id", "request.acknowledged", "该请求已受理", "the request is acknowledged already");
    }
    store.acknowledge(id, at);
    store.addHop(
        id, new Hop("acknowledged", request.nodeCode(), request.nodeCode(), actor, at, null, ""));
    audit.record(actor, ORIGIN, "sme.request.acknowledge", "SME-" + id, request.nodeCode());
  }

  /**
   * Passes a request the node cannot serve up to the level above it, or across to an agency whose
   * catalogue has its category.
   */
  @Transactional
  public void forward(
      long id,
      @Nullable String to,
      @Nullable String note,
      DataScope scope,
      String actor,
      Instant at) {
    ServiceRequest request = handled(id, scope);
    ServiceNode from = network.node(request.nodeCode()).orElseThrow();
    ServiceNode target =
        network
            .node(text(to))
            .filter(t -> !t.code().equals(from.code()))
            .filter(
                t ->
                    t.code().equals(from.parentCode())
                        || (t.kind() == NodeKind.AGENCY && t.offers(request.categoryCode())))
            .orElseThrow(
                () ->
                    new SmeRefused(
                        "to",
                        "forward.target",
                        "只能转至上一级平台或提供该类服务的服务机构",
                        "a request goes up to the level above or across to an agency offering its"
                            + " category"));
    store.moveTo(id, target.code());
    store.addHop(id, new Hop("forwarded", from.code(), target.code(), actor, at, null, text(note)));
    audit.record(
        actor, ORIGIN, "sme.request.forward", "SME-" + id, from.code() + " → " + target.code());
  }

  /** The node has served the request; the fee defaults to its catalogue's terms. */
  @Transactional
  public void resolve(
      long id,
      @Nullable String resolution,
      @Nullable String fee,
      DataScope scope,
      String actor,
      Instant at) {
    ServiceRequest request = handled(id, scope);
    String said = text(resolution);
    if (said.isEmpty()) {
      throw new SmeRefused(
          "resolution", "request.resolution", "请说明办理结果", "say how the request was resolved");
    }
    ServiceNode node = network.node(request.nodeCode()).orElseThrow();
    Fee terms =
        fee == null || fee.isBlank()
            ? node.offers().stream()
                .filter(o -> o.categoryCode().equals(request.categoryCode()))
                .map(ServiceNode.Offer::fee)
                .findFirst()
                .orElse(Fee.MARKET)
            : Fee.fromWord(fee)
                .orElseThrow(
                    () ->
                        new SmeRefused(
                            "fee",
                            "request.fee",
                            "收费方式须为 free、low_cost 或 market",
                            "the fee is free, low_cost or market"));
    store.resolve(id, at, said, terms);
    store.addHop(id, new Hop("resolved", node.code(), node.code(), actor, at, null, said));
    audit.record(
        actor, ORIGIN, "sme.request.resolve", "SME-" + id, node.code() + " " + terms.word());
  }

  /** The enterprise rates a resolved request, once: 1 to 5, with a comment. */
  @Transactional
  public void rate(
      long id, int rating, @Nullable String comment, DataScope scope, String actor, Instant at) {
    ServiceRequest request = visible(id, scope);
    if (scope.kind() != DataScope.Kind.ENTERPRISE) {
      throw SmeRefused.notYours(id);
    }
    if (request.open()) {
      throw new SmeRefused("id", "rating.open", "请求办结后才能评价", "a request is rated once resolved");
    }
    if (request.rating() != null) {
      throw new SmeRefused("rating", "rating.given", "该请求已评价", "the request is rated already");
    }
    if (rating < 1 || rating > 5) {
      throw new SmeRefused("rating", "rating.range", "评分须为1至5分", "the rating is 1 to 5");
    }
    String said = text(comment);
    if (said.length() > 1000) {
      throw new SmeRefused(
          "comment", "rating.comment", "评价不能超过1000字", "the comment exceeds 1000 characters");
    }
    store.rate(id, at, rating, said);
    store.addHop(id, new Hop("rated", null, null, actor, at, null, rating + "/5 " + said));
    audit.record(actor, ORIGIN, "sme.request.rate", "SME-" + id, String.valueOf(rating));
  }

  /**
   * The requests a user sees, newest first: an enterprise its own; staff those their nodes hold and
   * those of their region's enterprises; the province every one.
   */
  public List<ServiceRequest> requests(DataScope scope, boolean openOnly, int limit) {
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      return store.list(scope.enterprise(), null, null, openOnly, limit);
    }
    Map<Long, ServiceRequest> seen = new HashMap<>();
    store.list(null, null, scope.regionPrefix(), openOnly, limit).forEach(r -> seen.put(r.id(), r));
    if (!scope.isEverything()) {
      List<String> held = nodesOf(scope).stream().map(ServiceNode::code).toList();
      store.list(null, held, null, openOnly, limit).forEach(r -> seen.put(r.id(), r));
    }
    return seen.values().stream()
        .sorted(
            Comparator.comparing(ServiceRequest::submittedAt)
                .thenComparing(ServiceRequest::id)
                .reversed())
        .limit(limit)
        .toList();
  }

  /** The requests a node holds (its inbox), if the node is in the user's region. */
  public List<ServiceRequest> inbox(String nodeCode, DataScope scope, boolean openOnly) {
    ServiceNode node =
        network
            .node(nodeCode)
            .filter(n -> scope.coversRegion(n.regionCode()))
            .orElseThrow(
                () ->
                    new SmeRefused(
                        "node",
                        "node.unknown",
                        "您的范围内没有平台 " + nodeCode,
                        "no node " + nodeCode + " in your scope"));
    return store.list(null, List.of(node.code()), null, openOnly, 500);
  }

  /** The nodes whose inboxes a user keeps: those in their region (none for an enterprise). */
  public List<ServiceNode> nodesOf(DataScope scope) {
    return network.nodes().stream().filter(n -> scope.coversRegion(n.regionCode())).toList();
  }

  /** Whether the user may act for the node holding the request. */
  public boolean mayHandle(ServiceRequest request, DataScope scope) {
    if (!scope.mayChange() || request.resolvedAt() != null) {
      return false;
    }
    return network
        .node(request.nodeCode())
        .map(n -> scope.coversRegion(n.regionCode()))
        .orElse(false);
  }

  private Enterprise asker(NewRequest asked, DataScope scope) {
    String code =
        scope.kind() == DataScope.Kind.ENTERPRISE
            ? scope.enterprise()
            : text(asked.enterpriseCode());
    if (scope.kind() == DataScope.Kind.ENTERPRISE
        && asked.enterpriseCode() != null
        && !asked.enterpriseCode().isBlank()
        && !asked.enterpriseCode().equals(code)) {
      throw new SmeRefused(
          "enterpriseCode",
          "scope.outside",
          "企业用户只能为本企业提出需求",
          "an enterprise asks for itself only");
    }
    if (!scope.mayChange()) {
      throw new SmeRefused(
          "enterpriseCode", "scope.outside", "您不能提出服务请求", "you may not make requests");
    }
    return reporting
        .enterprise(code)
        .filter(
            e ->
                scope.kind() == DataScope.Kind.ENTERPRISE
                    || scope.coversRegion(e.regionCode().value()))
        .orElseThrow(
            () ->
                new SmeRefused(
                    "enterpriseCode",
                    "request.enterprise",
                    "您的范围内没有统一社会信用代码为 " + code + " 的企业",
                    "no enterprise " + code + " is registered in your scope"));
  }

  private ServiceRequest visible(long id, DataScope scope) {
    return visible(id, scope, false);
  }

  private ServiceRequest visible(long id, DataScope scope, boolean lock) {
    return store
        .find(id, lock)
        .filter(r -> sees(r, scope))
        .orElseThrow(() -> SmeRefused.unknownRequest(id));
  }

  private boolean sees(ServiceRequest request, DataScope scope) {
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      return request.enterpriseCode().equals(scope.enterprise());
    }
    return scope.coversRegion(request.regionCode())
        || store.hops(request.id()).stream()
            .map(Hop::toNode)
            .filter(Objects::nonNull)
            .flatMap(n -> network.node(n).stream())
            .anyMatch(n -> scope.coversRegion(n.regionCode()));
  }

  private ServiceRequest handled(long id, DataScope scope) {
    ServiceRequest request = visible(id, scope, true);
    if (request.resolvedAt() != null) {
      throw new SmeRefused("id", "request.resolved", "该请求已办结", "the request is resolved already");
    }
    if (!mayHandle(request, scope)) {
      throw SmeRefused.notYours(id);
    }
    return request;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
