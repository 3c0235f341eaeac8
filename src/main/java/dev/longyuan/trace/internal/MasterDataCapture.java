package dev.longyuan.trace.internal;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.trace.EpcisProblem;
import dev.longyuan.trace.HerbProfile;
import dev.longyuan.trace.persistence.MasterData;
import dev.longyuan.trace.persistence.Parties;
import dev.longyuan.trace.persistence.Parties.Location;
import dev.longyuan.trace.persistence.Parties.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The master data of a captured document's header: every vocabulary element is stored as stated,
 * and a read point or business location that names its owner's 统一社会信用代码 (the herb profile's place
 * attributes) becomes a place of the chains with its party — so that events captured by any client
 * show on the lots' pages and charge a recall to the enterprise that made the lot.
 */
@Component
class MasterDataCapture {

  private static final Set<String> PLACE_TYPES =
      Set.of("urn:epcglobal:epcis:vtype:ReadPoint", "urn:epcglobal:epcis:vtype:BusinessLocation");

  private static final Pattern REGION = Pattern.compile("\\d{6}");
  private static final Pattern GLN = Pattern.compile("\\d{13}");

  private final MasterData masterData;
  private final Parties parties;

  MasterDataCapture(MasterData masterData, Parties parties) {
    this.masterData = masterData;
    this.parties = parties;
  }

  /** A place of the chains as the master data states it, with what it says of its owner. */
  private record Place(
      String id,
      String name,
      String regionCode,
      BigDecimal longitude,
      BigDecimal latitude,
      String creditCode,
      @Nullable String gln,
      String partyName,
      String partyNameEn) {}

  /**
   * What is wrong with the places the master data states, without asking the database; each problem
   * lies outside the events.
   */
  List<EpcisProblem> problems(EpcisDocument document) {
    List<EpcisProblem> problems = new ArrayList<>();
    places(document, problems);
    return problems;
  }

  /** Stores the master data and the chains' places it states, in the caller's transaction. */
  void store(EpcisDocument document, UUID job) {
    for (ObjectNode vocabulary : document.vocabularies()) {
      String type = vocabulary.path("type").asString("");
      for (JsonNode element : vocabulary.path("vocabularyElementList")) {
        ObjectNode attributes = JsonMapper.shared().createObjectNode();
        attributes(element, document.namespaces()).forEach(attributes::set);
        masterData.save(
            type,
            EventHasher.canonicalValue("id", element.path("id").asString("")),
            attributes.toString(),
            element.path("children").isArray() ? element.path("children").toString() : "[]",
            job);
      }
    }
    for (Place place : places(document, new ArrayList<>())) {
      // a party the chains know keeps its identifier (and GLN); the statement renames it
      Party party =
          parties
              .withCreditCode(place.creditCode())
              .map(
                  known ->
                      new Party(
                          known.id(),
                          known.creditCode(),
                          known.gln(),
                          place.partyName(),
                          place.partyNameEn().isEmpty() ? known.nameEn() : place.partyNameEn(),
                          place.regionCode()))
              .orElseGet(
                  () ->
                      new Party(
                          HerbProfile.party(place.creditCode(), place.gln()),
                          place.creditCode(),
                          place.gln(),
                          place.partyName(),
                          place.partyNameEn().isEmpty() ? place.partyName() : place.partyNameEn(),
                          place.regionCode()));
      parties.save(party);
      parties.save(
          new Location(
              place.id(),
              party.id(),
              place.name(),
              place.name(),
              place.regionCode(),
              place.longitude(),
              place.latitude()));
    }
  }

  private List<Place> places(EpcisDocument document, List<EpcisProblem> problems) {
    List<Place> places = new ArrayList<>();
    for (int v = 0; v < document.vocabularies().size(); v++) {
      ObjectNode vocabulary = document.vocabularies().get(v);
      if (!PLACE_TYPES.contains(vocabulary.path("type").asString(""))) {
        continue;
      }
      JsonNode elements = vocabulary.path("vocabularyElementList");
      for (int e = 0; e < elements.size(); e++) {
        Map<String, JsonNode> attributes = attributes(elements.get(e), document.namespaces());
        if (!attributes.containsKey(HerbProfile.PARTY_CREDIT_CODE)) {
          continue;
        }
        String at =
            "/epcisHeader/epcisMasterData/vocabularyList/" + v + "/vocabularyElementList/" + e;
        Place place = place(elements.get(e), attributes, at, problems);
        if (place != null) {
          places.add(place);
        }
      }
    }
    return places;
  }

  private @Nullable Place place(
      JsonNode element, Map<String, JsonNode> attributes, String at, List<EpcisProblem> problems) {
    int before = problems.size();
    String code = text(attributes.get(HerbProfile.PARTY_CREDIT_CODE));
    if (!CreditCode.isValid(code)) {
      problems.add(
          problem(
              at,
              "partyCreditCode",
              CreditCode.problemZh(code).orElse("不是统一社会信用代码"),
              CreditCode.problemEn(code).orElse("not a unified social credit code")));
    }
    String partyName = text(attributes.get(HerbProfile.PARTY_NAME));
    if (partyName.isEmpty()) {
      problems.add(problem(at, "partyName", "缺少所属企业名称", "the owning party's name is missing"));
    }
    String region = text(attributes.get(HerbProfile.REGION_CODE));
    if (!REGION.matcher(region).matches()) {
      problems.add(
          problem(
              at,
              "regionCode",
              "行政区划代码“" + region + "”不是 6 位数字（GB/T 2260）",
              "the region code \"" + region + "\" is not six digits (GB/T 2260)"));
    }
    String gln = text(attributes.get(HerbProfile.PARTY_GLN));
    if (!gln.isEmpty() && !GLN.matcher(gln).matches()) {
      problems.add(
          problem(
              at,
              "partyGLN",
              "GLN“" + gln + "”不是 13 位数字",
              "the GLN \"" + gln + "\" is not 13 digits"));
    }
    String name = text(cbv(attributes, "name"));
    if (name.isEmpty()) {
      problems.add(
          problem(at, "name", "缺少地点名称（cbvmda:name）", "the place's name (cbvmda:name) is missing"));
    }
    BigDecimal latitude = coordinate(cbv(attributes, "latitude"), 90, at, "latitude", problems);
    BigDecimal longitude = coordinate(cbv(attributes, "longitude"), 180, at, "longitude", problems);
    if (problems.size() > before || latitude == null || longitude == null) {
      return null;
    }
    return new Place(
        EventHasher.canonicalValue("id", element.path("id").asString("")),
        name,
        region,
        longitude,
        latitude,
        code,
        gln.isEmpty() ? null : gln,
        partyName,
        text(attributes.get(HerbProfile.PARTY_NAME_EN)));
  }

  /** An element's attributes by their full URIs (a prefixed id expanded with the namespaces). */
  private static Map<String, JsonNode> attributes(
      JsonNode element, Map<String, String> namespaces) {
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    for (JsonNode attribute : element.path("attributes")) {
      String id = attribute.path("id").asString("");
      int colon = id.indexOf(':');
      if (colon > 0 && namespaces.containsKey(id.substring(0, colon))) {
        id = namespaces.get(id.substring(0, colon)) + id.substring(colon + 1);
      }
      attributes.put(id, attribute.path("attribute"));
    }
    return attributes;
  }

  /**
   * A CBV master data attribute, written in the 2.0 form ({@code urn:epcglobal:cbv:mda:x}) or
   * 1.x's.
   */
  private static @Nullable JsonNode cbv(Map<String, JsonNode> attributes, String name) {
    JsonNode value = attributes.get("urn:epcglobal:cbv:mda:" + name);
    return value != null ? value : attributes.get("urn:epcglobal:cbv:mda#" + name);
  }

  private static @Nullable BigDecimal coordinate(
      @Nullable JsonNode value, int limit, String at, String field, List<EpcisProblem> problems) {
    String text = text(value);
    try {
      BigDecimal coordinate = new BigDecimal(text);
      if (coordinate.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
        return coordinate.setScale(6, java.math.RoundingMode.HALF_UP);
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    problems.add(
        problem(
            at,
            field,
            "“" + text + "”不是 −" + limit + " 至 " + limit + " 之间的度数（cbvmda:" + field + "）",
            "\""
                + text
                + "\" is not degrees between −"
                + limit
                + " and "
                + limit
                + " (cbvmda:"
                + field
                + ")"));
    return null;
  }

  private static String text(@Nullable JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        ? ""
        : value.asString("").strip();
  }

  private static EpcisProblem problem(String at, String attribute, String zh, String en) {
    return new EpcisProblem(-1, at + "/attributes/" + attribute, zh, en);
  }
}
