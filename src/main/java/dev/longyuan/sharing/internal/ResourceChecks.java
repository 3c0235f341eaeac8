package dev.longyuan.sharing.internal;

import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.sharing.Calendar;
import dev.longyuan.sharing.Level;
import dev.longyuan.sharing.Process;
import dev.longyuan.sharing.Resource;
import dev.longyuan.sharing.ResourceDraft;
import dev.longyuan.sharing.ResourceKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules a resource must meet, each problem naming the row, the field and the reason in Chinese
 * and English, so that the form, the API and the workbook refuse alike. Who may register it is the
 * facade's to check.
 */
public final class ResourceChecks {

  private final Set<String> planRegions;
  private final Function<String, Optional<Enterprise>> registry;
  private final Map<String, Process> processes;

  public ResourceChecks(
      Set<String> planRegions,
      Function<String, Optional<Enterprise>> registry,
      Map<String, Process> processes) {
    this.planRegions = planRegions;
    this.registry = registry;
    this.processes = processes;
  }

  /** A checked resource, or the problems that refused it. */
  public record Checked(@Nullable Resource resource, List<ImportError> problems) {}

  public Checked check(int row, ResourceDraft d) {
    List<ImportError> problems = new ArrayList<>();
    ResourceKind kind = null;
    if (blank(d.kind())) {
      problems.add(problem(row, "kind", "required", "缺少资源种类", "the kind is missing"));
    } else {
      kind = ResourceKind.parse(d.kind()).orElse(null);
      if (kind == null) {
        problems.add(
            problem(
                row,
                "kind",
                "kind.unknown",
                "未知资源种类“" + d.kind() + "”（应为 军工关键设备设施、大型科学仪器、检验检测能力 或 富余产能）",
                "unknown kind \"" + d.kind() + "\" (EQUIPMENT, INSTRUMENT, TESTING or CAPACITY)"));
      }
    }
    String name = text(row, "name", "名称", "name", d.name(), 200, problems);
    Enterprise owner = null;
    if (blank(d.enterpriseCode())) {
      problems.add(
          problem(
              row,
              "enterpriseCode",
              "required",
              "缺少所属企业统一社会信用代码",
              "the owner's credit code is missing"));
    } else {
      owner = registry.apply(d.enterpriseCode().strip()).orElse(null);
      if (owner == null) {
        problems.add(
            problem(
                row,
                "enterpriseCode",
                "enterprise.unknown",
                "企业名录中没有统一社会信用代码为 " + d.enterpriseCode().strip() + " 的企业",
                "no registered enterprise has the credit code " + d.enterpriseCode().strip()));
      }
    }
    String county = null;
    if (blank(d.countyCode())) {
      problems.add(
          problem(row, "countyCode", "required", "缺少所在县区代码", "the county code is missing"));
    } else {
      String code = d.countyCode().strip();
      if (!RegionCode.isValid(code) || !planRegions.contains(code)) {
        problems.add(
            problem(
                row,
                "countyCode",
                "region.unknown",
                "“" + code + "”不是规划中的行政区划代码",
                "\"" + code + "\" is not one of the plan's region codes"));
      } else if (RegionCode.of(code).isCity() || RegionCode.of(code).isProvince()) {
        problems.add(
            problem(
                row,
                "countyCode",
                "region.not_county",
                "“" + code + "”不是县区代码",
                "\"" + code + "\" is not a county's code"));
      } else {
        county = code;
      }
    }
    String specification =
        text(row, "specification", "规格参数", "specification", d.specification(), 2000, problems);
    SortedSet<Integer> days = null;
    if (blank(d.openDays())) {
      problems.add(
          problem(row, "openDays", "required", "缺少开放星期", "the opening weekdays are missing"));
    } else {
      days = Calendar.parseDays(d.openDays());
      if (days == null) {
        problems.add(
            problem(
                row,
                "openDays",
                "days.invalid",
                "开放星期“" + d.openDays() + "”应写作 1-5 或 1,3,5（1 为星期一）",
                "the weekdays \"" + d.openDays() + "\" must read 1-5 or 1,3,5 (1 is Monday)"));
      }
    }
    LocalTime[] hours = null;
    if (blank(d.openHours())) {
      problems.add(
          problem(row, "openHours", "required", "缺少开放时间", "the opening hours are missing"));
    } else {
      hours = Calendar.parseHours(d.openHours());
      if (hours == null) {
        problems.add(
            problem(
                row,
                "openHours",
                "hours.invalid",
                "开放时间“" + d.openHours() + "”应写作 08:00-16:00，且结束晚于开始",
                "the hours \""
                    + d.openHours()
                    + "\" must read 08:00-16:00, closing after opening"));
      }
    }
    LocalDate from = date(row, "availableFrom", d.availableFrom(), problems);
    if (from == null && blank(d.availableFrom())) {
      problems.add(
          problem(
              row, "availableFrom", "required", "缺少开放起始日期", "the first day available is missing"));
    }
    LocalDate to = date(row, "availableTo", d.availableTo(), problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          problem(
              row,
              "availableTo",
              "to.before_from",
              "开放截止日期 " + to + " 早于起始日期 " + from,
              "the last day available " + to + " is before the first " + from));
    }
    SortedSet<LocalDate> blocked = new TreeSet<>();
    if (!blank(d.blockedDates())) {
      for (String part : d.blockedDates().replace('；', ';').replace(',', ';').split(";")) {
        if (!part.isBlank()) {
          LocalDate day = date(row, "blockedDates", part, problems);
          if (day != null) {
            blocked.add(day);
          }
        }
      }
    }
    String price = text(row, "priceTerms", "价格条款", "price terms", d.priceTerms(), 1000, problems);
    String contact = text(row, "contact", "联系方式", "contact", d.contact(), 200, problems);
    Level level = null;
    if (blank(d.level())) {
      problems.add(
          problem(
              row,
              "level",
              "required",
              "缺少密级（公开或受限）",
              "the level (public or restricted) is missing"));
    } else {
      level = Level.parse(d.level()).orElse(null);
      if (level == null) {
        problems.add(
            problem(
                row,
                "level",
                "level.unknown",
                "密级“" + d.level() + "”应为 公开 或 受限",
                "the level \"" + d.level() + "\" must be 公开 (PUBLIC) or 受限 (RESTRICTED)"));
      }
    }
    String process = null;
    String unit = null;
    if (kind == ResourceKind.CAPACITY) {
      if (blank(d.processCode()) || !processes.containsKey(d.processCode().strip())) {
        problems.add(
            problem(
                row,
                "processCode",
                "process.unknown",
                "富余产能须指定工艺，“" + (d.processCode() == null ? "" : d.processCode()) + "”不在工艺表中",
                "spare capacity needs a process of the table; \""
                    + (d.processCode() == null ? "" : d.processCode())
                    + "\" is not one"));
      } else {
        process = d.processCode().strip();
      }
      if (d.monthlyCapacity() == null || d.monthlyCapacity().signum() <= 0) {
        problems.add(
            problem(
                row,
                "monthlyCapacity",
                "capacity.invalid",
                "富余产能须填写大于零的月产能",
                "spare capacity needs a monthly capacity above zero"));
      }
      unit = text(row, "capacityUnit", "产能单位", "capacity unit", d.capacityUnit(), 20, problems);
    } else if (!blank(d.processCode()) || d.monthlyCapacity() != null) {
      problems.add(
          problem(
              row,
              "processCode",
              "process.not_capacity",
              "只有富余产能填写工艺和月产能",
              "only spare capacity has a process and a monthly capacity"));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(
        new Resource(
            0,
            kind,
            name,
            owner.creditCode().value(),
            owner.name(),
            county,
            county.substring(0, 4) + "00",
            specification,
            new Calendar(days, hours[0], hours[1], from, to, blocked),
            price,
            contact,
            level,
            process,
            kind == ResourceKind.CAPACITY ? d.monthlyCapacity() : null,
            unit,
            null),
        problems);
  }

  private static @Nullable LocalDate date(
      int row, String field, @Nullable String text, List<ImportError> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      problems.add(
          problem(
              row,
              field,
              "date.invalid",
              "不是日期（写作 2027-06-01）：" + text.strip(),
              "not a date (write 2027-06-01): " + text.strip()));
      return null;
    }
  }

  private static @Nullable String text(
      int row,
      String field,
      String nameZh,
      String nameEn,
      @Nullable String value,
      int max,
      List<ImportError> problems) {
    if (blank(value)) {
      problems.add(problem(row, field, "required", "缺少" + nameZh, "the " + nameEn + " is missing"));
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      problems.add(
          problem(
              row,
              field,
              "too_long",
              nameZh + "不能超过 " + max + " 个字符",
              "the " + nameEn + " has at most " + max + " characters"));
      return null;
    }
    return v;
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  public static ImportError problem(int row, String field, String code, String zh, String en) {
    return new ImportError(row, field, code, zh, en);
  }
}
