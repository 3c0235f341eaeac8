package dev.longyuan.reporting;

import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.internal.PublishedFigures;
import dev.longyuan.reporting.internal.ShippedDataProgress;
import dev.longyuan.reporting.internal.ValueChecks;
import dev.longyuan.reporting.persistence.DataElementRepository;
import dev.longyuan.reporting.persistence.DataValueRepository;
import dev.longyuan.reporting.persistence.DataValueWriter;
import dev.longyuan.reporting.persistence.EnterpriseRepository;
import dev.longyuan.reporting.persistence.ImportLog;
import dev.longyuan.reporting.persistence.PublishedFigureRepository;
import dev.longyuan.reporting.persistence.RuleRepository;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporting module's face: data elements and forms, the enterprise registry, and the import of
 * data values, which is all or nothing.
 */
@Service
public class ReportingService {

  private static final Logger log = LoggerFactory.getLogger(ReportingService.class);

  private final DataElementRepository elements;
  private final EnterpriseRepository enterprises;
  private final DataValueWriter writer;
  private final RuleRepository rules;
  private final ImportLog importLog;
  private final DataValueRepository values;
  private final PublishedFigureRepository published;
  private final PlanCatalog plans;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final ShippedDataProgress shipped;

  ReportingService(
      DataElementRepository elements,
      EnterpriseRepository enterprises,
      DataValueWriter writer,
      RuleRepository rules,
      ImportLog importLog,
      DataValueRepository values,
      PublishedFigureRepository published,
      PlanCatalog plans,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      ShippedDataProgress shipped) {
    this.elements = elements;
    this.enterprises = enterprises;
    this.writer = writer;
    this.rules = rules;
    this.importLog = importLog;
    this.values = values;
    this.published = published;
    this.plans = plans;
    this.transaction = transaction;
    this.events = events;
    this.shipped = shipped;
  }

  /**
   * How far the shipped data have loaded: work that keeps what it computes (a monthly brief) or
   * tells people (an alert) waits while {@code running()}.
   */
  public ShippedDataStatus shippedData() {
    return shipped.get();
  }

  public List<DataElement> elements() {
    return elements.elements();
  }

  public List<DataSet> dataSets() {
    return elements.dataSets();
  }

  /**
   * Where an import's rows come from, how they are to be stored, and the data scope of whoever
   * imports them: every row's reporting unit must be in it, and it must allow changes.
   */
  public record ImportRequest(
      String fileName,
      String format,
      String sha256,
      boolean dryRun,
      String actor,
      String source,
      String status,
      @Nullable Long importId,
      DataScope scope) {

    /** The same request, to be recorded under an import already reserved. */
    public ImportRequest under(long reservedId) {
      return new ImportRequest(
          fileName, format, sha256, dryRun, actor, source, status, reservedId, scope);
    }

    /**
     * Figures a statistics bureau published: official, and approved by the province as they stand.
     */
    public static ImportRequest official(String fileName, String sha256, String actor) {
      return new ImportRequest(
          fileName,
          "csv",
          sha256,
          false,
          actor,
          "official",
          "approved",
          null,
          DataScope.everything(true));
    }

    /** Demonstration data (模拟数据), generated, approved so that it can be analysed at once. */
    public static ImportRequest synthetic(String label, String actor) {
      return new ImportRequest(
          label,
          "generated",
          "-",
          false,
          actor,
          "synthetic",
          "approved",
          null,
          DataScope.everything(true));
    }

    /** Values reported by their units, awaiting approval, imported by a user in a scope. */
    public static ImportRequest reported(
        String fileName,
        String format,
        String sha256,
        boolean dryRun,
        String actor,
        DataScope scope) {
      return new ImportRequest(
          fileName, format, sha256, dryRun, actor, "reported", "submitted", null, scope);
    }
  }

  /**
   * Checks every row and, when none is bad and it is not a dry run, writes the values that differ
   * from what is stored, in one transaction. Structural problems found while reading the file come
   * in as errors already and refuse the import the same way, as do rows whose reporting unit is
   * outside the request's scope, and every row when the scope may not change data.
   */
  public ImportOutcome importRows(
      ImportRequest request, List<ValueRow> rows, List<ImportError> fileErrors) {
    long id =
        request.importId() == null
            ? importLog.start(request, rows.size())
            : importLog.resume(request.importId(), request, rows.size());
    Map<String, DataElement> byCode =
        elements().stream().collect(Collectors.toMap(DataElement::code, Function.identity()));
    importLog.phase(id, "checking");
    long started = System.nanoTime();
    ValueChecks.Result checked =
        new ValueChecks(byCode, enterprises.creditCodes(), plans.regionCodes()::contains)
            .check(rows);
    importLog.phase(id, "writing");
    ImportOutcome outcome =
        transaction.execute(
            status -> {
              List<ImportError> errors = new ArrayList<>(fileErrors);
              if (!request.scope().mayChange()) {
                errors.add(
                    new ImportError(
                        0,
                        "",
                        "scope.read_only",
                        "您的账号只能查看数据，不能导入或修改",
                        "your account may read data but not import or change it"));
              }
              if (rows.isEmpty() && fileErrors.isEmpty()) {
                errors.add(
                    new ImportError(
                        0, "", "file.no_rows", "文件中没有数据行", "the file holds no data rows"));
              }
              errors.addAll(checked.errors());
              long checkedAt = System.nanoTime();
              writer.stage(checked.values());
              errors.addAll(writer.outsideScope(request.scope()));
              long stagedAt = System.nanoTime();
              DataValueWriter.Changes changes = writer.compare();
              errors.addAll(changes.locked());
              long comparedAt = System.nanoTime();
              rules.activeRules("hard").forEach(rule -> errors.addAll(rules.violations(rule)));
              long ruledAt = System.nanoTime();
              errors.sort(
                  Comparator.comparingInt(ImportError::row).thenComparing(ImportError::column));
              if (!errors.isEmpty() || request.dryRun()) {
                status.setRollbackOnly();
              } else {
                writer.apply(request.source(), request.status(), request.actor(), id);
                events.publishEvent(
                    new ValuesImported(
                        id,
                        request.actor(),
                        request.fileName(),
                        request.format(),
                        request.source(),
                        changes.created(),
                        changes.updated(),
                        changes.unchanged()));
              }
              log.debug(
                  "import {}: {} rows checked in {} ms, staged in {} ms, compared in {} ms, rules in {} ms,"
                      + " written in {} ms",
                  id,
                  rows.size(),
                  (checkedAt - started) / 1_000_000,
                  (stagedAt - checkedAt) / 1_000_000,
                  (comparedAt - stagedAt) / 1_000_000,
                  (ruledAt - comparedAt) / 1_000_000,
                  (System.nanoTime() - ruledAt) / 1_000_000);
              return new ImportOutcome(
                  id,
                  request.dryRun(),
                  rows.size(),
                  changes.created(),
                  changes.updated(),
                  changes.unchanged(),
                  errors);
            });
    importLog.finish(id, outcome);
    return outcome;
  }

  /**
   * Enterprises in scope, in a region (GB/T 2260 code: province, city or county) and, when given,
   * in one of the plan's sectors or under a GB/T 4754-2017 code.
   */
  public List<Enterprise> enterprises(
      DataScope scope,
      @Nullable String regionCode,
      @Nullable String sector,
      int limit,
      int offset) {
    if (regionCode != null && !RegionCode.isValid(regionCode)) {
      return List.of(); // no region has such a code
    }
    String prefix = regionCode == null ? "" : RegionCode.of(regionCode).prefix();
    List<String> industries = sector == null ? List.of() : plans.industryPrefixes(sector);
    if (sector != null && industries.isEmpty()) {
      return List.of(); // neither a plan sector nor an industry code: no enterprise is in it
    }
    return enterprises.find(scope, prefix, industries, limit, offset);
  }

  public void registerEnterprises(List<Enterprise> list, List<PanelMembership> panel) {
    enterprises.saveAll(list);
    enterprises.savePanel(panel);
  }

  /** The stored values the query selects, of the units in its scope. */
  public List<StoredValue> values(ValueQuery query) {
    return values.find(query);
  }

  /** Every change of one value; nothing when its unit is outside the scope. */
  public List<ValueChange> history(
      DataScope scope, String dataElement, String reportingUnit, String period, String measure) {
    return values.history(scope, dataElement, reportingUnit, period, measure);
  }

  /**
   * Whether a reporting unit is in scope: a region's figures, or an enterprise registered in it,
   * for a region; its own code for an enterprise.
   */
  public boolean covers(DataScope scope, String reportingUnit) {
    return values.covers(scope, reportingUnit);
  }

  /** The name of a reporting unit: the enterprise's, or the region's from the plan. */
  public String unitName(String reportingUnit, String enterpriseName) {
    if (!enterpriseName.isEmpty()) {
      return enterpriseName;
    }
    return plans.region(reportingUnit).map(r -> r.nameZh()).orElse(reportingUnit);
  }

  /** How many stored values the scope covers. */
  public long valueCount(DataScope scope) {
    return values.count(scope);
  }

  /** How many registered enterprises the scope covers. */
  public int enterpriseCount(DataScope scope) {
    return enterprises.count(scope);
  }

  public List<PublishedFigures.Figure> publishedFigures() {
    return published.all();
  }

  /** Records an import that will run in the background, so that its page can be shown at once. */
  public long reserveImport(
      String fileName, String sha256, boolean dryRun, String actor, DataScope scope) {
    return importLog.start(
        new ImportRequest(
            fileName, "pending", sha256, dryRun, actor, "reported", "submitted", null, scope),
        0);
  }

  /** Records that a background import failed with an error of the platform (not of the file). */
  public void failImport(long importId, Exception cause) {
    importLog.fail(importId, cause.getMessage() == null ? cause.toString() : cause.getMessage());
  }

  /**
   * An import's state, counts and errors, if the user may see it: the province sees every import,
   * anyone else only those they started.
   */
  public Optional<ImportStatus> importStatus(long importId, DataScope scope, String actor) {
    return importLog.status(importId, scope, actor);
  }

  /** Whether an import of this name has succeeded before. */
  public boolean importSucceeded(String fileName) {
    return importLog.succeeded(fileName);
  }

  /**
   * One element's values for a unit in a year, stored and derived (当月 from 累计 and back), in period
   * order.
   */
  public List<SeriesValue> series(
      DataScope scope, String dataElement, String reportingUnit, int year) {
    boolean flow =
        elements().stream().filter(e -> e.code().equals(dataElement)).anyMatch(e -> !e.isStock());
    List<StoredValue> stored =
        values
            .find(new ValueQuery(reportingUnit, dataElement, null, null, null, 10_000, 0, scope))
            .stream()
            .filter(v -> v.period().startsWith(String.valueOf(year)))
            .toList();
    return MeasureDerivation.complete(stored, flow);
  }

  /** The latest imports the user may see (all for the province, else their own), newest first. */
  public List<ImportStatus> recentImports(int limit, DataScope scope, String actor) {
    return importLog.recent(limit, scope, actor);
  }

  /** The registered enterprises among these credit codes (one query for a list of any length). */
  public List<Enterprise> enterprises(Collection<String> creditCodes) {
    return enterprises.findAll(creditCodes);
  }

  /** The enterprise with this credit code, if registered. */
  public Optional<Enterprise> enterprise(String creditCode) {
    return enterprises.find(creditCode);
  }

  /** The name of any reporting unit: an enterprise's, else a region's, else its code. */
  public String unitName(String reportingUnit) {
    return enterprises
        .find(reportingUnit)
        .map(Enterprise::name)
        .orElseGet(() -> unitName(reportingUnit, ""));
  }
}
