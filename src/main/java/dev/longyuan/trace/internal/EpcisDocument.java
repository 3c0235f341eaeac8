package dev.longyuan.trace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of a captured EPCIS document in the repository's JSON form (the JSON-LD binding's
 * compact form), with the namespaces its prefixed names and values use (prefix → URI), and the
 * master data its header carries (the vocabularies of {@code epcisHeader.epcisMasterData}, in the
 * same form).
 */
public record EpcisDocument(
    List<ObjectNode> events, Map<String, String> namespaces, List<ObjectNode> vocabularies) {

  /**
   * The prefixes of the standard EPCIS 2.0 context, which every document has: the terms of GS1's
   * context file (shipped as a resource) that name a namespace.
   */
  public static final Map<String, String> STANDARD_NAMESPACES = standardNamespaces();

  public static final String CONTEXT_URL =
      "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

  public EpcisDocument {
    events = List.copyOf(events);
    namespaces = Map.copyOf(namespaces);
    vocabularies = List.copyOf(vocabularies);
  }

  private static Map<String, String> standardNamespaces() {
    try (InputStream in =
        EpcisDocument.class.getResourceAsStream("/trace/epcis/epcis-context.jsonld")) {
      if (in == null) {
        throw new IllegalStateException("the EPCIS JSON-LD context is missing from the resources");
      }
      Map<String, String> namespaces = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> term :
          JsonMapper.shared().readTree(in).path("@context").properties()) {
        String value = term.getValue().asString("");
        if (!term.getKey().startsWith("@")
            && (value.endsWith("/") || value.endsWith("#") || value.endsWith(":"))) {
          namespaces.put(term.getKey(), value);
        }
      }
      return Map.copyOf(namespaces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The events of a JSON-LD EPCISDocument or EPCISQueryDocument, and its context's prefixes. */
  public static EpcisDocument fromJson(JsonNode document) {
    Map<String, String> namespaces = new LinkedHashMap<>(STANDARD_NAMESPACES);
    JsonNode context = document.path("@context");
    for (JsonNode entry : context.isArray() ? context : List.of(context)) {
      if (entry.isObject()) {
        for (Map.Entry<String, JsonNode> prefix : entry.properties()) {
          if (prefix.getValue().isString()) {
            namespaces.put(prefix.getKey(), prefix.getValue().asString());
          }
        }
      }
    }
    JsonNode body = document.path("epcisBody");
    JsonNode list =
        body.has("queryResults")
            ? body.path("queryResults").path("resultsBody").path("eventList")
            : body.has("event") ? body.path("event") : body.path("eventList");
    List<ObjectNode> events =
        (list.isArray() ? list.valueStream() : java.util.stream.Stream.of(list))
            .filter(JsonNode::isObject)
            .map(event -> (ObjectNode) event)
            .toList();
    JsonNode vocabularyList =
        document.path("epcisHeader").path("epcisMasterData").path("vocabularyList");
    List<ObjectNode> vocabularies =
        vocabularyList
            .valueStream()
            .filter(JsonNode::isObject)
            .map(vocabulary -> (ObjectNode) vocabulary)
            .toList();
    return new EpcisDocument(events, namespaces, vocabularies);
  }
}
