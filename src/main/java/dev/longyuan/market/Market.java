package dev.longyuan.market;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.market.internal.Categories;
import dev.longyuan.market.internal.MarketChecks;
import dev.longyuan.market.internal.SupplyMatcher;
import dev.longyuan.market.persistence.DemandRepository;
import dev.longyuan.market.persistence.MatchRepository;
import dev.longyuan.market.persistence.SupplyRepository;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.projects.Project;
import dev.longyuan.projects.ProjectRefused;
import dev.longyuan.projects.Projects;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demands and supplies within a user's data scope, and their matches. An enterprise posts demands
 * for itself and supplies of its own; a city or county bureau for its region; the province
 * administrator anywhere; an analyst reads. Every write is audited in its own transaction; posted
 * supplies reach the search index once it commits.
 */
@Service
public class Market {

  /** How many matches a demand shows unless asked for more. */
  public static final int SHOWN = 20;

  private final DemandRepository demands;
  private final SupplyRepository supplies;
  private final MatchRepository steps;
  private final SupplyMatcher matcher;
  private final Categories categories = Categories.shipped();
  private final PlanCatalog plans;
  private final Projects projects;
  private final ReportingService reporting;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  Market(
      DemandRepository demands,
      SupplyRepository supplies,
      MatchRepository steps,
      SupplyMatcher matcher,
      PlanCatalog plans,
      Projects projects,
      ReportingService reporting,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.demands = demands;
    this.supplies = supplies;
    this.steps = steps;
    this.matcher = matcher;
    this.plans = plans;
    this.projects = projects;
    this.reporting = reporting;
    this.audit = audit;
    this.events = events;
  }

  public Categories categories() {
    return categories;
  }

  /** The checks of demands and supplies, with the plan's regions, the registry and today. */
  public MarketChecks checks() {
    return new MarketChecks(
        categories, plans.regionCodes(), reporting::enterprise, LocalDate.now());
  }

  public static boolean mayPost(DataScope scope) {
    return scope.mayChange();
  }

  @Transactional
  public long postDemand(DemandDraft draft, DataScope scope, String actor) {
    MarketChecks.Checked<Demand> checked = checks().demand(0, draft, actor);
    if (checked.value() == null) {
      throw new MarketRefused(checked.problems());
    }
    return storeDemand(owned(0, checked.value(), draft.projectCode(), scope), actor);
  }

  /**
   * The demand with its owner placed: the project (which the user must see) and its owner
   * enterprise, or the user's own enterprise; refused outside the user's scope.
   */
  Demand owned(
      int row, Demand d, @org.jspecify.annotations.Nullable String projectCode, DataScope scope) {
    if (!mayPost(scope)) {
      throw MarketRefused.outsideScope("deliveryRegionCode", "发布需求 / posting demands");
    }
    String enterprise = d.enterpriseCode();
    String ownerRegion = d.deliveryRegionCode();
    String project = null;
    if (projectCode != null && !projectCode.isBlank()) {
      Project p;
      try {
        p = projects.visible(projectCode.strip(), scope);
      } catch (ProjectRefused refused) {
        throw new MarketRefused(
            List.of(
                new ImportError(
                    row, "projectCode", refused.code(), refused.messageZh(), refused.messageEn())));
      }
      project = p.code();
      ownerRegion = p.regionCode();
      if (enterprise == null) {
        enterprise = p.ownerCreditCode();
      }
    }
    if (scope.kind() == DataScope.Kind.ENTERPRISE) {
      if (enterprise != null && !enterprise.equals(scope.enterprise())) {
        throw MarketRefused.outsideScope("enterpriseCode", "企业 " + enterprise);
      }
      enterprise = scope.enterprise();
    }
    if (enterprise != null && project == null) {
      ownerRegion =
          reporting.enterprise(enterprise).map(e -> e.regionCode().value()).orElse(ownerRegion);
    }
    if (scope.kind() == DataScope.Kind.REGION && !scope.coversRegion(ownerRegion)) {
      throw MarketRefused.outsideScope("deliveryRegionCode", "地区 " + ownerRegion);
    }
    return new Demand(
        0,
        d.title(),
        d.specification(),
        d.categoryCode(),
        d.quantity(),
        d.unit(),
        d.deliveryRegionCode(),
        d.deliveryPlace(),
        d.postedOn(),
        d.deliverBy(),
        d.budget(),
        d.contact(),
        project,
        enterprise,
        ownerRegion,
        d.createdBy());
  }

  @Transactional
  public long postSupply(SupplyDraft draft, DataScope scope, String actor) {
    MarketChecks.Checked<Supply> checked = checks().supply(0, draft);
    if (checked.value() == null) {
      throw new MarketRefused(checked.problems());
    }
    mayOffer(checked.value(), scope);
    return storeSupplies(List.of(checked.value()), actor).get(0).id();
  }

  /** Refuses a supply the user may not post: another enterprise's, or outside the region. */
  static void mayOffer(Supply s, DataScope scope) {
    boolean may =
        scope.mayChange()
            && switch (scope.kind()) {
              case ALL -> true;
              case REGION -> scope.coversRegion(s.regionCode());
              case ENTERPRISE -> s.enterpriseCode().equals(scope.enterprise());
            };
    if (!may) {
      throw MarketRefused.outsideScope("enterpriseCode", "企业 " + s.enterpriseCode());
    }
  }

  /** Stores supplies in the caller's transaction; the index takes them when it commits. */
  List<Supply> storeSupplies(List<Supply> checked, String actor) {
    List<Supply> stored = new ArrayList<>();
    for (Supply s : checked) {
      Supply saved = supplies.insert(s, actor);
      audit.record(
          actor,
          "market",
          "market.supply.post",
          Long.toString(saved.id()),
          saved.enterpriseCode() + " " + saved.product() + " [" + saved.categoryCode() + "]");
      stored.add(saved);
    }
    events.publishEvent(new SuppliesPosted(stored, supplies.nextRevision()));
    return stored;
  }

  long storeDemand(Demand demand, String actor) {
    long id = demands.insert(demand);
    audit.record(actor, "market", "market.demand.post", Long.toString(id), describe(demand));
    return id;
  }

  public List<Demand> demands(DataScope scope) {
    return demands.list(scope.isEverything() ? DataScope.everything(false) : scope, 500);
  }

  public List<Supply> supplies(DataScope scope) {
    return supplies.list(scope, 500);
  }

  /** A demand the user may see: the province's, the region's staff's, or the owner's. */
  public Demand demand(long id, DataScope scope) {
    Demand demand = demands.find(id).orElseThrow(() -> MarketRefused.unknownDemand(id));
    boolean sees =
        switch (scope.kind()) {
          case ALL -> true;
          case REGION ->
              scope.coversRegion(demand.ownerRegionCode())
                  || scope.coversRegion(demand.deliveryRegionCode());
          case ENTERPRISE -> scope.enterprise().equals(demand.enterpriseCode());
        };
    if (!sees) {
      throw MarketRefused.outsideScope("id", "需求 " + id);
    }
    return demand;
  }

  /** The ranked matches of a demand the user may see, at most {@code limit}. */
  public List<Match> matches(long id, DataScope scope, int limit) {
    return matcher.matches(demand(id, scope), Math.max(1, Math.min(limit, 500)));
  }

  /** The matches with their supplies and steps, for the demand's page. */
  public List<MatchDetail> matchDetails(long id, DataScope scope) {
    List<Match> matches = matches(id, scope, SHOWN);
    Map<Long, Supply> byId =
        supplies.findAll(matches.stream().map(Match::supplyId).toList()).stream()
            .collect(Collectors.toMap(Supply::id, Function.identity()));
    Map<Long, MatchState> states = steps.states(id);
    List<MatchDetail> details = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      details.add(
          new MatchDetail(
              i + 1,
              m,
              byId.get(m.supplyId()),
              states.getOrDefault(m.supplyId(), MatchState.suggested(id, m.supplyId()))));
    }
    return details;
  }

  /** The category's name in the tables, or the code itself. */
  public String categoryName(String code) {
    return categories.find(code).map(Categories.Category::nameZh).orElse(code);
  }

  public String regionName(String code) {
    return plans.region(code).map(r -> r.nameZh()).orElse(code);
  }

  public List<Enterprise> enterprises(DataScope scope) {
    return scope.kind() == DataScope.Kind.ENTERPRISE
        ? reporting.enterprise(scope.enterprise()).stream().toList()
        : reporting.enterprises(scope, null, null, 1000, 0);
  }

  static String describe(Demand d) {
    return d.title()
        + " ["
        + d.categoryCode()
        + ", "
        + d.quantity().toPlainString()
        + " "
        + d.unit()
        + " to "
        + d.deliveryRegionCode()
        + " by "
        + d.deliverBy()
        + (d.projectCode() == null ? "" : ", project " + d.projectCode())
        + (d.enterpriseCode() == null ? "" : ", buyer " + d.enterpriseCode())
        + "]";
  }
}
