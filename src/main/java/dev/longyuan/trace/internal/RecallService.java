package dev.longyuan.trace.internal;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.trace.EpcisRefused;
import dev.longyuan.trace.LotRecalled;
import dev.longyuan.trace.persistence.Parties;
import dev.longyuan.trace.persistence.Parties.Party;
import dev.longyuan.trace.persistence.Recalls;
import dev.longyuan.trace.persistence.TraceGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a recall of a lot reaches: every lot and logistic unit downstream (through transformations
 * and the aggregations that carried it) and the parties that held them, and every source upstream
 * with its parties. A recall is recorded with the lots it affects, which their public pages then
 * show.
 */
@Service
public class RecallService {

  /** A lot's reach in both directions. */
  public record Reach(
      String lot,
      List<String> downstream,
      List<Party> downstreamParties,
      List<String> upstream,
      List<Party> upstreamParties) {}

  private final TraceGraph graph;
  private final Parties parties;
  private final Recalls recalls;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  RecallService(
      TraceGraph graph,
      Parties parties,
      Recalls recalls,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.graph = graph;
    this.parties = parties;
    this.recalls = recalls;
    this.audit = audit;
    this.events = events;
  }

  /** The reach of a lot that some event names; refused for one that none does. */
  public Reach reach(String lot) {
    if (graph.eventsOf(List.of(lot)).isEmpty()) {
      throw new EpcisRefused(
          "trace.lot.unknown", "没有记录过批次 " + lot + " 的事件", "no event names the lot " + lot);
    }
    List<String> downstream = graph.downstream(lot);
    List<String> upstream = graph.upstream(lot);
    // who held the recalled goods: the parties of every event of what is downstream, and those
    // the lot itself was sent to
    Set<String> holders = partiesOf(downstream, true, true);
    holders.addAll(partiesOf(List.of(lot), false, true));
    Set<String> sources = partiesOf(upstream, true, true);
    sources.addAll(partiesOf(List.of(lot), false, false));
    return new Reach(lot, downstream, parties.parties(holders), upstream, parties.parties(sources));
  }

  /**
   * Records a recall of the lot and of everything downstream of it, and tells the enterprises that
   * made the lot's other records (their quality credit) once it is committed.
   */
  @Transactional
  public long recall(String lot, String reasonZh, String reasonEn, String user) {
    if (reasonZh.isBlank() || reasonEn.isBlank()) {
      throw new EpcisRefused(
          "trace.recall.reason",
          "召回须写明原因（中文和英文）",
          "a recall needs its reason, in Chinese and English");
    }
    Reach reach = reach(lot);
    List<String> affected = new ArrayList<>();
    affected.add(lot);
    affected.addAll(reach.downstream());
    long id = recalls.record(lot, reasonZh.strip(), reasonEn.strip(), user, affected);
    audit.record(
        user,
        "trace",
        "trace.recall",
        lot,
        "recall " + id + ": " + affected.size() + " lots, " + reasonEn.strip());
    events.publishEvent(new LotRecalled(id, lot, recalls.producersOf(lot)));
    return id;
  }

  /**
   * The parties of the events naming these identifiers: where they happened (the owners of the read
   * points and locations), and the parties the events name as sources and destinations.
   */
  private Set<String> partiesOf(
      Collection<String> identifiers, boolean places, boolean destinations) {
    Set<String> found = new LinkedHashSet<>();
    Set<String> locations = new LinkedHashSet<>();
    for (TraceGraph.Touching event : graph.eventsOf(identifiers)) {
      JsonNode body = JsonMapper.shared().readTree(event.body());
      if (places) {
        if (event.readPoint() != null) {
          locations.add(event.readPoint());
        }
        if (event.bizLocation() != null) {
          locations.add(event.bizLocation());
        }
      }
      String list = destinations ? "destinationList" : "sourceList";
      String field = destinations ? "destination" : "source";
      for (JsonNode entry : body.path(list)) {
        found.add(entry.path(field).asString());
      }
    }
    parties.locations(locations).forEach(location -> found.add(location.party()));
    return found;
  }
}
