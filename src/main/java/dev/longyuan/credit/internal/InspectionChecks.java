package dev.longyuan.credit.internal;

import dev.longyuan.credit.Inspection;
import dev.longyuan.credit.InspectionDraft;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks inspection results whole: every problem of every row is named with its row, field and
 * reason, and none is recorded unless all pass. A row's result is {@code pass} or {@code fail} (合格
 * or 不合格); a failed one names at least one item failed, a passed one none; the date is not in the
 * future; the enterprise is registered; a file names each batch once.
 */
public final class InspectionChecks {

  private final Map<String, Enterprise> registered;
  private final LocalDate today;

  /** The registered enterprises among the codes the rows name, by credit code. */
  public InspectionChecks(Map<String, Enterprise> registered, LocalDate today) {
    this.registered = registered;
    this.today = today;
  }

  /** A row of a file or a single request (row 0), unchecked. */
  public record Numbered(int row, InspectionDraft draft) {}

  /** The checked inspections, or the problems; never both. */
  public record Result(List<Inspection> inspections, List<ImportError> errors) {}

  public Result check(List<Numbered> rows) {
    List<ImportError> errors = new ArrayList<>();
    List<Inspection> inspections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Numbered numbered : rows) {
      int row = numbered.row();
      InspectionDraft d = numbered.draft();
      int before = errors.size();
      String code = required(row, "enterpriseCode", "统一社会信用代码", d.enterpriseCode(), errors);
      Enterprise enterprise = null;
      if (code != null) {
        if (!CreditCode.isValid(code)) {
          errors.add(
              new ImportError(
                  row,
                  "enterpriseCode",
                  "enterprise.code_invalid",
                  "统一社会信用代码无效：" + CreditCode.problemZh(code).orElse(""),
                  "the credit code is not valid: " + CreditCode.problemEn(code).orElse("")));
        } else {
          enterprise = registered.get(code);
          if (enterprise == null) {
            errors.add(
                new ImportError(
                    row,
                    "enterpriseCode",
                    "enterprise.unregistered",
                    "登记名录中没有统一社会信用代码为 " + code + " 的企业",
                    "no registered enterprise has the credit code " + code));
          }
        }
      }
      String product = required(row, "product", "产品名称", d.product(), errors);
      String batch = required(row, "batch", "批次", d.batch(), errors);
      String authority = required(row, "authority", "抽查机关", d.authority(), errors);
      Boolean passed = result(row, d.result(), errors);
      List<String> items =
          d.itemsFailed() == null
              ? List.of()
              : d.itemsFailed().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (Boolean.TRUE.equals(passed) && !items.isEmpty()) {
        errors.add(
            new ImportError(
                row,
                "itemsFailed",
                "inspection.items_when_passed",
                "结果为合格，不应填写不合格项目",
                "a passed inspection names no failed items"));
      }
      if (Boolean.FALSE.equals(passed) && items.isEmpty()) {
        errors.add(
            new ImportError(
                row,
                "itemsFailed",
                "inspection.items_missing",
                "结果为不合格，须填写至少一个不合格项目",
                "a failed inspection names at least one failed item"));
      }
      LocalDate date = date(row, d.date(), errors);
      if (code != null && product != null && batch != null && date != null && authority != null) {
        String key = String.join("\u0000", code, product, batch, date.toString(), authority);
        if (!seen.add(key)) {
          errors.add(
              new ImportError(
                  row,
                  "batch",
                  "inspection.duplicate",
                  "同一企业同一产品批次的同一次抽查在文件中出现了不止一次",
                  "the same inspection of this batch appears more than once in the file"));
        }
      }
      if (errors.size() == before) {
        inspections.add(
            new Inspection(
                0,
                code,
                enterprise.industryCode().value(),
                product,
                batch,
                passed,
                items,
                date,
                authority));
      }
    }
    return errors.isEmpty() ? new Result(inspections, List.of()) : new Result(List.of(), errors);
  }

  private static @Nullable String required(
      int row, String field, String nameZh, @Nullable String value, List<ImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(
          new ImportError(row, field, "field.required", nameZh + "不能为空", field + " is required"));
      return null;
    }
    return value.strip();
  }

  private static @Nullable Boolean result(
      int row, @Nullable String value, List<ImportError> errors) {
    String v = value == null ? "" : value.strip();
    switch (v) {
      case "pass", "合格" -> {
        return true;
      }
      case "fail", "不合格" -> {
        return false;
      }
      default -> {
        errors.add(
            new ImportError(
                row,
                "result",
                "inspection.result_invalid",
                "抽查结果应为“合格”（pass）或“不合格”（fail），此处为“" + v + "”",
                "the result is pass or fail, not \"" + v + "\""));
        return null;
      }
    }
  }

  private @Nullable LocalDate date(int row, @Nullable String value, List<ImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new ImportError(row, "date", "field.required", "抽查日期不能为空", "date is required"));
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.isAfter(today)) {
        errors.add(
            new ImportError(
                row,
                "date",
                "inspection.date_future",
                "抽查日期 " + date + " 晚于今天",
                "the date " + date + " is after today"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(
          new ImportError(
              row,
              "date",
              "date.invalid",
              "日期“" + value + "”不是 YYYY-MM-DD 格式",
              "the date \"" + value + "\" is not YYYY-MM-DD"));
      return null;
    }
  }
}
