package dev.longyuan.programs.internal;

import static dev.longyuan.programs.internal.RecognitionChecks.blankToEmpty;
import static dev.longyuan.programs.internal.RecognitionChecks.error;
import static dev.longyuan.programs.internal.RecognitionChecks.outsideScope;

import dev.longyuan.programs.CapacityProduct;
import dev.longyuan.programs.CapacityStatement;
import dev.longyuan.programs.NewCapacity;
import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Withdrawal;
import dev.longyuan.programs.internal.RecognitionChecks.Checked;
import dev.longyuan.programs.persistence.LedgerStore;
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
 * Checks capacity statements and withdrawals before they are stored, every one of them: the product
 * and the enterprise must exist and be in the scope, dates lie between 1990 and today, nothing be
 * recorded twice, and no withdrawal take more capacity than remains.
 */
@Component
public class CapacityChecks {

  private final LedgerStore ledger;
  private final ReportingService reporting;

  CapacityChecks(LedgerStore ledger, ReportingService reporting) {
    this.ledger = ledger;
    this.reporting = reporting;
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
    if (date.getYear() < RecognitionChecks.FIRST_YEAR || date.isAfter(LocalDate.now())) {
      errors.add(
          error(
              row,
              field,
              "date.out_of_range",
              "日期 " + date + " 不在 " + RecognitionChecks.FIRST_YEAR + " 年至今天之间",
              "the date "
                  + date
                  + " is not between "
                  + RecognitionChecks.FIRST_YEAR
                  + " and today"));
    }
  }

  private static ImportError unknownProduct(Numbered<?> row, String code) {
    return error(
        row,
        "productCode",
        "product.unknown",
        "产能台账中没有代码为“" + code + "”的产品",
        "the ledger keeps no product with the code \"" + code + "\"");
  }
}
