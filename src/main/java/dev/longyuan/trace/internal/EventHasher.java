package dev.longyuan.trace.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 event hash ({@code ni:///sha-256;…?ver=CBV2.0}) of an event in the repository's JSON
 * form. The pre-hash string names the event's fields in the standard's order, each value in its
 * canonical form (UTC timestamps to the millisecond, Digital Links for GS1 keys, web URIs for CBV
 * words, numbers without redundant zeros), lists sorted; then every other field — bizTransactions,
 * sources, destinations, ILMD, user extensions as {@code {namespace}name} — sorted. The event's own
 * eventID, its recordTime, an error declaration and comments never enter it, so the same event
 * written in XML or JSON-LD, in any order, hashes the same.
 */
public final class EventHasher {

  /** A pre-hash string and its hash. */
  public record Hashed(String preHash, String hash) {}

  private static final Set<String> NEVER_HASHED =
      Set.of(
          "type",
          "eventTime",
          "eventTimeZoneOffset",
          "eventID",
          "recordTime",
          "errorDeclaration",
          "@context",
          "comment",
          "rdfs:comment",
          "#text");

  private static final List<String> QUANTITY = List.of("epcClass", "quantity", "uom");

  private static final List<String> SENSOR_METADATA =
      List.of(
          "time",
          "startTime",
          "endTime",
          "deviceID",
          "deviceMetadata",
          "rawData",
          "dataProcessingMethod",
          "bizRules");

  private static final List<String> SENSOR_REPORT =
      List.of(
          "type",
          "exception",
          "deviceID",
          "deviceMetadata",
          "rawData",
          "dataProcessingMethod",
          "time",
          "microorganism",
          "chemicalSubstance",
          "value",
          "component",
          "stringValue",
          "booleanValue",
          "hexBinaryValue",
          "uriValue",
          "minValue",
          "maxValue",
          "meanValue",
          "sDev",
          "percRank",
          "percValue",
          "uom",
          "coordinateReferenceSystem");

  /** The event's fields hashed in this order; all others follow, sorted. */
  private static final List<String> ORDER =
      List.of(
          "certificationInfo",
          "epcList",
          "parentID",
          "inputEPCList",
          "childEPCs",
          "quantityList",
          "childQuantityList",
          "inputQuantityList",
          "outputEPCList",
          "outputQuantityList",
          "action",
          "transformationID",
          "bizStep",
          "disposition",
          "persistentDisposition",
          "readPoint",
          "bizLocation",
          "sensorElementList");

  private static final Map<String, String> TYPED_LISTS =
      Map.of(
          "bizTransactionList",
          "bizTransaction",
          "sourceList",
          "source",
          "destinationList",
          "destination");

  private static final Map<String, String> CBV_URN =
      Map.of("bizstep", "BizStep-", "disp", "Disp-", "btt", "BTT-", "sdt", "SDT-", "er", "ER-");

  private static final Pattern CBV_URN_VALUE =
      Pattern.compile("urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):(.+)");

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private static final String CBV = "https://ref.gs1.org/cbv/";
  private static final String GS1_VOC = "https://gs1.org/voc/";

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private final Map<String, String> namespaces;

  private EventHasher(Map<String, String> namespaces) {
    this.namespaces = namespaces;
  }

  /** Hashes an event whose prefixed names and values use these namespaces (prefix → URI). */
  public static Hashed hash(JsonNode event, Map<String, String> namespaces) {
    String preHash = new EventHasher(namespaces).preHash(event);
    return new Hashed(preHash, hashOf(preHash));
  }

  /**
   * A field's value in the canonical form the hash uses (CBV words as web URIs, GS1 keys as Digital
   * Links), which is also the form the repository selects on.
   */
  public static String canonicalValue(String field, String value) {
    return new EventHasher(EpcisDocument.STANDARD_NAMESPACES).canonical(field, value, "");
  }

  public static String hashOf(String preHash) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(preHash.getBytes(StandardCharsets.UTF_8));
      return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private String preHash(JsonNode event) {
    StringBuilder text = new StringBuilder("eventType=").append(event.path("type").asString(""));
    text.append(leaf("eventTime", event.get("eventTime")));
    text.append(leaf("eventTimeZoneOffset", event.get("eventTimeZoneOffset")));
    for (String field : ORDER) {
      JsonNode value = event.get(field);
      if (value != null) {
        text.append(ordered(field, value));
      }
    }
    List<String> rest = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      if (!NEVER_HASHED.contains(field.getKey()) && !ORDER.contains(field.getKey())) {
        String list = TYPED_LISTS.get(field.getKey());
        if (list != null) {
          rest.add(typedList(field.getKey(), list, field.getValue()));
        } else {
          generic(field.getKey(), field.getValue(), rest);
        }
      }
    }
    return text.append(sortedJoin(rest)).toString();
  }

  private String ordered(String field, JsonNode value) {
    return switch (field) {
      case "epcList", "inputEPCList", "childEPCs", "outputEPCList" -> {
        List<String> epcs = new ArrayList<>();
        for (JsonNode epc : value) {
          epcs.add(leaf("epc", epc));
        }
        yield wrap(field, sortedJoin(epcs));
      }
      case "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList" -> {
        List<String> elements = new ArrayList<>();
        for (JsonNode element : value) {
          elements.add(wrap("quantityElement", object(element, QUANTITY)));
        }
        yield wrap(field, sortedJoin(elements));
      }
      case "readPoint", "bizLocation" -> wrap(field, object(value, List.of("id")));
      case "persistentDisposition" -> wrap(field, object(value, List.of("set", "unset")));
      case "sensorElementList" -> {
        List<String> elements = new ArrayList<>();
        for (JsonNode element : value) {
          elements.add(wrap("sensorElement", sensorElement(element)));
        }
        yield wrap(field, sortedJoin(elements));
      }
      default -> value.isArray() ? sortedJoin(leaves(field, value)) : leaf(field, value);
    };
  }

  private String sensorElement(JsonNode element) {
    StringBuilder text = new StringBuilder();
    JsonNode metadata = element.get("sensorMetadata");
    if (metadata != null) {
      text.append(wrap("sensorMetadata", object(metadata, SENSOR_METADATA)));
    }
    List<String> reports = new ArrayList<>();
    for (JsonNode report : element.path("sensorReport")) {
      reports.add(wrap("sensorReport", object(report, SENSOR_REPORT)));
    }
    text.append(sortedJoin(reports));
    List<String> rest = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : element.properties()) {
      if (!field.getKey().equals("sensorMetadata") && !field.getKey().equals("sensorReport")) {
        generic(field.getKey(), field.getValue(), rest);
      }
    }
    return text.append(sortedJoin(rest)).toString();
  }

  /** The named fields of an object in this order (lists sorted), then its others sorted. */
  private String object(JsonNode node, List<String> order) {
    StringBuilder text = new StringBuilder();
    for (String field : order) {
      JsonNode value = node.get(field);
      if (value != null) {
        text.append(value.isArray() ? sortedJoin(leaves(field, value)) : leaf(field, value));
      }
    }
    List<String> rest = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!order.contains(field.getKey()) && !NEVER_HASHED.contains(field.getKey())) {
        generic(field.getKey(), field.getValue(), rest);
      }
    }
    return text.append(sortedJoin(rest)).toString();
  }

  /** bizTransactionList, sourceList, destinationList: each entry as its type, then its value. */
  private String typedList(String field, String entryName, JsonNode value) {
    List<String> entries = new ArrayList<>();
    for (JsonNode entry : value) {
      entries.add(leaf("type", entry.get("type"), field) + leaf(entryName, entry.get(entryName)));
    }
    return wrap(field, sortedJoin(entries));
  }

  private void generic(String key, JsonNode value, List<String> into) {
    String name = expandName(key);
    if (value.isArray()) {
      for (JsonNode element : value) {
        generic(key, element, into);
      }
    } else if (value.isObject()) {
      List<String> children = new ArrayList<>();
      for (Map.Entry<String, JsonNode> child : value.properties()) {
        if (!NEVER_HASHED.contains(child.getKey())) {
          generic(child.getKey(), child.getValue(), children);
        }
      }
      String text = value.has("#text") ? leaf(name, value.get("#text")) : name;
      String joined = sortedJoin(children);
      if (!joined.isEmpty() || !text.equals(name)) {
        into.add(text + joined);
      }
    } else {
      String leaf = leaf(name, value);
      if (!leaf.isEmpty()) {
        into.add(leaf);
      }
    }
  }

  private List<String> leaves(String field, JsonNode values) {
    List<String> leaves = new ArrayList<>();
    for (JsonNode value : values) {
      leaves.add(leaf(field, value));
    }
    return leaves;
  }

  private String leaf(String field, JsonNode value) {
    return leaf(field, value, "");
  }

  private String leaf(String field, JsonNode value, String list) {
    if (value == null || value.isNull()) {
      return "";
    }
    String text = value.isString() ? value.asString().strip() : value.toString();
    if (text.isEmpty()) {
      return "";
    }
    return field + "=" + canonical(field, text, list);
  }

  /** A value as the hash compares it. */
  String canonical(String field, String value, String list) {
    String lower = field.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("time") && !lower.contains("offset")) {
      return timestamp(value);
    }
    String vocabulary =
        switch (field) {
          case "bizStep" -> "BizStep-";
          case "disposition", "set", "unset" -> "Disp-";
          case "reason" -> "ER-";
          case "type" ->
              switch (list) {
                case "bizTransactionList" -> "BTT-";
                case "sourceList", "destinationList" -> "SDT-";
                default -> null;
              };
          default -> null;
        };
    if (vocabulary != null) {
      return cbv(vocabulary, value);
    }
    if ((field.equals("type") || field.equals("exception")) && !value.contains(":")) {
      return GS1_VOC + value;
    }
    String expanded = expandValue(value);
    Matcher urn = CBV_URN_VALUE.matcher(expanded);
    if (urn.matches()) {
      return CBV + CBV_URN.get(urn.group(1)) + urn.group(2);
    }
    if (NUMBER.matcher(expanded).matches()) {
      return number(expanded);
    }
    return DigitalLink.canonical(expanded).orElse(expanded);
  }

  private String cbv(String vocabulary, String value) {
    Matcher urn = CBV_URN_VALUE.matcher(value);
    if (urn.matches()) {
      return CBV + CBV_URN.get(urn.group(1)) + urn.group(2);
    }
    if (!value.contains(":")) {
      return CBV + vocabulary + value;
    }
    return expandValue(value);
  }

  /**
   * Only the GS1 vocabularies' prefixes are expanded in values; a user's CURIE stays as written.
   */
  private String expandValue(String value) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String uri = namespaces.get(value.substring(0, colon));
      if (uri != null && (uri.startsWith("https://ref.gs1.org") || uri.startsWith(GS1_VOC))) {
        return uri + value.substring(colon + 1);
      }
    }
    return value;
  }

  private String expandName(String key) {
    int colon = key.indexOf(':');
    if (colon > 0) {
      String uri = namespaces.get(key.substring(0, colon));
      if (uri != null) {
        return "{" + uri + "}" + key.substring(colon + 1);
      }
    }
    return key;
  }

  private static String timestamp(String value) {
    try {
      OffsetDateTime time = OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
      // to the nearest millisecond, half up, as the reference implementation rounds
      long nanos = time.getNano() % 1_000_000;
      time = time.minusNanos(nanos).plusNanos(nanos >= 500_000 ? 1_000_000 : 0);
      return time.format(MILLIS);
    } catch (DateTimeParseException notATimestamp) {
      return value;
    }
  }

  private static String number(String value) {
    double number = Double.parseDouble(value);
    if (number == Math.rint(number)) {
      // the integer the double is, digits beyond its precision included, as Python's int() gives
      return new BigDecimal(number).toBigInteger().toString();
    }
    return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
  }

  private static String wrap(String name, String content) {
    return content.isEmpty() ? "" : name + content;
  }

  private static String sortedJoin(List<String> parts) {
    return String.join("", parts.stream().filter(p -> !p.isEmpty()).sorted().toList());
  }
}
