package dev.longyuan.sharing;

import dev.longyuan.accounts.Accounts;
import dev.longyuan.accounts.AuditLog;
import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.Market;
import dev.longyuan.market.MarketRefused;
import dev.longyuan.market.MatchDetail;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.sharing.internal.ResourceChecks;
import dev.longyuan.sharing.internal.SharingWorkbook;
import dev.longyuan.sharing.persistence.CapacityRequestRepository;
import dev.longyuan.sharing.persistence.ResourceRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of shareable resources and the capacity requests. Resources are registered by an
 * enterprise (its own), a bureau (its region's enterprises) or the province administrator, every
 * registration audited; everyone signed in reads the directory, each resource shown as a {@link
 * ResourceView} for the reader. A spare capacity is offered in the market as a supply, with only
 * its public fields when restricted, and a capacity request is posted there as a demand.
 */
@Service
public class Sharing {

  private final ResourceRepository resources;
  private final CapacityRequestRepository requests;
  private final PlanCatalog plans;
  private final ReportingService reporting;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Market market;

  Sharing(
      ResourceRepository resources,
      CapacityRequestRepository requests,
      PlanCatalog plans,
      ReportingService reporting,
      Accounts accounts,
      AuditLog audit,
      Market market) {
    this.resources = resources;
    this.requests = requests;
    this.plans = plans;
    this.reporting = reporting;
    this.accounts = accounts;
    this.audit = audit;
    this.market = market;
  }

  /** What the directory is filtered by; null or blank is any. */
  public record Filter(
      @Nullable ResourceKind kind,
      @Nullable String process,
      @Nullable String city,
      @Nullable Level level,
      @Nullable String text) {

    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  /** The user as a reader of the directory, with their clearance as accounts holds it now. */
  public Viewer viewer(DataScope scope, String username) {
    return new Viewer(scope, username, accounts.cleared(username));
  }

  public List<Process> processes() {
    return resources.processes();
  }

  public Map<String, Process> processMap() {
    return processes().stream()
        .collect(
            Collectors.toMap(Process::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public static boolean mayRegister(DataScope scope) {
    return scope.mayChange();
  }

  @Transactional
  public long register(ResourceDraft draft, DataScope scope, String actor) {
    ResourceChecks.Checked checked = checks().check(0, draft);
    if (checked.resource() == null) {
      throw new SharingRefused(checked.problems());
    }
    List<ImportError> outside = outsideScope(0, checked.resource(), scope);
    if (!outside.isEmpty()) {
      throw new SharingRefused(outside);
    }
    return store(checked.resource(), scope, actor);
  }

  /**
   * Registers every resource of a workbook, or none: any bad row refuses the whole file, with every
   * problem of every row. Returns how many were registered.
   */
  @Transactional
  public int importWorkbook(byte[] content, DataScope scope, String actor) {
    SharingWorkbook.Parsed parsed = SharingWorkbook.read(content);
    List<ImportError> problems = new ArrayList<>(parsed.errors());
    List<Resource> checked = new ArrayList<>();
    ResourceChecks checks = checks();
    for (SharingWorkbook.DraftRow row : parsed.rows()) {
      ResourceChecks.Checked c = checks.check(row.row(), row.draft());
      if (c.resource() == null) {
        c.problems().stream().map(Sharing::named).forEach(problems::add);
      } else {
        List<ImportError> outside = outsideScope(row.row(), c.resource(), scope);
        outside.stream().map(Sharing::named).forEach(problems::add);
        checked.add(c.resource());
      }
    }
    if (problems.isEmpty() && checked.isEmpty()) {
      problems.add(
          new ImportError(0, "file", "file.empty", "文件中没有资源行", "the file holds no resource rows"));
    }
    if (!problems.isEmpty()) {
      throw new SharingRefused(problems);
    }
    for (Resource r : checked) {
      store(r, scope, actor);
    }
    return checked.size();
  }

  /** A workbook problem names the column by its header. */
  private static ImportError named(ImportError e) {
    return e.row() == 0
        ? e
        : new ImportError(
            e.row(), SharingWorkbook.column(e.column()), e.code(), e.messageZh(), e.messageEn());
  }

  private ResourceChecks checks() {
    return new ResourceChecks(plans.regionCodes(), reporting::enterprise, processMap());
  }

  /** The resources a user may not register: another enterprise's, or outside the region. */
  private static List<ImportError> outsideScope(int row, Resource r, DataScope scope) {
    boolean may =
        scope.mayChange()
            && switch (scope.kind()) {
              case ALL -> true;
              case REGION -> scope.coversRegion(r.countyCode());
              case ENTERPRISE -> r.ownerCode().equals(scope.enterprise());
            };
    return may
        ? List.of()
        : List.of(
            new ImportError(
                row,
                "enterpriseCode",
                "scope.outside",
                "企业 " + r.ownerCode() + " 的资源不在您的权限范围内",
                "enterprise " + r.ownerCode() + "'s resources are outside your scope"));
  }

  private long store(Resource r, DataScope scope, String actor) {
    long id = resources.insert(r, actor);
    audit.record(
        actor,
        "sharing",
        "sharing.resource.register",
        Long.toString(id),
        r.ownerCode() + " " + r.name() + " [" + r.kind() + ", " + r.level() + "]");
    if (r.kind() == ResourceKind.CAPACITY) {
      Process process = processMap().get(r.processCode());
      boolean open = r.level() == Level.PUBLIC;
      // a restricted capacity is offered with its public fields only: the market's listings are
      // read by everyone signed in, cleared or not
      SupplyDraft supply =
          new SupplyDraft(
              r.ownerCode(),
              r.name() + "（" + process.nameZh() + "）",
              open ? r.specification() : "",
              process.categoryCode(),
              r.monthlyCapacity(),
              r.capacityUnit(),
              open ? r.countyCode() : r.cityCode(),
              null,
              null,
              "",
              r.calendar().from().isAfter(java.time.LocalDate.now()) ? r.calendar().from() : null);
      try {
        resources.setMarketSupply(id, market.postSupply(supply, scope, actor));
      } catch (MarketRefused refused) {
        throw new SharingRefused(refused.problems());
      }
    }
    return id;
  }

  public List<ResourceView> directory(Filter filter, Viewer viewer) {
    String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
    return resources.all().stream()
        .filter(r -> filter.kind() == null || r.kind() == filter.kind())
        .filter(r -> blank(filter.process()) || filter.process().equals(r.processCode()))
        .filter(r -> blank(filter.city()) || r.cityCode().equals(filter.city()))
        .filter(r -> filter.level() == null || r.level() == filter.level())
        .filter(r -> text.isEmpty() || searchable(r, viewer).contains(text))
        .map(r -> ResourceView.of(r, viewer))
        .toList();
  }

  /** The text a search reads: a restricted resource's details only for those who see them. */
  private static String searchable(Resource r, Viewer viewer) {
    String open = r.name() + " " + r.ownerName() + " " + r.ownerCode();
    return (viewer.seesDetails(r) ? open + " " + r.specification() + " " + r.priceTerms() : open)
        .toLowerCase(Locale.ROOT);
  }

  public ResourceView resource(long id, Viewer viewer) {
    return ResourceView.of(stored(id), viewer);
  }

  Resource stored(long id) {
    return resources.find(id).orElseThrow(() -> SharingRefused.unknown("resource", id));
  }

  public byte[] export(Filter filter, Viewer viewer) {
    return SharingWorkbook.write(directory(filter, viewer));
  }

  public byte[] template() {
    return SharingWorkbook.template();
  }

  public String regionName(String code) {
    return plans.region(code).map(r -> r.nameZh()).orElse(code);
  }

  /** The cities (市州) of the plan, code to name, for the directory's filter. */
  public Map<String, String> cities() {
    Map<String, String> cities = new LinkedHashMap<>();
    plans.regionCodes().stream()
        .sorted()
        .filter(c -> c.endsWith("00") && !c.endsWith("0000"))
        .forEach(c -> cities.put(c, regionName(c)));
    return cities;
  }

  /**
   * Posts a capacity request to the market as a demand for the process's class, named by the
   * process, from the requesting enterprise (an enterprise user's own), audited.
   */
  @Transactional
  public long requestCapacity(CapacityRequestDraft d, DataScope scope, String actor) {
    Process process = d.processCode() == null ? null : processMap().get(d.processCode().strip());
    if (process == null) {
      throw SharingRefused.of(
          "processCode",
          "process.unknown",
          "工艺“" + d.processCode() + "”不在工艺表中",
          "the process \"" + d.processCode() + "\" is not in the table");
    }
    String enterprise =
        scope.kind() == DataScope.Kind.ENTERPRISE
            ? scope.enterprise()
            : blankless(d.enterpriseCode());
    long demand;
    try {
      demand =
          market.postDemand(
              new DemandDraft(
                  process.nameZh() + "富余产能需求 / " + process.nameEn() + " capacity",
                  process.nameZh(),
                  process.categoryCode(),
                  d.quantity(),
                  d.unit(),
                  d.regionCode(),
                  "",
                  d.deliverBy(),
                  null,
                  "",
                  null,
                  enterprise),
              scope,
              actor);
    } catch (MarketRefused refused) {
      throw new SharingRefused(refused.problems());
    }
    long id =
        requests.insert(
            new CapacityRequest(
                0,
                process.code(),
                d.quantity(),
                d.unit().strip(),
                d.deliverBy(),
                d.regionCode().strip(),
                enterprise,
                demand,
                actor));
    audit.record(
        actor,
        "sharing",
        "sharing.capacity.request",
        Long.toString(id),
        process.code()
            + " "
            + d.quantity().toPlainString()
            + " "
            + d.unit()
            + " to "
            + d.regionCode()
            + " by "
            + d.deliverBy()
            + ", market demand "
            + demand);
    return id;
  }

  /** A capacity request the user may see: as its market demand. */
  public CapacityRequest capacityRequest(long id, DataScope scope) {
    CapacityRequest request =
        requests.find(id).orElseThrow(() -> SharingRefused.unknown("request", id));
    try {
      market.demand(request.marketDemandId(), scope);
    } catch (MarketRefused refused) {
      throw SharingRefused.outsideScope("id", "产能需求 " + id);
    }
    return request;
  }

  public List<CapacityRequest> capacityRequests(DataScope scope) {
    return requests.all().stream()
        .filter(
            r ->
                switch (scope.kind()) {
                  case ALL -> true;
                  case REGION -> scope.coversRegion(r.regionCode());
                  case ENTERPRISE -> scope.enterprise().equals(r.enterpriseCode());
                })
        .toList();
  }

  /**
   * The market's matches of a capacity request that are spare capacities of its process, in the
   * market's order, each resource as the viewer may see it.
   */
  public List<CapacityMatch> matches(long id, Viewer viewer) {
    CapacityRequest request = capacityRequest(id, viewer.scope());
    List<MatchDetail> details = market.matchDetails(request.marketDemandId(), viewer.scope());
    Map<Long, Resource> bySupply =
        resources.bySupplies(details.stream().map(m -> m.match().supplyId()).toList()).stream()
            .collect(Collectors.toMap(Resource::marketSupplyId, Function.identity()));
    List<CapacityMatch> matches = new ArrayList<>();
    for (MatchDetail m : details) {
      Resource r = bySupply.get(m.match().supplyId());
      if (r != null && request.processCode().equals(r.processCode())) {
        matches.add(
            new CapacityMatch(
                matches.size() + 1,
                m.match().score(),
                m.match().signals().location(),
                ResourceView.of(r, viewer)));
      }
    }
    return matches;
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  private static @Nullable String blankless(@Nullable String text) {
    return blank(text) ? null : text.strip();
  }
}
