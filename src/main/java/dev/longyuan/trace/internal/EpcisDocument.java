package dev.longyuan.trace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of a captured EPCIS document in the repository's JSON form (the JSON-LD binding's
 * compact form), with the namespaces its prefixed names and values use (prefix → URI).
 */
public record EpcisDocument(List<ObjectNode> events, Map<String, String> namespaces) {

  /** The prefixes of the standard EPCIS 2.0 context, which every document has. */
  public static final Map<String, String> STANDARD_NAMESPACES =
      Map.of(
          "epcis", "https://ref.gs1.org/epcis/",
          "cbv", "https://ref.gs1.org/cbv/",
          "cbvmda", "urn:epcglobal:cbv:mda:",
          "gs1", "https://gs1.org/voc/",
          "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
          "owl", "http://www.w3.org/2002/07/owl#",
          "xsd", "http://www.w3.org/2001/XMLSchema#",
          "dcterms", "http://purl.org/dc/terms/");

  public static final String CONTEXT_URL =
      "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

  public EpcisDocument {
    events = List.copyOf(events);
    namespaces = Map.copyOf(namespaces);
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
    return new EpcisDocument(events, namespaces);
  }
}
