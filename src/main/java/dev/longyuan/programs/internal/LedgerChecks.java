package dev.longyuan.programs.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.programs.CapacityProduct;
import dev.longyuan.programs.CapacityStatement;
import dev.longyuan.programs.NewCapacity;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programme;
import dev.longyuan.programs.Recognition;
import dev.longyuan.programs.Withdrawal;
import dev.longyuan.programs.persistence.LedgerStore;
import dev.longyuan.programs.persistence.RecognitionStore;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks records before they are stored, every one of them, so that a file is refused whole with
 * each bad row named: the holder and the programme must exist, the years lie between 1990 and this
 * year and a withdrawal come after the grant, nothing be recorded twice, and no withdrawal take
 * more capacity than remains.
 */
@Component
public class LedgerChecks {

  static final int FIRST_YEAR = 1990;

  private final RecognitionStore recognitions;
  private final LedgerStore ledger;
  private final ReportingService reporting;
  private final PlanCatalog plans;

  LedgerChecks(
      RecognitionStore recognitions,
      LedgerStore ledger,
      ReportingService reporting,
      PlanCatalog plans) {
    this.recognitions = recognitions;
    this.ledger = ledger;
    this.reporting = reporting;
    this.plans = plans;
  }

  /** The records ready to store, and why any could not be. */
  public record Checked<T>(List<T> records, List<ImportError> errors) {}

  /** A recognition ready to store with the key that tells one holder from another. */
  public record ResolvedRecognition(Recognition recognition, String holderKey) {}

  public Checked<ResolvedRecognition> recognitions(
      List<Numbered<NewRecognition>> rows, DataScope scope, boolean synthetic) {
    Map<String, Programme> programmes =
        recognitions.programmes().stream()
            .collect(Collectors.toMap(Programme::code, Function.identity()));
    Map<String, Place> zones = zones();
    Set<String> regions = plans.regionCodes();
    Map<String, Optional<Enterprise>> enterprises = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<ResolvedRecognition> ok = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    int thisYear = LocalDate.now().getYear();
    for (Numbered<NewRecognition> row : rows) {
      NewRecognition r = row.record();
      int before = errors.size();
      Programme programme = programmes.get(blankToEmpty(r.programmeCode()));
      if (programme == null) {
        errors.add(
            error(
                row,
                "programme",
                "programme.unknown",
                "没有代码为“" + r.programmeCode() + "”的项目",
                "no programme has the code \"" + r.programmeCode() + "\""));
      } else if (!programme.levels().contains(r.level())) {
        errors.add(
            error(
                row,
                "level",
                "level.unknown",
                "级别“" + r.level() + "”不是该项目的级别（" + String.join("、", programme.levels()) + "）",
                "\""
                    + r.level()
                    + "\" is not a level of this programme ("
                    + String.join(", ", programme.levels())
                    + ")"));
      }
      if (r.yearGranted() < FIRST_YEAR || r.yearGranted() > thisYear) {
        errors.add(yearOutOfRange(row, "yearGranted", r.yearGranted(), thisYear));
      }
      if (r.yearWithdrawn() != null) {
        if (r.yearWithdrawn() < FIRST_YEAR || r.yearWithdrawn() > thisYear) {
          errors.add(yearOutOfRange(row, "yearWithdrawn", r.yearWithdrawn(), thisYear));
        } else if (r.yearWithdrawn() < r.yearGranted()) {
          errors.add(
              error(
                  row,
                  "yearWithdrawn",
                  "year.withdrawn_before_granted",
                  "撤销年份 " + r.yearWithdrawn() + " 早于认定年份 " + r.yearGranted(),
                  "withdrawn in "
                      + r.yearWithdrawn()
                      + ", before it was granted in "
                      + r.yearGranted()));
        }
      }
      // the holder: an enterprise of the registry, a zone of the plan, or a named park in a region
      String holderName = null;
      String holderKey = null;
      String region = null;
      String industry = null;
      String enterpriseCode = emptyToNull(r.enterpriseCode());
      String zoneCode = emptyToNull(r.zoneCode());
      String parkName = emptyToNull(r.parkName());
      boolean zoneHolder = zoneCode != null || parkName != null;
      if (programme != null
          && (programme.holderKind() == Programme.HolderKind.ENTERPRISE) == zoneHolder) {
        errors.add(
            programme.holderKind() == Programme.HolderKind.ENTERPRISE
                ? error(
                    row,
                    "enterpriseCode",
                    "holder.enterprise_required",
                    "该项目认定企业：请填写企业统一社会信用代码，不填园区",
                    "this programme recognises enterprises: give a credit code, not a zone")
                : error(
                    row,
                    "zoneCode",
                    "holder.zone_required",
                    "该项目认定园区：请填写规划的开发区代码，或园区名称及行政区划代码",
                    "this programme recognises zones: give a development zone's code, or a park's"
                        + " name and region code"));
      } else if (enterpriseCode != null) {
        Optional<Enterprise> enterprise =
            enterprises.computeIfAbsent(enterpriseCode, reporting::enterprise);
        if (enterprise.isEmpty()) {
          errors.add(
              error(
                  row,
                  "enterpriseCode",
                  "enterprise.unknown",
                  "企业名录中没有统一社会信用代码为 " + enterpriseCode + " 的企业",
                  "no enterprise with the credit code " + enterpriseCode + " is registered"));
        } else {
          holderName = enterprise.get().name();
          holderKey = enterpriseCode;
          region = enterprise.get().regionCode().value();
          industry = enterprise.get().industryCode().value();
        }
      } else if (zoneCode != null) {
        Place zone = zones.get(zoneCode);
        if (zone == null || zone.regions().isEmpty()) {
          errors.add(
              error(
                  row,
                  "zoneCode",
                  "zone.unknown",
                  "规划中没有代码为“" + zoneCode + "”的开发区",
                  "the plan has no development zone with the code \"" + zoneCode + "\""));
        } else {
          holderName = zone.nameZh();
          holderKey = "zone:" + zoneCode;
          region = zone.regions().get(0);
        }
      } else if (parkName != null) {
        String given = blankToEmpty(r.regionCode());
        if (!regions.contains(given)) {
          errors.add(
              error(
                  row,
                  "regionCode",
                  "region.unknown",
                  "园区的行政区划代码“" + given + "”不是规划中的地区",
                  "the park's region code \"" + given + "\" is not a region of the plan"));
        } else {
          holderName = parkName;
          holderKey = "park:" + given + ":" + parkName;
          region = given;
        }
      } else {
        errors.add(
            error(
                row,
                "enterpriseCode",
                "holder.missing",
                "未填写认定对象（企业统一社会信用代码或园区）",
                "no holder given (an enterprise's credit code or a zone)"));
      }
      if (region != null && !(scope.mayChange() && scope.coversRegion(region))) {
        errors.add(outsideScope(row, "enterpriseCode"));
      }
      if (errors.size() > before || programme == null || holderKey == null) {
        continue;
      }
      String key = programme.code() + "|" + holderKey + "|" + r.level() + "|" + r.yearGranted();
      if (!seen.add(key)
          || recognitions.exists(programme.code(), holderKey, r.level(), r.yearGranted())) {
        errors.add(
            error(
                row,
                "yearGranted",
                "recognition.duplicate",
                holderName + " 的这一认定（" + programme.nameZh() + "，" + r.yearGranted() + "年）已登记",
                "this recognition of "
                    + holderName
                    + " ("
                    + programme.nameEn()
                    + ", "
                    + r.yearGranted()
                    + ") is recorded already"));
        continue;
      }
      ok.add(
          new ResolvedRecognition(
              new Recognition(
                  0,
                  programme.code(),
                  enterpriseCode,
                  zoneCode,
                  holderName,
                  region,
                  industry,
                  r.level(),
                  r.yearGranted(),
                  r.yearWithdrawn(),
                  blankToEmpty(r.documentNumber()),
                  synthetic),
              holderKey));
    }
    return new Checked<>(ok, errors);
  }

  public Checked<CapacityStatement> statements(
      List<Numbered<NewCapacity>> rows, DataScope scope, boolean synthetic) {
    Map<String, CapacityProduct> products = products();
    Map<String, Optional<Enterprise>> enterprises = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<CapacityStatement> ok = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    for (Numbered<NewCapacity> row : rows) {
      NewCapacity c = row.record();
      int before = errors.size();
      if (!products.containsKey(c.productCode())) {
        errors.add(unknownProduct(row, c.productCode()));
      }
      if (c.capacity().signum() < 0) {
        errors.add(
            error(
                row,
                "capacity",
                "capacity.negative",
                "产能不能为负数：" + c.capacity().toPlainString(),
                "a capacity cannot be negative: " + c.capacity().toPlainString()));
      }
      checkDate(row, "asOf", c.asOf(), errors);
      Enterprise enterprise = enterprise(row, c.enterpriseCode(), enterprises, scope, errors);
      if (errors.size() > before || enterprise == null) {
        continue;
      }
      String key = c.productCode() + "|" + c.enterpriseCode() + "|" + c.asOf();
      boolean stored =
          ledger.statementsOf(c.productCode(), c.enterpriseCode()).stream()
              .anyMatch(s -> s.asOf().equals(c.asOf()));
      if (!seen.add(key) || stored) {
        errors.add(
            error(
                row,
                "asOf",
                "capacity.duplicate",
                enterprise.name() + " 截至 " + c.asOf() + " 的产能已登记",
                "the capacity of "
                    + enterprise.name()
                    + " as of "
                    + c.asOf()
                    + " is recorded already"));
        continue;
      }
      ok.add(
          new CapacityStatement(
              0,
              c.productCode(),
              c.enterpriseCode(),
              enterprise.name(),
              enterprise.regionCode().value(),
              enterprise.industryCode().value(),
              c.capacity(),
              c.asOf(),
              blankToEmpty(c.documentNumber()),
              synthetic));
    }
    return new Checked<>(ok, errors);
  }

  /**
   * Withdrawals, each against the capacity that remains once the stored withdrawals and the rows
   * before it in the same batch are taken: {@code pendingStatements} are statements of the same
   * batch, not yet stored.
   */
  public Checked<Withdrawal> withdrawals(
      List<Numbered<NewWithdrawal>> rows,
      List<CapacityStatement> pendingStatements,
      DataScope scope,
      boolean synthetic) {
    Map<String, CapacityProduct> products = products();
    Map<String, Optional<Enterprise>> enterprises = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<Withdrawal> ok = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    for (Numbered<NewWithdrawal> row : rows) {
      NewWithdrawal w = row.record();
      int before = errors.size();
      if (!products.containsKey(w.productCode())) {
        errors.add(unknownProduct(row, w.productCode()));
      }
      if (w.amount().signum() <= 0) {
        errors.add(
            error(
                row,
                "amount",
                "withdrawal.not_positive",
                "退出产能应大于 0：" + w.amount().toPlainString(),
                "the capacity withdrawn must be more than 0: " + w.amount().toPlainString()));
      }
      if (blankToEmpty(w.documentNumber()).isBlank()) {
        errors.add(
            error(
                row,
                "documentNumber",
                "withdrawal.no_document",
                "未填写退出依据的文号",
                "no document number for the withdrawal"));
      }
      checkDate(row, "withdrawnOn", w.withdrawnOn(), errors);
      Enterprise enterprise = enterprise(row, w.enterpriseCode(), enterprises, scope, errors);
      if (errors.size() > before || enterprise == null) {
        continue;
      }
      String key =
          w.productCode()
              + "|"
              + w.enterpriseCode()
              + "|"
              + w.withdrawnOn()
              + "|"
              + w.documentNumber();
      List<Withdrawal> stored = ledger.withdrawalsOf(w.productCode(), w.enterpriseCode());
      boolean duplicate =
          stored.stream()
              .anyMatch(
                  s ->
                      s.withdrawnOn().equals(w.withdrawnOn())
                          && s.documentNumber().equals(w.documentNumber()));
      if (!seen.add(key) || duplicate) {
        errors.add(
            error(
                row,
                "documentNumber",
                "withdrawal.duplicate",
                "这笔退出（" + w.withdrawnOn() + "，" + w.documentNumber() + "）已登记",
                "this withdrawal ("
                    + w.withdrawnOn()
                    + ", "
                    + w.documentNumber()
                    + ") is recorded already"));
        continue;
      }
      List<CapacityStatement> statements =
          new ArrayList<>(ledger.statementsOf(w.productCode(), w.enterpriseCode()));
      pendingStatements.stream()
          .filter(s -> s.productCode().equals(w.productCode()))
          .filter(s -> s.enterpriseCode().equals(w.enterpriseCode()))
          .forEach(statements::add);
      List<Withdrawal> earlier = new ArrayList<>(stored);
      ok.stream()
          .filter(o -> o.productCode().equals(w.productCode()))
          .filter(o -> o.enterpriseCode().equals(w.enterpriseCode()))
          .forEach(earlier::add);
      Optional<BigDecimal> remaining =
          new LedgerTimeline(statements, earlier)
              .remainingAfter(w.enterpriseCode(), w.withdrawnOn(), w.amount());
      if (remaining.isEmpty()) {
        errors.add(
            error(
                row,
                "withdrawnOn",
                "withdrawal.no_capacity",
                enterprise.name() + " 在 " + w.withdrawnOn() + " 之前没有登记该产品的产能",
                enterprise.name()
                    + " has no capacity of the product recorded by "
                    + w.withdrawnOn()));
        continue;
      }
      if (remaining.get().signum() < 0) {
        BigDecimal left = remaining.get().add(w.amount());
        errors.add(
            error(
                row,
                "amount",
                "withdrawal.exceeds_capacity",
                "退出 " + w.amount().toPlainString() + " 超过剩余产能 " + left.toPlainString(),
                "withdrawing "
                    + w.amount().toPlainString()
                    + " exceeds the remaining capacity "
                    + left.toPlainString()));
        continue;
      }
      ok.add(
          new Withdrawal(
              0,
              w.productCode(),
              w.enterpriseCode(),
              enterprise.name(),
              enterprise.regionCode().value(),
              w.withdrawnOn(),
              w.amount(),
              w.documentNumber().strip(),
              synthetic));
    }
    return new Checked<>(ok, errors);
  }

  /** The plan's development zones by code, of every stored plan. */
  public Map<String, Place> zones() {
    Map<String, Place> zones = new HashMap<>();
    plans.plans().stream()
        .flatMap(summary -> plans.plan(summary.id()).stream())
        .flatMap(plan -> plan.places(PlaceKind.DEVELOPMENT_ZONE).stream())
        .forEach(place -> zones.putIfAbsent(place.code(), place));
    return zones;
  }

  private Map<String, CapacityProduct> products() {
    return ledger.products().stream()
        .collect(Collectors.toMap(CapacityProduct::code, Function.identity()));
  }

  private @Nullable Enterprise enterprise(
      Numbered<?> row,
      String code,
      Map<String, Optional<Enterprise>> cache,
      DataScope scope,
      List<ImportError> errors) {
    Optional<Enterprise> found = cache.computeIfAbsent(blankToEmpty(code), reporting::enterprise);
    if (found.isEmpty()) {
      errors.add(
          error(
              row,
              "enterpriseCode",
              "enterprise.unknown",
              "企业名录中没有统一社会信用代码为 " + code + " 的企业",
              "no enterprise with the credit code " + code + " is registered"));
      return null;
    }
    if (!(scope.mayChange() && scope.coversRegion(found.get().regionCode().value()))) {
      errors.add(outsideScope(row, "enterpriseCode"));
      return null;
    }
    return found.get();
  }

  private static void checkDate(
      Numbered<?> row, String field, LocalDate date, List<ImportError> errors) {
    if (date.getYear() < FIRST_YEAR || date.isAfter(LocalDate.now())) {
      errors.add(
          error(
              row,
              field,
              "date.out_of_range",
              "日期 " + date + " 不在 " + FIRST_YEAR + " 年至今天之间",
              "the date " + date + " is not between " + FIRST_YEAR + " and today"));
    }
  }

  private static ImportError yearOutOfRange(Numbered<?> row, String field, int year, int thisYear) {
    return error(
        row,
        field,
        "year.out_of_range",
        "年份 " + year + " 不在 " + FIRST_YEAR + "–" + thisYear + " 之间",
        "the year " + year + " is not between " + FIRST_YEAR + " and " + thisYear);
  }

  private static ImportError unknownProduct(Numbered<?> row, String code) {
    return error(
        row,
        "productCode",
        "product.unknown",
        "产能台账中没有代码为“" + code + "”的产品",
        "the ledger keeps no product with the code \"" + code + "\"");
  }

  private static ImportError outsideScope(Numbered<?> row, String field) {
    return error(
        row,
        field,
        "scope.outside",
        "该企业或园区不在您可以修改的范围内",
        "this enterprise or zone is outside what you may change");
  }

  private static ImportError error(
      Numbered<?> row, String field, String code, String messageZh, String messageEn) {
    return new ImportError(row.row(), field, code, messageZh, messageEn);
  }

  private static String blankToEmpty(@Nullable String text) {
    return text == null ? "" : text.strip();
  }

  private static @Nullable String emptyToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
