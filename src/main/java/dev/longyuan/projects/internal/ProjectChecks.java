package dev.longyuan.projects.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.projects.Project;
import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.ProjectStatus;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.IndustryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a project and its yearly plans must keep, written once for the forms, the API and the
 * imports (a milestone's and a report's are {@link ProgressChecks}). Each broken rule is one
 * problem naming the row (0 outside a file), the field, a stable code and the reason in Chinese and
 * English. Rules that need other rows or the stored data (duplicate codes, sums against the total)
 * are the callers'.
 */
public final class ProjectChecks {

  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private final Plan plan;
  private final Function<String, Optional<Enterprise>> registry;
  private final LocalDate today;

  public ProjectChecks(
      Plan plan, Function<String, Optional<Enterprise>> registry, LocalDate today) {
    this.plan = plan;
    this.registry = registry;
    this.today = today;
  }

  /** A project checked: the project to store, or the problems that refuse it. */
  public record Checked(@Nullable Project project, List<ImportError> problems) {}

  public Checked project(int row, ProjectDraft d, boolean synthetic) {
    List<ImportError> problems = new ArrayList<>();
    String code = blankless(d.code());
    if (code == null) {
      problems.add(missing(row, "code", "项目编号", "project code"));
    } else if (!CODE.matcher(code).matches()) {
      problems.add(
          error(
              row,
              "code",
              "code.invalid",
              "项目编号须为 1–40 位字母、数字、- 或 _：" + code,
              "the project code must be 1–40 letters, digits, - or _: " + code));
    }
    String name = blankless(d.name());
    if (name == null) {
      problems.add(missing(row, "name", "项目名称", "project name"));
    } else if (name.length() > 200) {
      problems.add(
          error(row, "name", "name.too_long", "项目名称超过 200 字", "the name is over 200 characters"));
    }
    String ownerCode = blankless(d.ownerCreditCode());
    String ownerName = blankless(d.ownerName());
    if (ownerCode != null) {
      Optional<Enterprise> owner =
          CreditCode.isValid(ownerCode) ? registry.apply(ownerCode) : Optional.empty();
      if (!CreditCode.isValid(ownerCode)) {
        problems.add(
            error(
                row,
                "ownerCreditCode",
                "owner.invalid",
                "业主单位统一社会信用代码有误：" + CreditCode.problemZh(ownerCode).orElse(ownerCode),
                "the owner's credit code is wrong: "
                    + CreditCode.problemEn(ownerCode).orElse(ownerCode)));
      } else if (owner.isEmpty()) {
        problems.add(
            error(
                row,
                "ownerCreditCode",
                "owner.unknown",
                "企业名录中没有统一社会信用代码为 " + ownerCode + " 的企业",
                "no enterprise in the registry has the credit code " + ownerCode));
      } else {
        ownerName = owner.get().name();
      }
    } else if (ownerName == null) {
      problems.add(
          error(
              row,
              "ownerName",
              "owner.missing",
              "须填写业主单位的统一社会信用代码或名称",
              "give the owner's credit code or name"));
    }
    String region = blankless(d.regionCode());
    if (region == null) {
      problems.add(missing(row, "regionCode", "所在地区", "region"));
    } else {
      Optional<Region> known = plan.region(region);
      if (known.isEmpty()) {
        problems.add(
            error(
                row,
                "regionCode",
                "region.unknown",
                "规划中没有地区代码 " + region,
                "the plan has no region " + region));
      } else if (!countyLevel(plan, known.get())) {
        problems.add(
            error(
                row,
                "regionCode",
                "region.not_county",
                "项目须落在县（区）：" + region + " 是" + known.get().nameZh(),
                "a project lies in a county: " + region + " is " + known.get().nameEn()));
      }
    }
    String sector = blankless(d.sector());
    String industry = blankless(d.industryCode());
    if (sector == null && industry == null) {
      problems.add(
          error(
              row,
              "sector",
              "sector.missing",
              "须填写规划行业代码或国民经济行业代码",
              "give the plan's sector code or a GB/T 4754-2017 code"));
    }
    if (sector != null && plan.sector(sector).isEmpty()) {
      problems.add(
          error(
              row,
              "sector",
              "sector.unknown",
              "规划中没有行业代码 " + sector,
              "the plan has no sector " + sector));
    }
    if (industry != null && !IndustryCode.isValid(industry)) {
      problems.add(
          error(
              row,
              "industryCode",
              "industry.invalid",
              "不是 GB/T 4754-2017 行业代码：" + industry,
              "not a GB/T 4754-2017 code: " + industry));
    }
    String chain = place(row, problems, "chain", d.chain(), PlaceKind.INDUSTRY_CHAIN, "产业链");
    String base = place(row, problems, "base", d.base(), PlaceKind.INDUSTRIAL_BASE, "产业基地");
    String zone = place(row, problems, "zone", d.zone(), PlaceKind.DEVELOPMENT_ZONE, "开发区");
    BigDecimal total = d.totalInvestment();
    if (total == null) {
      problems.add(missing(row, "totalInvestment", "总投资", "total investment"));
    } else if (total.signum() <= 0) {
      problems.add(
          error(
              row,
              "totalInvestment",
              "investment.not_positive",
              "总投资须大于 0：" + total.toPlainString(),
              "the total investment must be above 0: " + total.toPlainString()));
    }
    if (d.startDate() == null) {
      problems.add(missing(row, "startDate", "开工日期", "start date"));
    }
    if (d.plannedFinish() == null) {
      problems.add(missing(row, "plannedFinish", "计划竣工日期", "planned finish date"));
    }
    if (d.startDate() != null
        && d.plannedFinish() != null
        && d.plannedFinish().isBefore(d.startDate())) {
      problems.add(
          error(
              row,
              "plannedFinish",
              "finish.before_start",
              "计划竣工日期 " + d.plannedFinish() + " 早于开工日期 " + d.startDate(),
              "the planned finish " + d.plannedFinish() + " is before the start " + d.startDate()));
    }
    Optional<ProjectStatus> status =
        d.status() == null ? Optional.empty() : ProjectStatus.parse(d.status());
    if (blankless(d.status()) == null) {
      problems.add(missing(row, "status", "状态", "status"));
    } else if (status.isEmpty()) {
      problems.add(
          error(
              row,
              "status",
              "status.unknown",
              "状态须为 前期、在建、竣工 或 停缓建：" + d.status(),
              "the status must be preparing, building, completed or suspended: " + d.status()));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(
        new Project(
            code,
            plan.id(),
            name,
            ownerCode,
            ownerName,
            region,
            sector,
            industry,
            chain,
            base,
            zone,
            total,
            d.startDate(),
            d.plannedFinish(),
            status.orElseThrow(),
            synthetic),
        List.of());
  }

  /** A year's plan: within the project's years, not negative. */
  public List<ImportError> yearPlan(int row, Project p, int year, @Nullable BigDecimal planned) {
    List<ImportError> problems = new ArrayList<>();
    if (year < p.startDate().getYear() || year > p.plannedFinish().getYear()) {
      problems.add(
          error(
              row,
              "year",
              "year.outside_project",
              year
                  + " 年不在项目 "
                  + p.code()
                  + " 的建设期（"
                  + p.startDate().getYear()
                  + "–"
                  + p.plannedFinish().getYear()
                  + "）内",
              year
                  + " is outside project "
                  + p.code()
                  + "'s years ("
                  + p.startDate().getYear()
                  + "–"
                  + p.plannedFinish().getYear()
                  + ")"));
    }
    if (planned == null) {
      problems.add(missing(row, "planned", "计划投资", "planned investment"));
    } else if (planned.signum() < 0) {
      problems.add(
          error(
              row,
              "planned",
              "investment.negative",
              "计划投资不能为负：" + planned.toPlainString(),
              "the planned investment cannot be negative: " + planned.toPlainString()));
    }
    return problems;
  }

  /** The sum of a project's planned investment against its total. */
  public List<ImportError> plannedWithinTotal(int row, Project p, BigDecimal plannedSum) {
    if (plannedSum.compareTo(p.totalInvestment()) <= 0) {
      return List.of();
    }
    return List.of(
        error(
            row,
            "planned",
            "planned.above_total",
            "项目 "
                + p.code()
                + " 各年计划投资合计 "
                + plannedSum.toPlainString()
                + " 万元，超过总投资 "
                + p.totalInvestment().toPlainString()
                + " 万元",
            "project "
                + p.code()
                + "'s planned investment sums to "
                + plannedSum.toPlainString()
                + " (10k yuan), above its total "
                + p.totalInvestment().toPlainString()));
  }

  /**
   * Whether a project may lie in the region: a county, a state-level new area, or a city with no
   * counties under it (嘉峪关市).
   */
  public static boolean countyLevel(Plan plan, Region region) {
    return switch (region.level()) {
      case COUNTY, NEW_AREA -> true;
      case PREFECTURE ->
          plan.regions().stream()
              .noneMatch(r -> r.level() == RegionLevel.COUNTY && region.code().equals(r.parent()));
      case PROVINCE -> false;
    };
  }

  private @Nullable String place(
      int row,
      List<ImportError> problems,
      String field,
      @Nullable String code,
      PlaceKind kind,
      String wordZh) {
    String given = blankless(code);
    if (given == null) {
      return null;
    }
    Optional<Place> place = plan.place(given).filter(p -> p.kind() == kind);
    if (place.isEmpty()) {
      problems.add(
          error(
              row,
              field,
              field + ".unknown",
              "规划中没有" + wordZh + "代码 " + given,
              "the plan has no " + kind.word().replace('_', ' ') + " " + given));
    }
    return given;
  }

  static @Nullable String blankless(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static ImportError missing(int row, String field, String nameZh, String nameEn) {
    return error(row, field, "field.missing", "缺少" + nameZh, "the " + nameEn + " is missing");
  }

  public static ImportError error(int row, String field, String code, String zh, String en) {
    return new ImportError(row, field, code, zh, en);
  }
}
