package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.smeservices.persistence.NodeStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network as it stands: its nodes and their catalogues, the national categories, the divisions
 * it serves (the counties of the plan named by {@code longyuan.sme.plan}, the Gansu plan by
 * default), where a county's request goes first and where a node passes one up to, and how many
 * counties the touchpoints cover.
 */
@Service
public class ServiceNetwork {

  private final NodeStore nodes;
  private final PlanCatalog plans;
  private final AuditLog audit;
  private final String planId;

  ServiceNetwork(
      NodeStore nodes,
      PlanCatalog plans,
      AuditLog audit,
      @Value("${longyuan.sme.plan:gansu-13fyp-industry}") String planId) {
    this.nodes = nodes;
    this.plans = plans;
    this.audit = audit;
    this.planId = planId;
  }

  public List<ServiceCategory> categories() {
    return nodes.categories();
  }

  public Optional<ServiceCategory> category(String code) {
    return categories().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public List<ServiceNode> nodes() {
    return nodes.nodes();
  }

  public Optional<ServiceNode> node(String code) {
    return nodes.node(code);
  }

  /** Adds a node with its catalogue (or replaces the catalogue of one of the same code). */
  public void save(ServiceNode node) {
    nodes.save(node);
  }

  /**
   * Records a node the province names, or replaces the names, opening day and catalogue of one of
   * the same code (its kind, region and parent stay), with an audit entry.
   *
   * @throws SmeRefused naming the first field that is wrong
   */
  @Transactional
  public ServiceNode record(NodeDraft draft, String actor) {
    ServiceNode node = NodeChecks.check(draft, this);
    Optional<ServiceNode> before = node(node.code());
    if (before.isPresent()
        && (before.get().kind() != node.kind()
            || !before.get().regionCode().equals(node.regionCode())
            || !java.util.Objects.equals(before.get().parentCode(), node.parentCode()))) {
      throw new SmeRefused(
          "code",
          "node.changed",
          "平台 " + node.code() + " 已存在，其类型、地区和上级不能更改",
          "node " + node.code() + " exists; its kind, region and parent do not change");
    }
    nodes.save(node);
    audit.record(
        actor,
        "smeservices",
        before.isPresent() ? "sme.node.change" : "sme.node.add",
        node.code(),
        node.kind().word() + " " + node.regionCode() + " " + node.offers().size() + " offers");
    return node(node.code()).orElseThrow();
  }

  /** Changes whenever a window or touchpoint is added, moved or given another opening day. */
  public String registerVersion() {
    return nodes.windowsAndTouchpointsDigest();
  }

  /** The windows of a region (a province, city or county code) open at the end of the year. */
  public long windowsOpen(String regionCode, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    String prefix = RegionCode.of(regionCode).prefix();
    return nodes().stream()
        .filter(n -> n.kind() == NodeKind.WINDOW && !n.openedOn().isAfter(end))
        .filter(n -> n.regionCode().startsWith(prefix))
        .count();
  }

  /** The plan whose divisions the network serves. */
  public Plan plan() {
    return plans.plan(planId).orElseThrow(() -> new IllegalStateException("no plan " + planId));
  }

  /** The county-level divisions in a region (a province, city or county code). */
  public List<Region> counties(String regionCode) {
    String prefix = RegionCode.of(regionCode).prefix();
    return plan().regions().stream()
        .filter(r -> r.level() == RegionLevel.COUNTY)
        .filter(r -> r.code().value().startsWith(prefix))
        .toList();
  }

  /**
   * The node a request of an enterprise in this county goes to first on a day: the county's
   * touchpoint, else its city's window (an enterprise registered on a city's own code, or in a new
   * area such as 兰州新区, goes to the city's window), else the hub.
   */
  public ServiceNode firstNode(String regionCode, LocalDate on) {
    List<ServiceNode> open = nodes().stream().filter(n -> !n.openedOn().isAfter(on)).toList();
    String city = regionCode.substring(0, 4) + "00";
    return open.stream()
        .filter(n -> n.kind() == NodeKind.TOUCHPOINT && n.regionCode().equals(regionCode))
        .findFirst()
        .or(
            () ->
                open.stream()
                    .filter(n -> n.kind() == NodeKind.WINDOW && n.regionCode().equals(city))
                    .findFirst())
        .or(() -> open.stream().filter(n -> n.kind() == NodeKind.HUB).findFirst())
        .orElseThrow(() -> new SmeRefused("node", "network.none", "服务网络尚未建立", "no network yet"));
  }

  /** The node a node passes a request up to; none above the hub. */
  public Optional<ServiceNode> above(ServiceNode node) {
    return node.parentCode() == null ? Optional.empty() : node(node.parentCode());
  }

  /** A county's coverage at a year's end: its touchpoints opened by then. */
  public record Coverage(int year, int counties, int covered, boolean synthetic) {

    /** The share of counties covered, in %. */
    @JsonProperty("share")
    public double share() {
      return counties == 0 ? 0 : 100.0 * covered / counties;
    }
  }

  /**
   * The counties of a region with a touchpoint open at the end of the year, against all its
   * counties.
   */
  public Coverage coverage(String regionCode, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    List<Region> counties = counties(regionCode);
    List<ServiceNode> touchpoints =
        nodes().stream()
            .filter(n -> n.kind() == NodeKind.TOUCHPOINT && !n.openedOn().isAfter(end))
            .filter(n -> counties.stream().anyMatch(c -> c.code().value().equals(n.regionCode())))
            .toList();
    long covered = touchpoints.stream().map(ServiceNode::regionCode).distinct().count();
    return new Coverage(
        year,
        counties.size(),
        (int) covered,
        touchpoints.stream().anyMatch(ServiceNode::synthetic));
  }
}
