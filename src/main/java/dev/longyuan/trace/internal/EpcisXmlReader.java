package dev.longyuan.trace.internal;

import dev.longyuan.trace.EpcisRefused;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EPCIS XML document (2.0, and the 1.x form with its {@code extension} wrappers) read into the
 * repository's JSON form, the same the JSON-LD binding gives: standard vocabulary URNs become the
 * bare CBV words, extension elements become {@code prefix:name} fields with their namespaces kept.
 */
public final class EpcisXmlReader {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final Set<String> EVENT_TYPES =
      Set.of(
          "ObjectEvent",
          "AggregationEvent",
          "TransactionEvent",
          "TransformationEvent",
          "AssociationEvent");

  private static final Set<String> EPC_LISTS =
      Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");

  private static final Set<String> QUANTITY_LISTS =
      Set.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

  private static final Set<String> NUMERIC_REPORT_FIELDS =
      Set.of("value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue");

  private static final Pattern CBV_URN =
      Pattern.compile("urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):(.+)");

  private final Map<String, String> namespaces =
      new LinkedHashMap<>(EpcisDocument.STANDARD_NAMESPACES);

  private EpcisXmlReader() {}

  public static EpcisDocument read(InputStream xml) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // published examples carry a DOCTYPE: allowed, but nothing outside the document is read
      // and the JDK's limits on entity expansion hold
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      root = builder.parse(xml).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new EpcisRefused(
          "epcis.xml.malformed",
          "XML 文档无法解析：" + e.getMessage(),
          "the XML document cannot be parsed: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
    EpcisXmlReader reader = new EpcisXmlReader();
    Element eventList = findEventList(root);
    List<ObjectNode> events = new ArrayList<>();
    if (eventList != null) {
      for (Element child : children(eventList)) {
        if (child.getLocalName().equals("extension")) {
          for (Element wrapped : children(child)) {
            reader.addEvent(wrapped, events);
          }
        } else {
          reader.addEvent(child, events);
        }
      }
    }
    return new EpcisDocument(events, reader.namespaces, vocabularies(root));
  }

  /**
   * The master data of the document's header ({@code EPCISHeader/…/EPCISMasterData/VocabularyList},
   * with or without the 1.x {@code extension} around it) in the JSON binding's form.
   */
  private static List<ObjectNode> vocabularies(Element root) {
    List<ObjectNode> vocabularies = new ArrayList<>();
    for (Element header : children(root)) {
      if (!header.getLocalName().equals("EPCISHeader")) {
        continue;
      }
      Element list = descendant(header, "VocabularyList");
      if (list == null) {
        continue;
      }
      for (Element vocabulary : children(list)) {
        ObjectNode entry = JSON.objectNode();
        entry.put("type", vocabulary.getAttribute("type"));
        var elements = entry.putArray("vocabularyElementList");
        Element elementList = descendant(vocabulary, "VocabularyElementList");
        for (Element element : elementList == null ? List.<Element>of() : children(elementList)) {
          ObjectNode out = elements.addObject();
          out.put("id", element.getAttribute("id"));
          var attributes = out.putArray("attributes");
          for (Element child : children(element)) {
            if (child.getLocalName().equals("attribute")) {
              attributes
                  .addObject()
                  .put("id", child.getAttribute("id"))
                  .put("attribute", text(child));
            } else if (child.getLocalName().equals("children")) {
              var ids = out.putArray("children");
              children(child).forEach(id -> ids.add(text(id)));
            }
          }
        }
        vocabularies.add(entry);
      }
    }
    return vocabularies;
  }

  private static @Nullable Element descendant(Element element, String localName) {
    for (Element child : children(element)) {
      if (child.getLocalName().equals(localName)) {
        return child;
      }
      Element found = descendant(child, localName);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Element findEventList(Element element) {
    if (element.getLocalName().equals("EventList")) {
      return element;
    }
    for (Element child : children(element)) {
      Element found = findEventList(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private void addEvent(Element element, List<ObjectNode> events) {
    if (!EVENT_TYPES.contains(element.getLocalName())) {
      throw new EpcisRefused(
          "epcis.xml.event",
          "事件列表中有未知元素 " + element.getLocalName(),
          "the event list holds an unknown element " + element.getLocalName());
    }
    ObjectNode event = JSON.objectNode();
    event.put("type", element.getLocalName());
    fields(element, event);
    events.add(event);
  }

  /** The standard fields of an event (or of an extension wrapper inside it). */
  private void fields(Element element, ObjectNode event) {
    for (Element child : children(element)) {
      String name = child.getLocalName();
      if (isExtension(child)) {
        extension(child, event);
      } else if (name.equals("extension") || name.equals("baseExtension")) {
        fields(child, event);
      } else if (EPC_LISTS.contains(name)) {
        ArrayNode epcs = event.putArray(name);
        children(child).forEach(epc -> epcs.add(text(epc)));
      } else if (QUANTITY_LISTS.contains(name)) {
        ArrayNode elements = event.putArray(name);
        children(child).forEach(quantity -> elements.add(quantityElement(quantity)));
      } else if (name.equals("readPoint") || name.equals("bizLocation")) {
        ObjectNode place = event.putObject(name);
        fields(child, place);
      } else if (name.equals("bizTransactionList")
          || name.equals("sourceList")
          || name.equals("destinationList")) {
        ArrayNode entries = event.putArray(name);
        for (Element entry : children(child)) {
          ObjectNode typed = entries.addObject();
          if (entry.hasAttribute("type")) {
            typed.put("type", bare(entry.getAttribute("type")));
          }
          typed.put(entry.getLocalName(), text(entry));
        }
      } else if (name.equals("persistentDisposition")) {
        ObjectNode disposition = event.putObject(name);
        for (Element entry : children(child)) {
          disposition.withArray(entry.getLocalName()).add(bare(text(entry)));
        }
      } else if (name.equals("sensorElementList")) {
        ArrayNode elements = event.putArray(name);
        children(child).forEach(sensor -> elements.add(sensorElement(sensor)));
      } else if (name.equals("ilmd")) {
        ObjectNode ilmd = event.putObject(name);
        fields(child, ilmd);
      } else if (name.equals("errorDeclaration")) {
        ObjectNode declaration = event.putObject(name);
        for (Element part : children(child)) {
          if (part.getLocalName().equals("correctiveEventIDs")) {
            ArrayNode ids = declaration.putArray("correctiveEventIDs");
            children(part).forEach(id -> ids.add(text(id)));
          } else if (isExtension(part)) {
            extension(part, declaration);
          } else if (part.getLocalName().equals("extension")) {
            fields(part, declaration);
          } else {
            declaration.put(part.getLocalName(), bare(text(part)));
          }
        }
      } else if (name.equals("certificationInfo")) {
        event.put(name, text(child));
      } else {
        event.put(name, bare(text(child)));
      }
    }
  }

  private ObjectNode quantityElement(Element element) {
    ObjectNode quantity = JSON.objectNode();
    for (Element part : children(element)) {
      if (isExtension(part)) {
        extension(part, quantity);
      } else if (part.getLocalName().equals("quantity")) {
        quantity.set("quantity", number(text(part)));
      } else {
        quantity.put(part.getLocalName(), text(part));
      }
    }
    return quantity;
  }

  private ObjectNode sensorElement(Element element) {
    ObjectNode sensor = JSON.objectNode();
    for (Element part : children(element)) {
      if (part.getLocalName().equals("sensorMetadata")) {
        sensor.set("sensorMetadata", attributes(part));
      } else if (part.getLocalName().equals("sensorReport")) {
        sensor.withArray("sensorReport").add(attributes(part));
      } else if (isExtension(part)) {
        extension(part, sensor);
      }
    }
    return sensor;
  }

  private ObjectNode attributes(Element element) {
    ObjectNode object = JSON.objectNode();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String ns = attribute.getNamespaceURI();
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
          || XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
        continue;
      }
      String name = attribute.getLocalName();
      String value = attribute.getValue().strip();
      if (ns != null && !ns.isEmpty()) {
        object.put(prefixed(attribute.getPrefix(), ns, name), value);
      } else if (NUMERIC_REPORT_FIELDS.contains(name)) {
        object.set(name, number(value));
      } else if (name.equals("booleanValue")) {
        object.put(name, Boolean.parseBoolean(value));
      } else {
        object.put(name, value);
      }
    }
    for (Element child : children(element)) {
      if (isExtension(child)) {
        extension(child, object);
      }
    }
    return object;
  }

  /** A user extension: {@code prefix:name} with its text, or an object of its own extensions. */
  private void extension(Element element, ObjectNode into) {
    String key = prefixed(element.getPrefix(), element.getNamespaceURI(), element.getLocalName());
    JsonNode value;
    List<Element> children = children(element);
    ObjectNode attributes = extensionAttributes(element);
    if (children.isEmpty() && attributes.isEmpty()) {
      value = JSON.stringNode(text(element));
    } else {
      ObjectNode object = attributes;
      if (children.isEmpty() && !text(element).isEmpty()) {
        object.put("#text", text(element));
      }
      for (Element child : children) {
        if (isExtension(child)) {
          extension(child, object);
        } else {
          // an unqualified element inside an extension belongs to it
          addField(object, child.getLocalName(), plain(child));
        }
      }
      value = object;
    }
    addField(into, key, value);
  }

  /** The attributes of an extension element, as its fields. */
  private ObjectNode extensionAttributes(Element element) {
    ObjectNode object = JSON.objectNode();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String ns = attribute.getNamespaceURI();
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
          && !XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
        object.put(
            ns == null || ns.isEmpty()
                ? attribute.getLocalName()
                : prefixed(attribute.getPrefix(), ns, attribute.getLocalName()),
            attribute.getValue().strip());
      }
    }
    return object;
  }

  private JsonNode plain(Element element) {
    List<Element> children = children(element);
    if (children.isEmpty()) {
      return JSON.stringNode(text(element));
    }
    ObjectNode object = JSON.objectNode();
    for (Element child : children) {
      if (isExtension(child)) {
        extension(child, object);
      } else {
        addField(object, child.getLocalName(), plain(child));
      }
    }
    return object;
  }

  /** A repeated name becomes a list, as JSON-LD writes it. */
  private static void addField(ObjectNode into, String key, JsonNode value) {
    JsonNode existing = into.get(key);
    if (existing == null) {
      into.set(key, value);
    } else if (existing.isArray()) {
      ((ArrayNode) existing).add(value);
    } else {
      ArrayNode list = into.putArray(key);
      list.add(existing);
      list.add(value);
    }
  }

  private String prefixed(String prefix, String namespace, String localName) {
    String name = prefix;
    if (name == null
        || name.isEmpty()
        || !namespace.equals(namespaces.getOrDefault(name, namespace))) {
      name =
          namespaces.entrySet().stream()
              .filter(e -> e.getValue().equals(namespace))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse("ns" + (namespaces.size() + 1));
    }
    namespaces.putIfAbsent(name, namespace);
    return name + ":" + localName;
  }

  private static boolean isExtension(Element element) {
    String ns = element.getNamespaceURI();
    return ns != null && !ns.isEmpty() && !ns.startsWith("urn:epcglobal:epcis");
  }

  /** A standard vocabulary URN as the bare CBV word the JSON binding writes. */
  private static String bare(String value) {
    Matcher urn = CBV_URN.matcher(value);
    return urn.matches() ? urn.group(2) : value;
  }

  private static JsonNode number(String value) {
    try {
      return JSON.numberNode(new java.math.BigDecimal(value.strip()));
    } catch (NumberFormatException notANumber) {
      return JSON.stringNode(value);
    }
  }

  private static String text(Element element) {
    return element.getTextContent().strip();
  }

  /** The child elements, but for those marked xsi:nil, which the JSON binding leaves out. */
  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child
          && !"true"
              .equals(child.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"))) {
        children.add(child);
      }
    }
    return children;
  }
}
