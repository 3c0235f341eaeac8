package dev.longyuan.trace.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.trace.EpcisProblem;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.persistence.CaptureJobRepository;
import dev.longyuan.trace.persistence.EventRepository;
import dev.longyuan.trace.persistence.NewEvent;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The capture interface: a document is read (JSON-LD or XML), checked against the EPCIS JSON
 * Schema, and its events stored under their event hash in one capture job. With {@code rollback}
 * one wrong event refuses the whole document and nothing is stored; with {@code proceed} the good
 * events are stored and the job lists the others.
 */
@Service
public class CaptureService {

  /** Events a document may hold ({@code GS1-EPCIS-Capture-Limit}). */
  public static final int CAPTURE_LIMIT = 10_000;

  /** Bytes a document may have ({@code GS1-EPCIS-Capture-File-Size-Limit}). */
  public static final long FILE_SIZE_LIMIT = 64L * 1024 * 1024;

  private static final Set<String> DOCUMENT_TYPES = Set.of("EPCISDocument", "EPCISQueryDocument");

  private static final Map<String, String> EPC_ROLES =
      Map.of(
          "epcList", "epc",
          "childEPCs", "child",
          "inputEPCList", "input",
          "outputEPCList", "output");

  private static final Map<String, String> CLASS_ROLES =
      Map.of(
          "quantityList", "quantity",
          "childQuantityList", "child_quantity",
          "inputQuantityList", "input_quantity",
          "outputQuantityList", "output_quantity");

  private final EventRepository events;
  private final CaptureJobRepository jobs;
  private final AuditLog audit;
  private final MasterDataCapture masterData;
  private final Subscriptions subscriptions;
  private final WebhookDeliveries webhooks;
  private final TransactionTemplate transaction;
  private final JsonMapper json = JsonMapper.shared();

  CaptureService(
      EventRepository events,
      CaptureJobRepository jobs,
      AuditLog audit,
      MasterDataCapture masterData,
      Subscriptions subscriptions,
      WebhookDeliveries webhooks,
      PlatformTransactionManager transactions) {
    this.events = events;
    this.jobs = jobs;
    this.audit = audit;
    this.masterData = masterData;
    this.subscriptions = subscriptions;
    this.webhooks = webhooks;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A document read and checked, before anything is stored. */
  public record Checked(EpcisDocument document, List<EpcisProblem> problems) {}

  /** Reads and checks a document; refuses one that is not an EPCIS document at all. */
  public Checked check(byte[] body, boolean xml) {
    if (body.length > FILE_SIZE_LIMIT) {
      throw tooLarge(
          "文件大于 " + FILE_SIZE_LIMIT + " 字节", "the document is over " + FILE_SIZE_LIMIT + " bytes");
    }
    EpcisDocument document;
    JsonNode tree;
    if (xml) {
      document = EpcisXmlReader.read(new ByteArrayInputStream(body));
      tree = asJsonDocument(document);
    } else {
      try {
        tree = json.readTree(body);
      } catch (JacksonException e) {
        throw new EpcisRefused(
            "epcis.json.malformed",
            "JSON 文档无法解析：" + e.getOriginalMessage(),
            "the JSON document cannot be parsed: " + e.getOriginalMessage());
      }
      if (!tree.isObject() || !DOCUMENT_TYPES.contains(tree.path("type").asString(""))) {
        throw new EpcisRefused(
            "epcis.document.type",
            "只接收 EPCISDocument 或 EPCISQueryDocument",
            "only an EPCISDocument or an EPCISQueryDocument is captured");
      }
      document = EpcisDocument.fromJson(tree);
    }
    if (document.events().size() > CAPTURE_LIMIT) {
      throw tooLarge(
          "文件有 " + document.events().size() + " 个事件，多于 " + CAPTURE_LIMIT,
          "the document holds " + document.events().size() + " events, over " + CAPTURE_LIMIT);
    }
    List<EpcisProblem> problems =
        new ArrayList<>(xml ? SchemaCheck.problemsOfXml(tree) : SchemaCheck.problems(tree));
    problems.addAll(masterData.problems(document));
    return new Checked(document, problems);
  }

  /**
   * Captures a checked document as a new job and returns the job's id. Refuses, storing nothing, a
   * document with a problem outside its events, or with any problem under rollback.
   */
  public UUID capture(Checked checked, ErrorBehaviour behaviour, String user) {
    List<EpcisProblem> problems = checked.problems();
    boolean outsideEvents = problems.stream().anyMatch(p -> p.eventIndex() < 0);
    if (outsideEvents || (behaviour == ErrorBehaviour.ROLLBACK && !problems.isEmpty())) {
      throw new EpcisRefused(
          "epcis.validation",
          "文件不符合 EPCIS 2.0，共 " + problems.size() + " 处问题，未保存任何事件",
          problems.size() + " problems with the EPCIS 2.0 document: no event was stored",
          problems);
    }
    EpcisDocument document = checked.document();
    UUID job = UUID.randomUUID();
    jobs.start(job, behaviour.header(), document.events().size(), user);
    Set<Integer> invalid =
        problems.stream().map(EpcisProblem::eventIndex).collect(Collectors.toSet());
    List<EpcisProblem> errors = new ArrayList<>(problems);
    int[] counts = new int[2];
    if (behaviour == ErrorBehaviour.ROLLBACK) {
      List<NewEvent> prepared = new ArrayList<>();
      for (int i = 0; i < document.events().size(); i++) {
        NewEvent event = prepare(job, document, i, errors);
        if (event != null) {
          prepared.add(event);
        }
      }
      if (errors.isEmpty()) {
        Integer stored =
            transaction.execute(
                status -> {
                  masterData.store(document, job);
                  return store(prepared);
                });
        counts[0] = stored == null ? 0 : stored;
        counts[1] = prepared.size() - counts[0];
      }
    } else {
      transaction.executeWithoutResult(status -> masterData.store(document, job));
      for (int i = 0; i < document.events().size(); i++) {
        NewEvent event = invalid.contains(i) ? null : prepare(job, document, i, errors);
        if (event != null) {
          // each event in a transaction of its own: one that fails leaves the others stored
          Integer stored = transaction.execute(status -> store(List.of(event)));
          int one = stored == null ? 0 : stored;
          counts[0] += one;
          counts[1] += 1 - one;
        }
      }
    }
    jobs.finish(job, errors.isEmpty(), counts[0], counts[1], json.writeValueAsString(errors));
    if (counts[0] > 0) {
      webhooks.wake();
    }
    audit.record(
        user,
        "trace",
        "epcis.capture",
        job.toString(),
        "events "
            + document.events().size()
            + ", stored "
            + counts[0]
            + ", duplicates "
            + counts[1]
            + ", errors "
            + errors.size()
            + ", "
            + behaviour.header());
    return job;
  }

  /**
   * Stores events, and in the same transaction queues them for the streaming subscriptions whose
   * queries select them; returns how many were stored.
   */
  private int store(List<NewEvent> prepared) {
    List<Long> stored = events.insertAll(prepared);
    subscriptions.captured(stored);
    return stored.size();
  }

  /** The event as it is stored, or null with its problem added to the errors. */
  private @Nullable NewEvent prepare(
      UUID job, EpcisDocument document, int index, List<EpcisProblem> errors) {
    ObjectNode event = document.events().get(index).deepCopy();
    EventHasher.Hashed hashed = EventHasher.hash(event, document.namespaces());
    String eventId = event.path("eventID").asString("");
    if (eventId.isEmpty()) {
      eventId = hashed.hash();
      event.put("eventID", eventId);
    }
    event.remove("recordTime");
    OffsetDateTime eventTime;
    try {
      eventTime = OffsetDateTime.parse(event.path("eventTime").asString(""));
    } catch (DateTimeParseException e) {
      errors.add(
          new EpcisProblem(
              index,
              "/eventTime",
              "事件时间不是带时区的日期时间",
              "eventTime is not a date-time with an offset"));
      return null;
    }
    return new NewEvent(
        hashed.hash(),
        eventId,
        event.path("type").asString(""),
        eventTime,
        event.path("eventTimeZoneOffset").asString(""),
        text(event, "action"),
        canonical(event.get("bizStep"), "bizStep"),
        canonical(event.get("disposition"), "disposition"),
        canonical(event.path("readPoint").get("id"), "id"),
        canonical(event.path("bizLocation").get("id"), "id"),
        job,
        json.writeValueAsString(event),
        json.writeValueAsString(ownNamespaces(document.namespaces())),
        identifiers(event));
  }

  static List<NewEvent.Identifier> identifiers(JsonNode event) {
    List<NewEvent.Identifier> identifiers = new ArrayList<>();
    EPC_ROLES.forEach(
        (list, role) ->
            event
                .path(list)
                .forEach(
                    epc -> identifiers.add(new NewEvent.Identifier(role, epc(epc.asString())))));
    CLASS_ROLES.forEach(
        (list, role) ->
            event
                .path(list)
                .forEach(
                    element ->
                        identifiers.add(
                            new NewEvent.Identifier(
                                role, epc(element.path("epcClass").asString())))));
    if (event.hasNonNull("parentID")) {
      identifiers.add(new NewEvent.Identifier("parent", epc(event.get("parentID").asString())));
    }
    return identifiers;
  }

  /** An EPC or class as the repository keeps it: its Digital Link, when it is a GS1 key. */
  public static String epc(String value) {
    return DigitalLink.canonical(value.strip()).orElse(value.strip());
  }

  private static String text(JsonNode event, String field) {
    JsonNode value = event.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static String canonical(JsonNode value, String field) {
    return value == null || value.isNull()
        ? null
        : EventHasher.canonicalValue(field, value.asString());
  }

  private static Map<String, String> ownNamespaces(Map<String, String> namespaces) {
    Map<String, String> own = new LinkedHashMap<>();
    namespaces.forEach(
        (prefix, uri) -> {
          if (!uri.equals(EpcisDocument.STANDARD_NAMESPACES.get(prefix))) {
            own.put(prefix, uri);
          }
        });
    return own;
  }

  /** The JSON-LD document an XML document is: what the schema then checks. */
  ObjectNode asJsonDocument(EpcisDocument document) {
    ObjectNode tree = json.createObjectNode();
    var context = tree.putArray("@context");
    context.add(EpcisDocument.CONTEXT_URL);
    Map<String, String> own = ownNamespaces(document.namespaces());
    if (!own.isEmpty()) {
      ObjectNode prefixes = context.addObject();
      own.forEach(prefixes::put);
    }
    tree.put("type", "EPCISDocument");
    tree.put("schemaVersion", "2.0");
    tree.put("creationDate", OffsetDateTime.now().toString());
    if (!document.vocabularies().isEmpty()) {
      var vocabularies =
          tree.putObject("epcisHeader").putObject("epcisMasterData").putArray("vocabularyList");
      document.vocabularies().forEach(vocabularies::add);
    }
    var list = tree.putObject("epcisBody").putArray("eventList");
    document.events().forEach(list::add);
    return tree;
  }

  private static EpcisRefused tooLarge(String zh, String en) {
    return new EpcisRefused("epcis.capture.too-large", zh, en);
  }
}
