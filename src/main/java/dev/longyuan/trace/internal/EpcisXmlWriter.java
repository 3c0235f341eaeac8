package dev.longyuan.trace.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.JsonNode;

/**
 * Events of the repository's JSON form written as an EPCIS 2.0 XML {@code EPCISQueryDocument}: CBV
 * words as their URNs, extension fields as elements of their namespaces — so that {@link
 * EpcisXmlReader} reads back the same events, with the same hashes.
 */
public final class EpcisXmlWriter {

  private static final String QUERY_NS = "urn:epcglobal:epcis-query:xsd:2";

  /** Standard fields in the order the 2.0 XSD has them; extensions follow. */
  private static final List<String> ORDER =
      List.of(
          "eventTime",
          "recordTime",
          "eventTimeZoneOffset",
          "eventID",
          "errorDeclaration",
          "certificationInfo",
          "parentID",
          "epcList",
          "childEPCs",
          "quantityList",
          "childQuantityList",
          "inputEPCList",
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
          "bizTransactionList",
          "sourceList",
          "destinationList",
          "sensorElementList",
          "ilmd");

  private static final Set<String> EPC_LISTS =
      Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");

  private static final Map<String, String> VOCABULARY_URNS =
      Map.of(
          "bizStep", "urn:epcglobal:cbv:bizstep:",
          "disposition", "urn:epcglobal:cbv:disp:",
          "set", "urn:epcglobal:cbv:disp:",
          "unset", "urn:epcglobal:cbv:disp:",
          "reason", "urn:epcglobal:cbv:er:",
          "bizTransactionList", "urn:epcglobal:cbv:btt:",
          "sourceList", "urn:epcglobal:cbv:sdt:",
          "destinationList", "urn:epcglobal:cbv:sdt:");

  private final XMLStreamWriter xml;
  private final Map<String, String> namespaces;

  private EpcisXmlWriter(XMLStreamWriter xml, Map<String, String> namespaces) {
    this.xml = xml;
    this.namespaces = namespaces;
  }

  /** A query document of these events, whose extensions use these namespaces (prefix → URI). */
  public static String queryDocument(
      List<JsonNode> events, Map<String, String> namespaces, String creationDate) {
    return queryDocument(events, namespaces, creationDate, "SimpleEventQuery");
  }

  /** The same, answering the named query given. */
  public static String queryDocument(
      List<JsonNode> events,
      Map<String, String> namespaces,
      String creationDate,
      String queryName) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      EpcisXmlWriter writer = new EpcisXmlWriter(xml, namespaces);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("epcisq", "EPCISQueryDocument", QUERY_NS);
      xml.writeNamespace("epcisq", QUERY_NS);
      for (Map.Entry<String, String> ns : namespaces.entrySet()) {
        xml.writeNamespace(ns.getKey(), ns.getValue());
      }
      xml.writeAttribute("schemaVersion", "2.0");
      xml.writeAttribute("creationDate", creationDate);
      xml.writeStartElement("EPCISBody");
      xml.writeStartElement("epcisq", "QueryResults", QUERY_NS);
      writer.simple("queryName", queryName);
      xml.writeStartElement("resultsBody");
      xml.writeStartElement("EventList");
      for (JsonNode event : events) {
        writer.event(event);
      }
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out.toString();
  }

  private void event(JsonNode event) throws XMLStreamException {
    xml.writeStartElement(event.path("type").asString());
    for (String field : ORDER) {
      JsonNode value = event.get(field);
      if (value != null && !value.isNull()) {
        field(field, value);
      }
    }
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      if (!ORDER.contains(field.getKey()) && field.getKey().contains(":")) {
        extension(field.getKey(), field.getValue());
      }
    }
    xml.writeEndElement();
  }

  private void field(String name, JsonNode value) throws XMLStreamException {
    if (EPC_LISTS.contains(name)) {
      xml.writeStartElement(name);
      for (JsonNode epc : value) {
        simple("epc", epc.asString());
      }
      xml.writeEndElement();
    } else if (name.endsWith("uantityList")) {
      xml.writeStartElement(name);
      for (JsonNode element : value) {
        xml.writeStartElement("quantityElement");
        children(element, List.of("epcClass", "quantity", "uom"));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else if (name.equals("readPoint") || name.equals("bizLocation")) {
      xml.writeStartElement(name);
      children(value, List.of("id"));
      xml.writeEndElement();
    } else if (name.equals("bizTransactionList")
        || name.equals("sourceList")
        || name.equals("destinationList")) {
      String entry = name.substring(0, name.length() - "List".length());
      xml.writeStartElement(name);
      for (JsonNode typed : value) {
        xml.writeStartElement(entry);
        if (typed.hasNonNull("type")) {
          xml.writeAttribute("type", vocabulary(name, typed.get("type").asString()));
        }
        xml.writeCharacters(typed.path(entry).asString());
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } else if (name.equals("persistentDisposition")) {
      xml.writeStartElement(name);
      for (String part : List.of("set", "unset")) {
        for (JsonNode disposition : value.path(part)) {
          simple(part, vocabulary(part, disposition.asString()));
        }
      }
      xml.writeEndElement();
    } else if (name.equals("sensorElementList")) {
      xml.writeStartElement(name);
      for (JsonNode element : value) {
        sensorElement(element);
      }
      xml.writeEndElement();
    } else if (name.equals("ilmd")) {
      xml.writeStartElement(name);
      children(value, List.of());
      xml.writeEndElement();
    } else if (name.equals("errorDeclaration")) {
      xml.writeStartElement(name);
      children(value, List.of("declarationTime", "reason", "correctiveEventIDs"));
      xml.writeEndElement();
    } else if (name.equals("correctiveEventIDs")) {
      xml.writeStartElement(name);
      for (JsonNode id : value) {
        simple("correctiveEventID", id.asString());
      }
      xml.writeEndElement();
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        simple(name, vocabulary(name, element.asString()));
      }
    } else {
      simple(name, vocabulary(name, value.asString()));
    }
  }

  /** The named standard children in order, then the object's extension fields. */
  private void children(JsonNode object, List<String> order) throws XMLStreamException {
    for (String name : order) {
      JsonNode value = object.get(name);
      if (value != null && !value.isNull()) {
        field(name, value);
      }
    }
    for (Map.Entry<String, JsonNode> child : object.properties()) {
      if (!order.contains(child.getKey())) {
        extension(child.getKey(), child.getValue());
      }
    }
  }

  private void sensorElement(JsonNode element) throws XMLStreamException {
    xml.writeStartElement("sensorElement");
    if (element.has("sensorMetadata")) {
      sensorPart("sensorMetadata", element.get("sensorMetadata"));
    }
    for (JsonNode report : element.path("sensorReport")) {
      sensorPart("sensorReport", report);
    }
    for (Map.Entry<String, JsonNode> child : element.properties()) {
      if (!child.getKey().equals("sensorMetadata") && !child.getKey().equals("sensorReport")) {
        extension(child.getKey(), child.getValue());
      }
    }
    xml.writeEndElement();
  }

  /** Sensor metadata and reports carry their fields as attributes; structured extensions nest. */
  private void sensorPart(String name, JsonNode part) throws XMLStreamException {
    xml.writeStartElement(name);
    List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : part.properties()) {
      if (field.getValue().isContainer()) {
        nested.add(field);
      } else if (field.getKey().contains(":")) {
        String prefix = field.getKey().substring(0, field.getKey().indexOf(':'));
        xml.writeAttribute(
            prefix,
            namespaces.getOrDefault(prefix, prefix),
            field.getKey().substring(prefix.length() + 1),
            field.getValue().asString());
      } else {
        xml.writeAttribute(field.getKey(), field.getValue().asString());
      }
    }
    for (Map.Entry<String, JsonNode> field : nested) {
      extension(field.getKey(), field.getValue());
    }
    xml.writeEndElement();
  }

  private void extension(String key, JsonNode value) throws XMLStreamException {
    if (value.isArray()) {
      for (JsonNode element : value) {
        extension(key, element);
      }
      return;
    }
    int colon = key.indexOf(':');
    if (colon > 0) {
      String prefix = key.substring(0, colon);
      xml.writeStartElement(
          prefix,
          key.substring(colon + 1),
          namespaces.getOrDefault(
              prefix, EpcisDocument.STANDARD_NAMESPACES.getOrDefault(prefix, prefix)));
    } else {
      xml.writeStartElement(key);
    }
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> child : value.properties()) {
        if (child.getKey().equals("#text")) {
          xml.writeCharacters(child.getValue().asString());
        } else {
          extension(child.getKey(), child.getValue());
        }
      }
    } else {
      xml.writeCharacters(value.asString());
    }
    xml.writeEndElement();
  }

  private void simple(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** A bare CBV word as the URN the XML binding writes. */
  private static String vocabulary(String field, String value) {
    String urn = VOCABULARY_URNS.get(field);
    return urn != null && !value.contains(":") ? urn + value : value;
  }
}
