package dev.longyuan.trace.internal;

import dev.longyuan.trace.HerbProfile;
import dev.longyuan.trace.HerbProfile.Stage;
import dev.longyuan.trace.persistence.Parties;
import dev.longyuan.trace.persistence.Parties.Location;
import dev.longyuan.trace.persistence.Parties.Party;
import dev.longyuan.trace.persistence.Recalls;
import dev.longyuan.trace.persistence.Recalls.Recall;
import dev.longyuan.trace.persistence.TraceGraph;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story of a lot as its public page tells it: every event of the lot, of the lots it was made
 * from and of the logistic units that carried them, by stage (种植 → 采收 → 产地加工 → 贮藏 → 物流 → 销售), each
 * with its place and enterprise; what the lots' ILMD says of it; the test reports; and any recall
 * that affects it.
 */
@Service
public class LotStories {

  /** One step of the story. */
  public record Step(
      Stage stage,
      OffsetDateTime time,
      String bizStep,
      @Nullable String input,
      @Nullable Location place,
      @Nullable Party party) {}

  /**
   * A lot's story; {@code facts} are its ILMD fields without their prefix; {@code demonstration}
   * says it is one of the shipped demonstration chains (模拟数据).
   */
  public record Story(
      String lot,
      String code,
      boolean demonstration,
      Map<String, String> facts,
      List<Map<String, String>> testReports,
      Map<Stage, List<Step>> stages,
      List<Party> enterprises,
      List<Recall> recalls,
      String mapJson) {}

  private final TraceGraph graph;
  private final Parties parties;
  private final Recalls recalls;
  private final JsonMapper json = JsonMapper.shared();

  LotStories(TraceGraph graph, Parties parties, Recalls recalls) {
    this.graph = graph;
    this.parties = parties;
    this.recalls = recalls;
  }

  public Optional<Story> story(String code) {
    Optional<String> lot = HerbProfile.lotOfCode(code);
    if (lot.isEmpty()) {
      return Optional.empty();
    }
    Set<String> identifiers = new LinkedHashSet<>();
    identifiers.add(lot.get());
    identifiers.addAll(graph.upstream(lot.get()));
    identifiers.addAll(graph.parents(identifiers));
    List<TraceGraph.Touching> events = graph.eventsOf(identifiers);
    if (events.isEmpty()) {
      return Optional.empty();
    }
    Set<String> placeIds = new LinkedHashSet<>();
    events.forEach(e -> placeIds.add(e.readPoint()));
    Map<String, Location> places =
        parties.locations(placeIds).stream()
            .collect(Collectors.toMap(Location::id, Function.identity()));
    Map<String, Party> owners =
        parties.parties(places.values().stream().map(Location::party).toList()).stream()
            .collect(Collectors.toMap(Party::id, Function.identity()));

    Map<String, String> facts = new LinkedHashMap<>();
    List<Map<String, String>> reports = new ArrayList<>();
    Map<Stage, List<Step>> stages = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      stages.put(stage, new ArrayList<>());
    }
    List<Map<String, Object>> points = new ArrayList<>();
    for (TraceGraph.Touching event : events) {
      JsonNode body = json.readTree(event.body());
      ilmd(body.path("ilmd"), facts, reports);
      Stage stage = Stage.of(event.bizStep());
      if (stage == null) {
        continue;
      }
      Location place = places.get(event.readPoint());
      Party party = place == null ? null : owners.get(place.party());
      JsonNode input = body.get(HerbProfile.INPUT);
      stages
          .get(stage)
          .add(
              new Step(
                  stage,
                  event
                      .eventTime()
                      .withOffsetSameInstant(ZoneOffset.of(event.eventTimeZoneOffset())),
                  word(event.bizStep()),
                  input == null ? null : input.asString(),
                  place,
                  party));
      if (place != null && points.stream().noneMatch(p -> p.get("id").equals(place.id()))) {
        points.add(point(place, party, stage));
      }
    }
    List<Party> enterprises =
        owners.values().stream().sorted(Comparator.comparing(Party::id)).toList();
    return Optional.of(
        new Story(
            lot.get(),
            code,
            lot.get().startsWith("https://id.gs1.org/01/0" + DemonstrationChains.COMPANY),
            facts,
            reports,
            stages,
            enterprises,
            recalls.affecting(lot.get()),
            json.writeValueAsString(Map.of("points", points))));
  }

  /** The lot's facts, later lots' ILMD over earlier ones', and every test report. */
  private void ilmd(JsonNode ilmd, Map<String, String> facts, List<Map<String, String>> reports) {
    for (Map.Entry<String, JsonNode> field : ilmd.properties()) {
      String name =
          field.getKey().startsWith(HerbProfile.PREFIX + ":")
              ? field.getKey().substring(HerbProfile.PREFIX.length() + 1)
              : field.getKey();
      if (field.getKey().equals(HerbProfile.TEST_REPORTS)) {
        for (JsonNode report : field.getValue()) {
          Map<String, String> fields = new LinkedHashMap<>();
          report
              .properties()
              .forEach(
                  f ->
                      fields.put(
                          f.getKey().replace(HerbProfile.PREFIX + ":", ""),
                          f.getValue().asString()));
          reports.add(fields);
        }
      } else if (field.getValue().isArray()) {
        List<String> values = new ArrayList<>();
        field.getValue().forEach(v -> values.add(v.asString()));
        facts.put(name, String.join("；", values));
      } else if (field.getValue().isValueNode()) {
        facts.put(name, field.getValue().asString());
      }
    }
  }

  private static Map<String, Object> point(Location place, @Nullable Party party, Stage stage) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("id", place.id());
    point.put("name", place.nameZh());
    point.put("party", party == null ? "" : party.nameZh());
    point.put("stage", stage.key());
    point.put("value", List.of(place.longitude(), place.latitude()));
    return point;
  }

  private static String word(String bizStep) {
    int dash = bizStep.lastIndexOf("BizStep-");
    return dash < 0 ? bizStep : bizStep.substring(dash + "BizStep-".length());
  }
}
