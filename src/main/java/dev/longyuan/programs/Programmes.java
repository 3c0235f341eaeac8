package dev.longyuan.programs;

import dev.longyuan.accounts.AuditLog;
import dev.longyuan.plan.Target;
import dev.longyuan.programs.internal.CapacityChecks;
import dev.longyuan.programs.internal.CementOutput;
import dev.longyuan.programs.internal.LedgerTimeline;
import dev.longyuan.programs.internal.LedgerWorkbook;
import dev.longyuan.programs.internal.PlanTargets;
import dev.longyuan.programs.internal.RecognitionChecks;
import dev.longyuan.programs.internal.RecognitionChecks.Checked;
import dev.longyuan.programs.internal.RecognitionChecks.ResolvedRecognition;
import dev.longyuan.programs.persistence.LedgerStore;
import dev.longyuan.programs.persistence.RecognitionStore;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programmes' face: the catalogue, the recognitions counted year by year against the plan's
 * targets, the capacity ledger with its withdrawals and cement's utilisation and concentration, and
 * the recording of each, checked whole and audited in the same transaction.
 */
@Service
public class Programmes {

  private final RecognitionStore recognitions;
  private final LedgerStore ledger;
  private final RecognitionChecks checks;
  private final CapacityChecks capacityChecks;
  private final PlanTargets targets;
  private final CementOutput cementOutput;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  Programmes(
      RecognitionStore recognitions,
      LedgerStore ledger,
      RecognitionChecks checks,
      CapacityChecks capacityChecks,
      PlanTargets targets,
      CementOutput cementOutput,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.recognitions = recognitions;
    this.ledger = ledger;
    this.checks = checks;
    this.capacityChecks = capacityChecks;
    this.targets = targets;
    this.cementOutput = cementOutput;
    this.audit = audit;
    this.transaction = transaction;
  }

  public List<Programme> catalogue() {
    return recognitions.programmes();
  }

  public Optional<Programme> programme(String code) {
    return catalogue().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The province the plan covers: everything, for a province user. */
  public String province() {
    return targets.province();
  }

  public List<CapacityProduct> products() {
    return ledger.products();
  }

  public Optional<Target> target(@Nullable String code) {
    return code == null ? Optional.empty() : targets.target(code);
  }

  /** The region asked for, or the user's own when none is: refused outside the user's scope. */
  public String region(DataScope scope, @Nullable String regionCode) {
    String region =
        regionCode != null && !regionCode.isBlank()
            ? regionCode.strip()
            : scope.region() == null ? targets.province() : scope.region().value();
    if (!RegionCode.isValid(region)) {
      throw new ProgrammesRefused(
          "region.invalid", "“" + region + "”不是行政区划代码", "\"" + region + "\" is not a region code");
    }
    if (!scope.coversRegion(region)) {
      throw new ProgrammesRefused(
          "scope.outside",
          "行政区划 " + region + " 不在您的数据范围内",
          "the region " + region + " is outside your data scope");
    }
    return region;
  }

  /** Every programme's count at the end of each year in the region, beside its target. */
  public List<ProgrammeCount> counts(
      DataScope scope, @Nullable String regionCode, List<Integer> years) {
    String prefix = RegionCode.of(region(scope, regionCode)).prefix();
    Map<String, Map<Integer, Integer>> byProgramme = new HashMap<>();
    Map<String, Boolean> synthetic = new HashMap<>();
    if (!years.isEmpty()) {
      int from = years.stream().min(Integer::compare).orElseThrow();
      int to = years.stream().max(Integer::compare).orElseThrow();
      for (RecognitionStore.YearCount c : recognitions.counts(prefix, from, to)) {
        byProgramme
            .computeIfAbsent(c.programmeCode(), k -> new TreeMap<>())
            .put(c.year(), c.count());
        synthetic.merge(c.programmeCode(), c.synthetic(), Boolean::logicalOr);
      }
    }
    List<ProgrammeCount> counts = new ArrayList<>();
    for (Programme programme : catalogue()) {
      Map<Integer, Integer> byYear = new TreeMap<>();
      for (int year : years) {
        byYear.put(
            year, byProgramme.getOrDefault(programme.code(), Map.of()).getOrDefault(year, 0));
      }
      Optional<Target> target = target(programme.targetCode());
      counts.add(
          new ProgrammeCount(
              programme,
              byYear,
              programme.targetCode(),
              target.map(Target::value).orElse(null),
              target.map(Target::valueMax).orElse(null),
              target.map(Target::unit).orElse(null),
              synthetic.getOrDefault(programme.code(), false)));
    }
    return counts;
  }

  /** The recognitions an enterprise holds, valid at the end of the year given. */
  public List<Recognition> recognitionsOf(String enterpriseCode, int year) {
    return recognitions.validOf(enterpriseCode, year);
  }

  /** Recognitions narrowed by programme, region, sector (GB/T 4754 prefix), level and year. */
  public List<Recognition> recognitions(
      DataScope scope,
      @Nullable String programmeCode,
      @Nullable String regionCode,
      @Nullable String industry,
      @Nullable String level,
      @Nullable Integer validInYear,
      int limit) {
    String prefix = RegionCode.of(region(scope, regionCode)).prefix();
    return recognitions.find(
        new RecognitionStore.Filter(
            programmeCode, prefix, blankToNull(industry), blankToNull(level), validInYear),
        limit);
  }

  public List<CapacityStatement> statements(
      DataScope scope, @Nullable String product, @Nullable String regionCode) {
    return ledger.statements(
        blankToNull(product), RegionCode.of(region(scope, regionCode)).prefix());
  }

  public List<Withdrawal> withdrawals(
      DataScope scope, @Nullable String product, @Nullable String regionCode) {
    return ledger.withdrawals(
        blankToNull(product), RegionCode.of(region(scope, regionCode)).prefix());
  }

  /** Every product's ledger in the region, year by year. */
  public List<CapacityLedger> ledgers(
      DataScope scope, @Nullable String regionCode, List<Integer> years) {
    String prefix = RegionCode.of(region(scope, regionCode)).prefix();
    List<CapacityLedger> ledgers = new ArrayList<>();
    for (CapacityProduct product : products()) {
      LedgerTimeline timeline = timeline(product.code(), prefix);
      Optional<Target> target = target(product.targetCode());
      int base = target.map(Target::baseYear).orElse(2015);
      List<CapacityYear> rows = new ArrayList<>();
      for (int year : years) {
        rows.add(
            new CapacityYear(
                year,
                timeline.capacityAtEndOf(year),
                timeline.withdrawnIn(year),
                timeline.withdrawalsIn(year),
                timeline.withdrawnBetween(base + 1, year),
                timeline.syntheticBy(year)));
      }
      ledgers.add(
          new CapacityLedger(
              product, base, rows, product.targetCode(), target.map(Target::value).orElse(null)));
    }
    return ledgers;
  }

  /** Cement's utilisation and concentration (CR10) in the region, year by year. */
  public List<CementYear> cement(
      DataScope scope, @Nullable String regionCode, List<Integer> years) {
    String region = region(scope, regionCode);
    LedgerTimeline timeline = timeline("cement", RegionCode.of(region).prefix());
    Map<Integer, CementOutput.Output> outputs = cementOutput.byYear(region, years);
    List<CementYear> rows = new ArrayList<>();
    for (int year : years) {
      Map<String, BigDecimal> capacities = timeline.capacitiesOn(LocalDate.of(year, 12, 31));
      BigDecimal capacity = capacities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal largestTen =
          capacities.values().stream()
              .sorted(Comparator.reverseOrder())
              .limit(10)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      CementOutput.Output output = outputs.get(year);
      BigDecimal produced = output == null ? null : output.value();
      rows.add(
          new CementYear(
              year,
              produced,
              capacity,
              produced == null || capacity.signum() == 0 ? null : percent(produced, capacity),
              largestTen,
              capacity.signum() == 0 ? null : percent(largestTen, capacity),
              (int) capacities.values().stream().filter(c -> c.signum() > 0).count(),
              timeline.syntheticBy(year) || (output != null && output.synthetic())));
    }
    return rows;
  }

  /** The ledger of one product in a region (a GB/T 2260 prefix), for the register's figures. */
  public LedgerTimeline timeline(String product, String regionPrefix) {
    return new LedgerTimeline(
        ledger.statements(product, regionPrefix), ledger.withdrawals(product, regionPrefix));
  }

  /** What a batch of records did: how many were stored (none on a dry run). */
  public record Recorded(String kind, int rows, int stored, boolean dryRun) {}

  /**
   * Records recognitions, all or none: any bad row refuses the whole batch with every error. A
   * province user records; synthetic marks demonstration data.
   */
  public Recorded recordRecognitions(
      List<Numbered<NewRecognition>> rows,
      DataScope scope,
      String actor,
      String origin,
      boolean dryRun,
      boolean synthetic) {
    return transaction.execute(
        status -> {
          Checked<ResolvedRecognition> checked = checks.recognitions(rows, scope, synthetic);
          refuseIfAny(rows.isEmpty(), checked.errors());
          if (dryRun) {
            return new Recorded("recognitions", rows.size(), 0, true);
          }
          for (ResolvedRecognition r : checked.records()) {
            long id = recognitions.insert(r.recognition(), r.holderKey(), actor);
            if (!synthetic) {
              audit.record(
                  actor,
                  origin,
                  "programmes.recognition.add",
                  r.recognition().programmeCode() + " " + r.holderKey(),
                  "recognition "
                      + id
                      + ": "
                      + r.recognition().level()
                      + ", granted "
                      + r.recognition().yearGranted()
                      + (r.recognition().yearWithdrawn() == null
                          ? ""
                          : ", withdrawn " + r.recognition().yearWithdrawn())
                      + ", document "
                      + r.recognition().documentNumber());
            }
          }
          if (synthetic || checked.records().size() > 1) {
            audit.record(
                actor,
                origin,
                "programmes.recognition.import",
                "recognitions",
                checked.records().size() + " recognitions" + (synthetic ? " (模拟数据)" : ""));
          }
          return new Recorded("recognitions", rows.size(), checked.records().size(), false);
        });
  }

  /** One recognition, if it exists and its holder is in the scope. */
  public Optional<Recognition> recognition(DataScope scope, long id) {
    return recognitions.find(id).filter(found -> scope.coversRegion(found.regionCode()));
  }

  /** Records the withdrawal of a recognition at the end of a year. */
  public Recognition withdrawRecognition(
      long id, int year, DataScope scope, String actor, String origin) {
    return transaction.execute(
        status -> {
          Recognition r =
              recognitions
                  .find(id)
                  .filter(found -> scope.coversRegion(found.regionCode()))
                  .orElseThrow(
                      () ->
                          new ProgrammesRefused(
                              "recognition.unknown",
                              "没有编号为 " + id + " 的认定",
                              "no recognition has the number " + id));
          if (!scope.mayChange()) {
            throw new ProgrammesRefused(
                "scope.read_only", "您的账号只能查看，不能修改", "your account may read but not change");
          }
          if (r.yearWithdrawn() != null) {
            throw new ProgrammesRefused(
                "recognition.withdrawn",
                "该认定已于 " + r.yearWithdrawn() + " 年撤销",
                "this recognition was withdrawn in " + r.yearWithdrawn());
          }
          if (year < r.yearGranted() || year > LocalDate.now().getYear()) {
            throw new ProgrammesRefused(
                "year.withdrawn_before_granted",
                "撤销年份 " + year + " 应在认定年份 " + r.yearGranted() + " 与今年之间",
                "the year withdrawn, "
                    + year
                    + ", must lie between the year granted, "
                    + r.yearGranted()
                    + ", and this year");
          }
          recognitions.withdraw(id, year, actor);
          audit.record(
              actor,
              origin,
              "programmes.recognition.withdraw",
              r.programmeCode() + " " + r.holderName(),
              "recognition " + id + " withdrawn in " + year);
          return recognitions.find(id).orElseThrow();
        });
  }

  /** Records capacity statements, all or none. */
  public Recorded recordCapacities(
      List<Numbered<NewCapacity>> rows,
      DataScope scope,
      String actor,
      String origin,
      boolean dryRun,
      boolean synthetic) {
    return transaction.execute(
        status -> {
          Checked<CapacityStatement> checked = capacityChecks.statements(rows, scope, synthetic);
          refuseIfAny(rows.isEmpty(), checked.errors());
          if (dryRun) {
            return new Recorded("capacities", rows.size(), 0, true);
          }
          for (CapacityStatement s : checked.records()) {
            ledger.insert(s, actor);
          }
          audit.record(
              actor,
              origin,
              "programmes.capacity.add",
              "capacities",
              checked.records().stream()
                      .map(
                          s ->
                              s.productCode()
                                  + " "
                                  + s.enterpriseCode()
                                  + " "
                                  + s.capacity().toPlainString()
                                  + " @"
                                  + s.asOf())
                      .limit(20)
                      .toList()
                  + (checked.records().size() > 20
                      ? " … " + checked.records().size() + " in all"
                      : ""));
          return new Recorded("capacities", rows.size(), checked.records().size(), false);
        });
  }

  /** Records withdrawals, all or none, each checked against the capacity that remains. */
  public Recorded recordWithdrawals(
      List<Numbered<NewWithdrawal>> rows,
      DataScope scope,
      String actor,
      String origin,
      boolean dryRun,
      boolean synthetic) {
    return transaction.execute(
        status -> {
          Checked<Withdrawal> checked =
              capacityChecks.withdrawals(rows, List.of(), scope, synthetic);
          refuseIfAny(rows.isEmpty(), checked.errors());
          if (dryRun) {
            return new Recorded("withdrawals", rows.size(), 0, true);
          }
          for (Withdrawal w : checked.records()) {
            long id = ledger.insert(w, actor);
            if (!synthetic) {
              audit.record(
                  actor,
                  origin,
                  "programmes.withdrawal.add",
                  w.productCode() + " " + w.enterpriseCode(),
                  "withdrawal "
                      + id
                      + ": "
                      + w.amount().toPlainString()
                      + " on "
                      + w.withdrawnOn()
                      + ", document "
                      + w.documentNumber());
            }
          }
          if (synthetic) {
            audit.record(
                actor,
                origin,
                "programmes.withdrawal.import",
                "withdrawals",
                checked.records().size() + " withdrawals (模拟数据)");
          }
          return new Recorded("withdrawals", rows.size(), checked.records().size(), false);
        });
  }

  /**
   * Imports an XLSX file of one kind (a template's 认定, 产能 or 退出 sheet), all or nothing: every
   * unreadable cell and every bad row is listed, by the column's Chinese header, and then nothing
   * is written.
   */
  public Recorded importWorkbook(
      byte[] file, DataScope scope, String actor, String origin, boolean dryRun) {
    LedgerWorkbook.Read read = LedgerWorkbook.read(file);
    if (read.kind() == null) {
      throw new ProgrammesRefused(read.errors());
    }
    try {
      if (!read.errors().isEmpty()) {
        // the rows that could be read are checked too, so that every bad row is listed at once
        List<ImportError> errors = new ArrayList<>(read.errors());
        errors.addAll(
            switch (read.kind()) {
              case RECOGNITIONS -> checks.recognitions(read.recognitions(), scope, false).errors();
              case CAPACITIES ->
                  capacityChecks.statements(read.capacities(), scope, false).errors();
              case WITHDRAWALS ->
                  capacityChecks.withdrawals(read.withdrawals(), List.of(), scope, false).errors();
            });
        refuseIfAny(false, errors);
      }
      return switch (read.kind()) {
        case RECOGNITIONS ->
            recordRecognitions(read.recognitions(), scope, actor, origin, dryRun, false);
        case CAPACITIES -> recordCapacities(read.capacities(), scope, actor, origin, dryRun, false);
        case WITHDRAWALS ->
            recordWithdrawals(read.withdrawals(), scope, actor, origin, dryRun, false);
      };
    } catch (ProgrammesRefused refused) {
      throw new ProgrammesRefused(
          refused.errors().stream()
              .map(
                  e ->
                      new ImportError(
                          e.row(),
                          HEADERS.getOrDefault(e.column(), e.column()),
                          e.code(),
                          e.messageZh(),
                          e.messageEn()))
              .toList());
    }
  }

  /** The template of a kind of file: recognitions, capacities or withdrawals. */
  public Optional<byte[]> template(String kind) {
    return LedgerWorkbook.Kind.fromWord(kind)
        .map(k -> LedgerWorkbook.template(k, catalogue(), products()));
  }

  /** The fields of the records as the templates head their columns. */
  private static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("programme", "项目代码"),
          Map.entry("enterpriseCode", "企业统一社会信用代码"),
          Map.entry("zoneCode", "开发区代码"),
          Map.entry("regionCode", "园区行政区划代码"),
          Map.entry("level", "级别"),
          Map.entry("yearGranted", "认定年份"),
          Map.entry("yearWithdrawn", "撤销年份"),
          Map.entry("productCode", "产品代码"),
          Map.entry("capacity", "产能"),
          Map.entry("asOf", "截至日期"),
          Map.entry("withdrawnOn", "退出日期"),
          Map.entry("amount", "退出产能"),
          Map.entry("documentNumber", "文号"));

  private static void refuseIfAny(boolean empty, List<ImportError> errors) {
    if (empty) {
      throw new ProgrammesRefused("file.no_rows", "没有数据行", "there are no data rows");
    }
    if (!errors.isEmpty()) {
      List<ImportError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.comparingInt(ImportError::row).thenComparing(ImportError::column));
      throw new ProgrammesRefused(sorted);
    }
  }

  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
