package dev.longyuan.trace.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.persistence.DeliveryRepository;
import dev.longyuan.trace.persistence.DeliveryRepository.Standing;
import dev.longyuan.trace.persistence.EventCriteria;
import dev.longyuan.trace.persistence.EventRepository;
import dev.longyuan.trace.persistence.NamedQueryRepository.NamedQueryRow;
import dev.longyuan.trace.persistence.SubscriptionRepository;
import dev.longyuan.trace.persistence.SubscriptionRepository.NewSubscription;
import dev.longyuan.trace.persistence.SubscriptionRepository.SubscriptionRow;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook subscriptions to named queries, and the outbox they are fed through: a streaming
 * subscription gets the events a capture stores, queued in the capture's own transaction; a
 * scheduled one gets, at each run, the matching events recorded since that it has not had. Either
 * way an event goes to a subscription once, and nothing queued is lost to a crash.
 */
@Service
public class Subscriptions {

  /** Events in one posted document at most: the binding asks for manageable batches. */
  static final int BATCH = 1000;

  /**
   * How far back a scheduled run looks before its previous run: a capture still in its transaction
   * at the previous run had recorded its events before it, and commits well within this.
   */
  static final Duration LATE_COMMIT = Duration.ofMinutes(10);

  private static final Set<String> FIELDS =
      Set.of("dest", "signatureToken", "reportIfEmpty", "stream", "schedule", "initialRecordTime");

  private final NamedQueries queries;
  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository outbox;
  private final EventRepository events;
  private final AuditLog audit;
  private final JsonMapper json = JsonMapper.shared();

  private final WebhookAddresses addresses;

  Subscriptions(
      NamedQueries queries,
      SubscriptionRepository subscriptions,
      DeliveryRepository outbox,
      EventRepository events,
      AuditLog audit,
      WebhookAddresses addresses) {
    this.addresses = addresses;
    this.queries = queries;
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.events = events;
    this.audit = audit;
  }

  /**
   * Subscribes to a named query with the binding's body; a stream with an initial record time in
   * the past gets the events recorded since queued at once.
   */
  @Transactional
  public SubscriptionRow subscribe(String queryName, String body, String user) {
    NamedQueryRow query = queries.get(queryName);
    JsonNode request = parse(body);
    for (var field : request.properties()) {
      if (!FIELDS.contains(field.getKey())) {
        throw refused(field.getKey(), "不是订阅字段", "is not a subscription field");
      }
    }
    String dest = dest(request.path("dest"));
    JsonNode token = request.get("signatureToken");
    if (token != null && !token.isNull() && (!token.isString() || token.asString().isEmpty())) {
      throw refused("signatureToken", "应是非空字符串", "is a non-empty string");
    }
    boolean reportIfEmpty = flag(request, "reportIfEmpty");
    boolean stream = flag(request, "stream");
    JsonNode scheduleNode = request.get("schedule");
    boolean scheduled = scheduleNode != null && !scheduleNode.isNull();
    if (stream == scheduled) {
      throw refused(
          "stream/schedule",
          "须且只能给出其一：stream 为 true，或 schedule",
          "exactly one is given: stream true, or a schedule");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime initial = initialRecordTime(request.get("initialRecordTime"), now);
    QuerySchedule schedule = scheduled ? QuerySchedule.of(scheduleNode) : null;
    // last, as it asks the name service
    addresses
        .refusal(URI.create(dest))
        .ifPresent(
            unreachable -> {
              throw refused("dest", unreachable.zh(), unreachable.en());
            });
    UUID id = UUID.randomUUID();
    subscriptions.insert(
        new NewSubscription(
            id,
            query.id(),
            dest,
            token == null || token.isNull() ? null : token.asString(),
            reportIfEmpty,
            stream,
            schedule == null ? null : json.writeValueAsString(schedule.fields()),
            initial,
            schedule == null ? null : schedule.next(now),
            user));
    if (stream && initial.isBefore(now)) {
      queue(id, outbox.notYetQueued(queries.criteria(query.query()), id, initial));
    }
    audit.record(user, "trace", "epcis.subscription.create", queryName + "/" + id, dest);
    return subscriptions.find(queryName, id).orElseThrow();
  }

  public SubscriptionRow get(String queryName, String id) {
    queries.get(queryName);
    return subscriptions.find(queryName, uuid(id)).orElseThrow(() -> unknown(id));
  }

  /** A query's subscriptions from a position on, one more than asked when there are more. */
  public List<SubscriptionRow> page(String queryName, int offset, int perPage) {
    queries.get(queryName);
    return subscriptions.ofQuery(queryName, offset, perPage + 1);
  }

  /** A subscription with how its deliveries stand. */
  public record Overview(SubscriptionRow subscription, @Nullable Standing deliveries) {}

  /** Every subscription with how its deliveries stand: for the page. */
  public List<Overview> overview() {
    Map<UUID, Standing> standings = outbox.standings();
    return subscriptions.all().stream().map(s -> new Overview(s, standings.get(s.id()))).toList();
  }

  @Transactional
  public void unsubscribe(String queryName, String id, String user) {
    queries.get(queryName);
    if (!subscriptions.delete(queryName, uuid(id))) {
      throw unknown(id);
    }
    audit.record(user, "trace", "epcis.subscription.delete", queryName + "/" + id, "");
  }

  /**
   * Queues, for every streaming subscription, the events just stored that its query selects. Runs
   * in the capture's transaction: the events and their deliveries commit together or not at all.
   */
  void captured(List<Long> stored) {
    if (stored.isEmpty()) {
      return;
    }
    for (SubscriptionRow subscription : subscriptions.streamsHeld()) {
      EventCriteria criteria =
          queries.criteria(subscription.query()).recordedFrom(subscription.initialRecordTime());
      queue(subscription.id(), events.selectedAmong(criteria, stored));
    }
  }

  /**
   * One run of a scheduled subscription, locked against a second runner: queues the matching events
   * recorded since shortly before its previous run that it never had, or an empty report when there
   * are none and it asked for those; then sets its next run.
   */
  @Transactional
  public boolean run(UUID id, OffsetDateTime at) {
    SubscriptionRow subscription = subscriptions.lockDue(id, at).orElse(null);
    if (subscription == null || subscription.schedule() == null) {
      return false;
    }
    OffsetDateTime from = subscription.initialRecordTime();
    if (subscription.lastRunAt() != null
        && subscription.lastRunAt().minus(LATE_COMMIT).isAfter(from)) {
      from = subscription.lastRunAt().minus(LATE_COMMIT);
    }
    List<Long> found =
        outbox.notYetQueued(queries.criteria(subscription.query()), subscription.id(), from);
    if (!found.isEmpty()) {
      queue(subscription.id(), found);
    } else if (subscription.reportIfEmpty()) {
      outbox.enqueue(subscription.id(), List.of());
    }
    OffsetDateTime next = QuerySchedule.of(json.readTree(subscription.schedule())).next(at);
    // a schedule that ran out of matching times is looked at again in a year
    subscriptions.ran(id, at, next == null ? at.plusYears(1) : next);
    return true;
  }

  private void queue(UUID subscription, List<Long> selected) {
    for (int from = 0; from < selected.size(); from += BATCH) {
      outbox.enqueue(subscription, selected.subList(from, Math.min(selected.size(), from + BATCH)));
    }
  }

  private static String dest(JsonNode dest) {
    String value = dest.asString("");
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException malformed) {
      // refused below
    }
    throw refused(
        "dest", "应是 http 或 https 地址，而不是 " + value, "is an http or https URL, not " + value);
  }

  private static boolean flag(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw refused(field, "应是 true 或 false", "is true or false");
    }
    return value.asBoolean();
  }

  private static OffsetDateTime initialRecordTime(@Nullable JsonNode value, OffsetDateTime now) {
    if (value == null || value.isNull()) {
      return now;
    }
    try {
      return OffsetDateTime.parse(value.asString(""));
    } catch (DateTimeParseException e) {
      throw refused("initialRecordTime", "不是带时区的日期时间", "is not a date-time with an offset");
    }
  }

  private JsonNode parse(String body) {
    try {
      JsonNode tree = json.readTree(body);
      if (tree != null && tree.isObject()) {
        return tree;
      }
    } catch (JacksonException malformed) {
      // refused below
    }
    throw new EpcisRefused(
        "epcis.json.malformed", "请求体应是 JSON 对象", "the request body is a JSON object");
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw unknown(id);
    }
  }

  private static EpcisRefused unknown(String id) {
    return new EpcisRefused(
        "epcis.subscription.unknown", "没有订阅 " + id, "there is no subscription " + id);
  }

  private static EpcisRefused refused(String field, String zh, String en) {
    return new EpcisRefused(
        "epcis.subscription.controls",
        "订阅字段 " + field + " " + zh,
        "subscription " + field + " " + en);
  }
}
