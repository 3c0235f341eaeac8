package dev.longyuan.trace.internal;

import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.persistence.EventCriteria;
import dev.longyuan.trace.persistence.EventRepository;
import dev.longyuan.trace.persistence.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simple event query of the EPCIS 2.0 REST binding: its parameters (each value a list separated
 * by {@code |}, meaning OR; the parameters ANDed), pages of {@code perPage} events in the order
 * they were recorded, and the results as an EPCISQueryDocument in JSON-LD or XML.
 */
@Service
public class QueryService {

  public static final int DEFAULT_PER_PAGE = 30;
  public static final int MAX_PER_PAGE = 1000;

  static final Set<String> EVENT_TYPES =
      Set.of(
          "ObjectEvent",
          "AggregationEvent",
          "TransactionEvent",
          "TransformationEvent",
          "AssociationEvent");

  private static final Set<String> PARAMETERS =
      Set.of(
          "eventType",
          "EQ_bizStep",
          "EQ_disposition",
          "EQ_action",
          "EQ_readPoint",
          "EQ_bizLocation",
          "EQ_eventID",
          "GE_eventTime",
          "LT_eventTime",
          "GE_recordTime",
          "LT_recordTime",
          "MATCH_epc",
          "MATCH_anyEPC",
          "MATCH_epcClass",
          "MATCH_anyEPCClass",
          "perPage",
          "nextPageToken");

  private final EventRepository events;
  private final JsonMapper json = JsonMapper.shared();

  QueryService(EventRepository events) {
    this.events = events;
  }

  /** One page of events, and the token of the next when there may be more. */
  public record Page(
      List<ObjectNode> events, Map<String, String> namespaces, @Nullable String nextPageToken) {}

  /** Answers the query; an unknown parameter or a malformed value is refused. */
  public Page query(Map<String, String> parameters) {
    EventCriteria criteria = criteria(parameters);
    int perPage = perPage(parameters.get("perPage"));
    long after = after(parameters.get("nextPageToken"));
    List<StoredEvent> found = events.find(criteria, after, perPage + 1);
    boolean more = found.size() > perPage;
    List<StoredEvent> page = more ? found.subList(0, perPage) : found;
    return page(page, more ? token(page.get(page.size() - 1).id()) : null);
  }

  /**
   * What the parameters select (paging aside); an unknown parameter or a malformed value is
   * refused, naming the parameter.
   */
  public EventCriteria criteria(Map<String, String> parameters) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw refused(name, "不是支持的查询参数", "is not a query parameter this repository supports");
      }
    }
    List<String> types = values(parameters, "eventType", UnaryOperator.identity());
    for (String type : types) {
      if (!EVENT_TYPES.contains(type)) {
        throw refused("eventType", "没有事件类型 " + type, "there is no event type " + type);
      }
    }
    EventCriteria criteria =
        new EventCriteria(
            types,
            values(parameters, "EQ_bizStep", v -> EventHasher.canonicalValue("bizStep", v)),
            values(parameters, "EQ_disposition", v -> EventHasher.canonicalValue("disposition", v)),
            values(parameters, "EQ_action", UnaryOperator.identity()),
            values(parameters, "EQ_readPoint", v -> EventHasher.canonicalValue("id", v)),
            values(parameters, "EQ_bizLocation", v -> EventHasher.canonicalValue("id", v)),
            values(parameters, "EQ_eventID", UnaryOperator.identity()),
            time(parameters, "GE_eventTime"),
            time(parameters, "LT_eventTime"),
            time(parameters, "GE_recordTime"),
            time(parameters, "LT_recordTime"),
            values(parameters, "MATCH_epc", QueryService::epcOrPattern),
            values(parameters, "MATCH_anyEPC", QueryService::epcOrPattern),
            values(parameters, "MATCH_epcClass", QueryService::epcOrPattern),
            values(parameters, "MATCH_anyEPCClass", QueryService::epcOrPattern));
    return criteria;
  }

  /** Stored events as a page of the answer: their bodies with their record time. */
  public Page page(List<StoredEvent> page, @Nullable String next) {
    Map<String, String> namespaces = new LinkedHashMap<>();
    List<ObjectNode> bodies = new ArrayList<>();
    for (StoredEvent event : page) {
      ObjectNode body = (ObjectNode) json.readTree(event.body());
      body.put(
          "recordTime",
          event
              .recordTime()
              .withOffsetSameInstant(ZoneOffset.UTC)
              .truncatedTo(ChronoUnit.MILLIS)
              .toString());
      bodies.add(body);
      json.readTree(event.namespaces())
          .properties()
          .forEach(ns -> namespaces.putIfAbsent(ns.getKey(), ns.getValue().asString()));
    }
    return new Page(bodies, namespaces, next);
  }

  /** The page as a JSON-LD EPCISQueryDocument. */
  public ObjectNode jsonDocument(Page page) {
    return jsonDocument(page, "SimpleEventQuery", null);
  }

  /**
   * The page as a JSON-LD EPCISQueryDocument answering the query named, for the subscription given
   * (null when it answers a request).
   */
  public ObjectNode jsonDocument(Page page, String queryName, @Nullable String subscriptionId) {
    ObjectNode document = json.createObjectNode();
    var context = document.putArray("@context");
    context.add(EpcisDocument.CONTEXT_URL);
    if (!page.namespaces().isEmpty()) {
      ObjectNode prefixes = context.addObject();
      page.namespaces().forEach(prefixes::put);
    }
    document.put("type", "EPCISQueryDocument");
    document.put("schemaVersion", "2.0");
    document.put("creationDate", now());
    ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
    results.put("queryName", queryName);
    if (subscriptionId != null) {
      results.put("subscriptionID", subscriptionId);
    }
    var list = results.putObject("resultsBody").putArray("eventList");
    page.events().forEach(list::add);
    return document;
  }

  /** The page as an XML EPCISQueryDocument. */
  public String xmlDocument(Page page) {
    return xmlDocument(page, "SimpleEventQuery");
  }

  /** The page as an XML EPCISQueryDocument answering the query named. */
  public String xmlDocument(Page page, String queryName) {
    Map<String, String> namespaces = new LinkedHashMap<>(EpcisDocument.STANDARD_NAMESPACES);
    page.namespaces().forEach(namespaces::putIfAbsent);
    List<JsonNode> events = new ArrayList<>(page.events());
    return EpcisXmlWriter.queryDocument(events, namespaces, now(), queryName);
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** An EPC, or an EPC pattern ({@code urn:epc:idpat:…}, a Digital Link ending in *). */
  static String epcOrPattern(String value) {
    if (value.startsWith("urn:epc:idpat:")) {
      return CaptureService.epc(value) + "/*";
    }
    if (value.endsWith("/*")) {
      return CaptureService.epc(value.substring(0, value.length() - 2)) + "/*";
    }
    return CaptureService.epc(value);
  }

  private static List<String> values(
      Map<String, String> parameters, String name, UnaryOperator<String> canonical) {
    String value = parameters.get(name);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("\\|"))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .map(canonical)
        .toList();
  }

  private static @Nullable OffsetDateTime time(Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip().replace(' ', '+'));
    } catch (DateTimeParseException e) {
      throw refused(name, "不是带时区的日期时间：" + value, "is not a date-time with an offset: " + value);
    }
  }

  /** The page size a request asks for, refused outside 1 to {@link #MAX_PER_PAGE}. */
  public static int perPage(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PER_PAGE;
    }
    try {
      int perPage = Integer.parseInt(value.strip());
      if (perPage >= 1 && perPage <= MAX_PER_PAGE) {
        return perPage;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, as any other value out of range
    }
    throw refused(
        "perPage",
        "应是 1 到 " + MAX_PER_PAGE + " 之间的整数",
        "is a whole number from 1 to " + MAX_PER_PAGE);
  }

  /** The token of the page after the position given. */
  public static String token(long lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("after:" + lastId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a page token names; 0 without one; refused when this repository did not give it.
   */
  public static long after(@Nullable String token) {
    if (token == null || token.isBlank()) {
      return 0;
    }
    try {
      String decoded =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      if (decoded.startsWith("after:")) {
        return Long.parseLong(decoded.substring("after:".length()));
      }
    } catch (IllegalArgumentException malformed) {
      // refused below
    }
    throw refused("nextPageToken", "不是本库给出的翻页标记", "is not a page token this repository gave");
  }

  private static EpcisRefused refused(String parameter, String zh, String en) {
    return new EpcisRefused(
        "epcis.query.parameter",
        "查询参数 " + parameter + " " + zh,
        "query parameter " + parameter + " " + en);
  }
}
