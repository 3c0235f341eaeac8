package dev.longyuan.market.internal;

import dev.longyuan.market.Demand;
import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.Supply;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules a demand or a supply must meet, each problem naming the row, the field and the reason
 * in Chinese and English, so that the API, the form and the workbook import refuse alike. A
 * demand's owner (project, enterprise) and scope are the facade's to check.
 */
public final class MarketChecks {

  private final Categories categories;
  private final Set<String> planRegions;
  private final Function<String, Optional<Enterprise>> registry;
  private final LocalDate today;

  public MarketChecks(
      Categories categories,
      Set<String> planRegions,
      Function<String, Optional<Enterprise>> registry,
      LocalDate today) {
    this.categories = categories;
    this.planRegions = planRegions;
    this.registry = registry;
    this.today = today;
  }

  /** A checked value, or the problems that refused it. */
  public record Checked<T>(@Nullable T value, List<ImportError> problems) {}

  public Checked<Demand> demand(int row, DemandDraft d, String actor) {
    List<ImportError> problems = new ArrayList<>();
    String title = text(row, "title", "需求名称", "title", d.title(), 200, problems);
    String category = category(row, d.categoryCode(), problems);
    BigDecimal quantity = positive(row, "quantity", "数量", "quantity", d.quantity(), problems);
    String unit = text(row, "unit", "单位", "unit", d.unit(), 20, problems);
    String region = region(row, "deliveryRegionCode", d.deliveryRegionCode(), false, problems);
    if (d.deliverBy() == null) {
      problems.add(problem(row, "deliverBy", "required", "缺少交货日期", "the delivery date is missing"));
    } else if (!d.deliverBy().isAfter(today)) {
      problems.add(
          problem(
              row,
              "deliverBy",
              "deliverBy.past",
              "交货日期 " + d.deliverBy() + " 须晚于今天",
              "the delivery date " + d.deliverBy() + " must be after today"));
    }
    if (d.budget() != null && d.budget().signum() < 0) {
      problems.add(
          problem(row, "budget", "budget.negative", "预算不能为负", "the budget cannot be negative"));
    }
    String enterprise = null;
    if (d.enterpriseCode() != null && !d.enterpriseCode().isBlank()) {
      enterprise =
          registered(row, d.enterpriseCode().strip(), problems)
              .map(e -> e.creditCode().value())
              .orElse(null);
    }
    if (!problems.isEmpty()) {
      return new Checked<>(null, problems);
    }
    return new Checked<>(
        new Demand(
            0,
            title,
            blankless(d.specification()),
            category,
            quantity,
            unit,
            region,
            blankless(d.deliveryPlace()),
            today,
            d.deliverBy(),
            d.budget(),
            blankless(d.contact()),
            null,
            enterprise,
            region,
            actor),
        problems);
  }

  public Checked<Supply> supply(int row, SupplyDraft s) {
    List<ImportError> problems = new ArrayList<>();
    Optional<Enterprise> enterprise = Optional.empty();
    if (s.enterpriseCode() == null || s.enterpriseCode().isBlank()) {
      problems.add(
          problem(
              row,
              "enterpriseCode",
              "required",
              "缺少企业统一社会信用代码",
              "the enterprise's credit code is missing"));
    } else {
      enterprise = registered(row, s.enterpriseCode().strip(), problems);
      if (enterprise.isPresent() && !enterprise.get().regionCode().value().startsWith("62")) {
        problems.add(
            problem(
                row,
                "enterpriseCode",
                "enterprise.outside",
                "只有省内企业可以发布供给",
                "only enterprises in the province post supplies"));
      }
    }
    String product = text(row, "product", "产品名称", "product", s.product(), 200, problems);
    String category = category(row, s.categoryCode(), problems);
    BigDecimal capacity =
        positive(row, "monthlyCapacity", "月产能", "monthly capacity", s.monthlyCapacity(), problems);
    String unit = text(row, "unit", "单位", "unit", s.unit(), 20, problems);
    String region =
        s.regionCode() == null || s.regionCode().isBlank()
            ? enterprise.map(e -> e.regionCode().value()).orElse("")
            : region(row, "regionCode", s.regionCode(), true, problems);
    if (s.priceMin() != null && s.priceMin().signum() < 0
        || s.priceMax() != null && s.priceMax().signum() < 0) {
      problems.add(
          problem(row, "priceMin", "price.negative", "价格不能为负", "a price cannot be negative"));
    } else if (s.priceMin() != null
        && s.priceMax() != null
        && s.priceMax().compareTo(s.priceMin()) < 0) {
      problems.add(
          problem(
              row,
              "priceMax",
              "price.range",
              "最高价 " + s.priceMax() + " 低于最低价 " + s.priceMin(),
              "the highest price " + s.priceMax() + " is below the lowest " + s.priceMin()));
    }
    if (!problems.isEmpty()) {
      return new Checked<>(null, problems);
    }
    return new Checked<>(
        new Supply(
            0,
            enterprise.get().creditCode().value(),
            enterprise.get().name(),
            product,
            blankless(s.specification()),
            category,
            capacity,
            unit,
            region,
            s.priceMin(),
            s.priceMax(),
            blankless(s.certifications()),
            s.availableFrom() == null ? today : s.availableFrom()),
        problems);
  }

  private Optional<Enterprise> registered(int row, String code, List<ImportError> problems) {
    Optional<Enterprise> found = registry.apply(code);
    if (found.isEmpty()) {
      problems.add(
          problem(
              row,
              "enterpriseCode",
              "enterprise.unknown",
              "企业名录中没有统一社会信用代码为 " + code + " 的企业",
              "no registered enterprise has the credit code " + code));
    }
    return found;
  }

  private String category(int row, @Nullable String code, List<ImportError> problems) {
    if (code == null || code.isBlank()) {
      problems.add(
          problem(row, "categoryCode", "required", "缺少类别代码", "the category code is missing"));
      return "";
    }
    String stripped = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (categories.find(stripped).isEmpty()) {
      problems.add(
          problem(
              row,
              "categoryCode",
              "category.unknown",
              stripped + " 不是 GB/T 4754-2017 行业代码（如 C3311），也不是已收录的 GB/T 50851-2013 类别下的工料机代码",
              stripped
                  + " is neither a GB/T 4754-2017 industry code (such as C3311) nor a GB/T"
                  + " 50851-2013 code under a class this platform lists"));
    }
    return stripped;
  }

  private String region(
      int row,
      String field,
      @Nullable String code,
      boolean inProvince,
      List<ImportError> problems) {
    if (code == null || code.isBlank()) {
      problems.add(problem(row, field, "required", "缺少地区代码", "the region code is missing"));
      return "";
    }
    String stripped = code.strip();
    boolean gansu = stripped.startsWith("62");
    if (!RegionCode.isValid(stripped) || (gansu && !planRegions.contains(stripped))) {
      problems.add(
          problem(
              row,
              field,
              "region.unknown",
              stripped + " 不是行政区划代码（GB/T 2260）",
              stripped + " is not a GB/T 2260 region code"));
    } else if (inProvince && !gansu) {
      problems.add(
          problem(
              row, field, "region.outside", "供给须从省内发货", "a supply must ship from the province"));
    }
    return stripped;
  }

  private static String text(
      int row,
      String field,
      String nameZh,
      String nameEn,
      @Nullable String value,
      int max,
      List<ImportError> problems) {
    if (value == null || value.isBlank()) {
      problems.add(problem(row, field, "required", "缺少" + nameZh, "the " + nameEn + " is missing"));
      return "";
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      problems.add(
          problem(
              row,
              field,
              "too.long",
              nameZh + "超过 " + max + " 个字符",
              "the " + nameEn + " is longer than " + max + " characters"));
    }
    return stripped;
  }

  private static BigDecimal positive(
      int row,
      String field,
      String nameZh,
      String nameEn,
      @Nullable BigDecimal value,
      List<ImportError> problems) {
    if (value == null) {
      problems.add(problem(row, field, "required", "缺少" + nameZh, "the " + nameEn + " is missing"));
      return BigDecimal.ZERO;
    }
    if (value.signum() <= 0) {
      problems.add(
          problem(
              row, field, "not.positive", nameZh + "须大于 0", "the " + nameEn + " must be above 0"));
    }
    return value;
  }

  private static String blankless(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  static ImportError problem(int row, String field, String code, String zh, String en) {
    return new ImportError(row, field, code, zh, en);
  }
}
