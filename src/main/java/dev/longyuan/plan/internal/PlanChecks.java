package dev.longyuan.plan.internal;

import dev.longyuan.plan.Baseline;
import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorTable;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.PlanTask;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.ResponsibleUnit;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.plan.UnitKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules that span fields: codes unique, references resolvable, every quotation found word for
 * word in the section it names, and target values that fit their kind and comparator.
 */
final class PlanChecks {

  private final Problems problems;
  private final Origins origins;
  private final Map<String, PlanSection> sections = new HashMap<>();

  PlanChecks(Problems problems, Origins origins) {
    this.problems = problems;
    this.origins = origins;
  }

  void check(Plan plan) {
    checkSections(plan.sections());
    IndicatorTable table = plan.indicatorTable();
    if (table != null) {
      section(table, table.section());
    }
    Set<String> indicatorCodes = unique(plan.indicators(), Indicator::code, "code");
    Set<String> targetCodes = unique(plan.targets(), Target::code, "code");
    unique(plan.baselines(), Baseline::code, "code");
    Set<String> regionCodes = unique(plan.regions(), r -> r.code().value(), "code");
    Set<String> sectorCodes = new HashSet<>(unique(plan.sectors(), Sector::code, "code"));
    List<Sector.SubDirection> subDirections =
        plan.sectors().stream().flatMap(s -> s.subDirections().stream()).toList();
    for (Sector.SubDirection subDirection : subDirections) {
      if (!sectorCodes.add(subDirection.code())) {
        origins
            .of(subDirection)
            .problem(
                "code",
                "编码 \"" + subDirection.code() + "\" 重复",
                "duplicate code \"" + subDirection.code() + "\"");
      }
    }
    Set<String> placeCodes = unique(plan.places(), Place::code, "code");
    Set<String> unitCodes = unique(plan.units(), ResponsibleUnit::code, "code");
    unique(plan.tasks(), PlanTask::code, "code");

    plan.indicators().forEach(i -> checkIndicator(i, table, targetCodes));
    plan.targets().forEach(t -> checkTarget(t, table, indicatorCodes, sectorCodes, regionCodes));
    for (Baseline baseline : plan.baselines()) {
      quoted(baseline, baseline.section(), baseline.sourceText(), "sourceText", null);
      reference(baseline, "indicator", baseline.indicator(), indicatorCodes, "指标", "indicator");
    }
    for (Sector sector : plan.sectors()) {
      section(sector, sector.section());
      sector.subDirections().forEach(s -> section(s, s.section()));
    }
    plan.regions().forEach(r -> checkRegion(r, regionCodes));
    for (Place place : plan.places()) {
      section(place, place.section());
      place
          .regions()
          .forEach(code -> reference(place, "regions", code, regionCodes, "行政区划", "region"));
      place
          .sectors()
          .forEach(code -> reference(place, "sectors", code, sectorCodes, "产业", "sector"));
      if (place.sourceText() != null) {
        quoted(
            place,
            place.section(),
            place.sourceText(),
            origins.of(place).has("sourceText") ? "sourceText" : "scaleSourceText",
            null);
      }
      if (place.parent() != null && !placeCodes.contains(place.parent())) {
        origins
            .of(place)
            .problem(
                "code",
                "上级 \"" + place.parent() + "\" 不存在",
                "no such parent \"" + place.parent() + "\"");
      }
    }
    plan.units().forEach(u -> checkUnit(u, regionCodes));
    plan.tasks()
        .forEach(t -> checkTask(t, sectorCodes, regionCodes, placeCodes, targetCodes, unitCodes));
  }

  private void checkUnit(ResponsibleUnit unit, Set<String> regionCodes) {
    if (unit.kind() == UnitKind.CITY && unit.regionCode() == null) {
      origins
          .of(unit)
          .problem("regionCode", "市州政府须写明 regionCode", "a city government gives its regionCode");
    }
    reference(unit, "regionCode", unit.regionCode(), regionCodes, "行政区划", "region");
  }

  private void checkTask(
      PlanTask task,
      Set<String> sectorCodes,
      Set<String> regionCodes,
      Set<String> placeCodes,
      Set<String> targetCodes,
      Set<String> unitCodes) {
    quoted(task, task.section(), task.sourceText(), "sourceText", null);
    task.sectors().forEach(c -> reference(task, "sectors", c, sectorCodes, "产业", "sector"));
    task.regions().forEach(c -> reference(task, "regions", c, regionCodes, "行政区划", "region"));
    task.places().forEach(c -> reference(task, "places", c, placeCodes, "区域或链条", "place"));
    task.targets().forEach(c -> reference(task, "targets", c, targetCodes, "目标", "target"));
    reference(task, "leadUnit", task.leadUnit(), unitCodes, "单位", "unit");
    for (String co : task.coUnits()) {
      reference(task, "coUnits", co, unitCodes, "单位", "unit");
      if (co.equals(task.leadUnit())) {
        origins
            .of(task)
            .problem("coUnits", "牵头单位不应同时列为配合单位", "the lead unit is not also a co-operating unit");
      }
    }
  }

  private void checkSections(List<PlanSection> list) {
    for (PlanSection section : list) {
      YamlFields origin = origins.of(section);
      if (sections.containsKey(section.id())) {
        origin.problem("id", "节号 " + section.id() + " 重复", "duplicate section " + section.id());
      }
      String parent = section.parentId();
      if (parent != null && !sections.containsKey(parent)) {
        origin.problem(
            "id",
            "上级节 " + parent + " 不存在或不在它之前",
            "its parent section " + parent + " is missing or comes after it");
      }
      sections.put(section.id(), section);
    }
  }

  private void checkIndicator(
      Indicator indicator, @Nullable IndicatorTable table, Set<String> targetCodes) {
    section(indicator, indicator.section());
    if (table == null) {
      origins
          .of(indicator)
          .problem("tableRow", "计划没有 indicatorTable", "the plan has no indicatorTable");
    } else if (!table.rawText().contains(indicator.tableRow())) {
      origins
          .of(indicator)
          .problem(
              "tableRow", "在指标表原文中找不到这一行", "is not found word for word in the indicator table");
    }
    indicator
        .targets()
        .forEach(code -> reference(indicator, "targets", code, targetCodes, "目标", "target"));
  }

  private void checkTarget(
      Target target,
      @Nullable IndicatorTable table,
      Set<String> indicatorCodes,
      Set<String> sectorCodes,
      Set<String> regionCodes) {
    YamlFields origin = origins.of(target);
    quoted(target, target.section(), target.sourceText(), "sourceText", table);
    reference(target, "indicator", target.indicator(), indicatorCodes, "指标", "indicator");
    target
        .sectors()
        .forEach(code -> reference(target, "sectors", code, sectorCodes, "产业", "sector"));
    target
        .regions()
        .forEach(code -> reference(target, "regions", code, regionCodes, "行政区划", "region"));
    boolean qualitative = target.kind() == TargetKind.QUALITATIVE;
    if (qualitative != (target.comparator() == Comparator.QUALITATIVE)) {
      origin.problem(
          "comparator",
          "定性目标的 kind 与 comparator 须同为 qualitative",
          "kind and comparator must both be qualitative, or neither");
    }
    if (qualitative && target.value() != null) {
      origin.problem("value", "定性目标不应有数值", "a qualitative target has no value");
    }
    if (target.comparator() == Comparator.RANGE) {
      if (target.value() != null
          && target.valueMax() != null
          && target.valueMax().compareTo(target.value()) <= 0) {
        origin.problem(
            "valueMax",
            "区间上限应大于下限 " + target.value().toPlainString(),
            "must be greater than the lower bound " + target.value().toPlainString());
      }
    } else if (target.valueMax() != null) {
      origin.problem("valueMax", "只有 comparator 为 range 时才有上限", "only a range has a valueMax");
    }
    if ((target.kind() == TargetKind.CUMULATIVE_COUNT) != (target.countBasis() != null)) {
      origin.problem(
          "countBasis",
          "累计数目标须写明 countBasis（stock 或 additions），其他目标不写",
          "a cumulative_count target needs a countBasis (stock or additions); other kinds have none");
    }
    if (target.register() != null) {
      if (target.indicator() != null) {
        origin.problem(
            "register",
            "目标由指标 indicator 或登记簿 register 之一衡量，不可兼有",
            "a target is measured by an indicator or by a register, not both");
      } else if (!target.register().matches("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*")) {
        origin.problem(
            "register",
            "登记簿序列应写作“类别:代码”，如 programme:specialised-sme",
            "a register series is written kind:code, e.g. programme:specialised-sme");
      }
    }
    if (target.targetYear() <= target.baseYear()) {
      origin.problem(
          "targetYear",
          "目标年应晚于基期年 " + target.baseYear(),
          "must be later than the base year " + target.baseYear());
    }
  }

  private void checkRegion(Region region, Set<String> regionCodes) {
    if (region.parent() == null) {
      if (region.level() != RegionLevel.PROVINCE) {
        origins.of(region).problem("parent", "只有省级区划可以没有上级", "only a province has no parent");
      }
    } else {
      reference(region, "parent", region.parent().value(), regionCodes, "行政区划", "region");
    }
  }

  private <T> Set<String> unique(List<T> items, Function<T, String> code, String field) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      String value = code.apply(item);
      T earlier = seen.putIfAbsent(value, item);
      if (earlier != null && !value.isEmpty()) {
        origins
            .of(item)
            .problem(
                field,
                "编码 \"" + value + "\" 重复（已用于 " + origins.of(earlier).path() + "）",
                "duplicate code \""
                    + value
                    + "\" (already used by "
                    + origins.of(earlier).path()
                    + ")");
      }
    }
    return seen.keySet();
  }

  private @Nullable PlanSection section(Object record, String sectionId) {
    PlanSection section = sections.get(sectionId);
    if (section == null && !sectionId.isEmpty()) {
      origins
          .of(record)
          .problem("section", "没有第 " + sectionId + " 节", "no such section " + sectionId);
    }
    return section;
  }

  private void quoted(
      Object record,
      String sectionId,
      String sourceText,
      String field,
      @Nullable IndicatorTable table) {
    PlanSection section = section(record, sectionId);
    if (section == null || sourceText.isEmpty()) {
      return;
    }
    boolean inTable =
        table != null && table.section().equals(sectionId) && table.rawText().contains(sourceText);
    if (!section.quotes(sourceText) && !inTable) {
      origins
          .of(record)
          .problem(
              field,
              "在第 " + sectionId + " 节的原文中找不到这句话",
              "is not found word for word in the text of section " + sectionId);
    }
  }

  private void reference(
      Object record,
      String field,
      @Nullable String code,
      Set<String> known,
      String whatZh,
      String whatEn) {
    if (code != null && !known.contains(code)) {
      origins
          .of(record)
          .problem(
              field,
              "没有编码为 \"" + code + "\" 的" + whatZh,
              "no such " + whatEn + " \"" + code + "\"");
    }
  }
}
