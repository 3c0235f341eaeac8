package dev.longyuan.plan.internal;

import dev.longyuan.plan.Attribute;
import dev.longyuan.plan.Baseline;
import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.Correction;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.IndicatorTable;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanReading;
import dev.longyuan.plan.PlanSection;
import dev.longyuan.plan.PlanTask;
import dev.longyuan.plan.ProgressBands;
import dev.longyuan.plan.ResponsibleUnit;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import dev.longyuan.plan.UnitKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the YAML of a plan file into a {@link Plan}, or into the list of everything wrong with it.
 */
public final class PlanYamlReader {

  /** The fields of a target in the plan format, in the order the export writes them. */
  static final List<String> TARGET_FIELDS =
      List.of(
          "code",
          "nameZh",
          "nameEn",
          "value",
          "valueMax",
          "unit",
          "comparator",
          "kind",
          "countBasis",
          "baseYear",
          "targetYear",
          "attribute",
          "direction",
          "scope",
          "indicator",
          "register",
          "sectors",
          "regions",
          "section",
          "sourceText",
          "note");

  private final Problems problems = new Problems();
  private final Origins origins = new Origins();
  private final PlanLayoutReader layout = new PlanLayoutReader(origins);

  private PlanYamlReader() {}

  public static PlanReading read(String yaml) {
    return new PlanYamlReader().readAll(yaml);
  }

  private PlanReading readAll(String yaml) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(50 * 1024 * 1024);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add("", line, "YAML 语法错误：" + e.getProblem(), "YAML syntax error: " + e.getProblem());
      return new PlanReading(null, problems.all());
    } catch (YAMLException e) {
      problems.add("", 0, "YAML 语法错误：" + e.getMessage(), "YAML syntax error: " + e.getMessage());
      return new PlanReading(null, problems.all());
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add("", 1, "计划文件应为一个映射（字段: 值）", "a plan file must be a mapping (field: value)");
      return new PlanReading(null, problems.all());
    }
    Plan plan = plan(new YamlFields("", mapping, problems));
    new PlanChecks(problems, origins).check(plan);
    return problems.isEmpty()
        ? new PlanReading(plan, List.of())
        : new PlanReading(null, problems.all());
  }

  private Plan plan(YamlFields f) {
    f.allowOnly(
        Set.of(
            "id",
            "titleZh",
            "titleEn",
            "documentNumber",
            "issuerZh",
            "issuerEn",
            "issuedOn",
            "baseYear",
            "targetYear",
            "preamble",
            "sections",
            "indicatorTable",
            "indicators",
            "targets",
            "baselines",
            "sectors",
            "regions",
            "economicZones",
            "developmentZones",
            "industrialBases",
            "industryChains",
            "units",
            "tasks",
            "progressThresholds"));
    String id = f.slug("id");
    LocalDate issuedOn = f.date("issuedOn");
    int baseYear = f.year("baseYear", true);
    int targetYear = f.year("targetYear", true);
    if (baseYear != 0 && targetYear != 0 && targetYear <= baseYear) {
      f.problem(
          "targetYear", "目标年应晚于基期年 " + baseYear, "must be later than the base year " + baseYear);
    }
    List<Place> places = new ArrayList<>();
    for (YamlFields zone : f.list("economicZones", false)) {
      places.add(layout.place(zone, PlaceKind.ECONOMIC_ZONE, null));
      for (YamlFields subArea : zone.list("subAreas", false)) {
        places.add(layout.place(subArea, PlaceKind.ECONOMIC_SUB_AREA, zone.optionalText("code")));
      }
    }
    f.list("developmentZones", false)
        .forEach(z -> places.add(layout.place(z, PlaceKind.DEVELOPMENT_ZONE, null)));
    f.list("industrialBases", false)
        .forEach(b -> places.add(layout.place(b, PlaceKind.INDUSTRIAL_BASE, null)));
    f.list("industryChains", false)
        .forEach(c -> places.add(layout.place(c, PlaceKind.INDUSTRY_CHAIN, null)));
    YamlFields table = f.object("indicatorTable");
    return new Plan(
        id,
        f.text("titleZh"),
        f.text("titleEn"),
        f.text("documentNumber"),
        f.text("issuerZh"),
        f.text("issuerEn"),
        issuedOn == null ? LocalDate.EPOCH : issuedOn,
        baseYear,
        targetYear,
        Objects.requireNonNullElse(f.optionalText("preamble"), ""),
        f.list("sections", true).stream().map(this::section).toList(),
        table == null ? null : indicatorTable(table),
        f.list("indicators", false).stream().map(i -> indicator(i)).toList(),
        f.list("targets", false).stream().map(t -> target(t, baseYear, targetYear)).toList(),
        f.list("baselines", false).stream().map(this::baseline).toList(),
        f.list("sectors", false).stream().map(layout::sector).toList(),
        f.list("regions", false).stream().map(layout::region).toList(),
        places,
        f.list("units", false).stream().map(this::unit).toList(),
        f.list("tasks", false).stream().map(this::task).toList(),
        progressBands(f.object("progressThresholds")));
  }

  private ResponsibleUnit unit(YamlFields f) {
    f.allowOnly(Set.of("code", "nameZh", "nameEn", "kind", "regionCode"));
    UnitKind kind = f.word("kind", UnitKind::fromWord, UnitKind.words(), true);
    return origins.remember(
        f,
        new ResponsibleUnit(
            f.slug("code"),
            f.text("nameZh"),
            f.text("nameEn"),
            kind == null ? UnitKind.DEPARTMENT : kind,
            f.optionalText("regionCode")));
  }

  private PlanTask task(YamlFields f) {
    f.allowOnly(
        Set.of(
            "code",
            "section",
            "titleZh",
            "titleEn",
            "sourceText",
            "sectors",
            "regions",
            "places",
            "targets",
            "leadUnit",
            "coUnits",
            "unitsBasis"));
    String basis = Objects.requireNonNullElse(f.optionalText("unitsBasis"), "plan");
    if (!PlanTask.UNITS_BASES.contains(basis)) {
      f.problem(
          "unitsBasis",
          "\"" + basis + "\" 不是允许的值（允许：plan, default）",
          "\"" + basis + "\" is not one of: plan, default");
    }
    return origins.remember(
        f,
        new PlanTask(
            f.text("code"),
            f.text("section"),
            f.text("titleZh"),
            f.text("titleEn"),
            f.text("sourceText"),
            f.strings("sectors"),
            f.strings("regions"),
            f.strings("places"),
            f.strings("targets"),
            f.text("leadUnit"),
            f.strings("coUnits"),
            basis));
  }

  private static @Nullable ProgressBands progressBands(@Nullable YamlFields f) {
    if (f == null) {
      return null;
    }
    f.allowOnly(Set.of("high", "med", "low"));
    BigDecimal high = f.number("high", true);
    BigDecimal med = f.number("med", true);
    BigDecimal low = f.number("low", true);
    if (high == null || med == null || low == null) {
      return null;
    }
    if (high.compareTo(med) <= 0 || med.compareTo(low) <= 0) {
      f.problem("med", "须满足 high > med > low", "must satisfy high > med > low");
      return null;
    }
    return new ProgressBands(high, med, low);
  }

  private PlanSection section(YamlFields f) {
    f.allowOnly(Set.of("id", "titleZh", "titleEn", "text", "closingText"));
    String id = f.text("id");
    if (!id.isEmpty() && !id.matches("[1-9]\\d*(\\.[1-9]\\d*)*")) {
      f.problem(
          "id",
          "\"" + id + "\" 不是节号（如 2.3.1）",
          "\"" + id + "\" is not a section number (such as 2.3.1)");
    }
    return origins.remember(
        f,
        new PlanSection(
            id,
            f.text("titleZh"),
            f.text("titleEn"),
            Objects.requireNonNullElse(f.optionalText("text"), ""),
            f.optionalText("closingText")));
  }

  private IndicatorTable indicatorTable(YamlFields f) {
    f.allowOnly(Set.of("section", "titleZh", "titleEn", "rawText", "corrections"));
    return origins.remember(
        f,
        new IndicatorTable(
            f.text("section"),
            f.text("titleZh"),
            f.text("titleEn"),
            f.text("rawText"),
            corrections(f)));
  }

  private List<Correction> corrections(YamlFields f) {
    return f.list("corrections", false).stream()
        .map(
            c -> {
              c.allowOnly(Set.of("field", "printed", "corrected", "reasonZh", "reasonEn"));
              return new Correction(
                  c.text("field"),
                  c.text("printed"),
                  c.text("corrected"),
                  c.text("reasonZh"),
                  c.text("reasonEn"));
            })
        .toList();
  }

  private Indicator indicator(YamlFields f) {
    f.allowOnly(
        Set.of(
            "code",
            "number",
            "categoryZh",
            "categoryEn",
            "nameZh",
            "nameEn",
            "unit",
            "attribute",
            "direction",
            "scope",
            "baseline",
            "baselineNote",
            "target",
            "targetText",
            "section",
            "tableRow",
            "targets",
            "corrections",
            "note",
            "noteEn",
            "definition"));
    Integer number = f.integer("number", true);
    return origins.remember(
        f,
        new Indicator(
            f.text("code"),
            number == null ? 0 : number,
            f.text("categoryZh"),
            f.text("categoryEn"),
            f.text("nameZh"),
            f.text("nameEn"),
            f.text("unit"),
            attribute(f),
            direction(f),
            f.optionalText("scope"),
            f.number("baseline", false),
            f.optionalText("baselineNote"),
            f.number("target", false),
            f.text("targetText"),
            f.text("section"),
            f.text("tableRow"),
            f.strings("targets"),
            corrections(f),
            f.optionalText("note"),
            f.optionalText("noteEn"),
            definition(f.object("definition"))));
  }

  private static @Nullable IndicatorDefinition definition(@Nullable YamlFields f) {
    if (f == null) {
      return null;
    }
    f.allowOnly(Set.of("expression", "industries", "official", "officialChange"));
    IndicatorDefinition definition =
        new IndicatorDefinition(
            f.optionalText("expression"),
            f.optionalText("industries"),
            f.strings("official"),
            f.optionalText("officialChange"));
    if (definition.expression() == null
        && definition.official().isEmpty()
        && definition.officialChange() == null) {
      f.problem(
          "expression",
          "定义须至少给出 expression、official 或 officialChange 之一",
          "a definition gives at least one of expression, official and officialChange");
    }
    return definition;
  }

  private Target target(YamlFields f, int planBaseYear, int planTargetYear) {
    f.allowOnly(Set.copyOf(TARGET_FIELDS));
    Comparator comparator = f.word("comparator", Comparator::fromWord, Comparator.words(), true);
    TargetKind kind = f.word("kind", TargetKind::fromWord, TargetKind.words(), true);
    CountBasis countBasis = f.word("countBasis", CountBasis::fromWord, CountBasis.words(), false);
    // An unreadable kind or comparator is already reported; take it from the other so that no
    // follow-on problem is reported against fields that are right.
    if (kind == null) {
      kind = comparator == Comparator.QUALITATIVE ? TargetKind.QUALITATIVE : TargetKind.LEVEL;
    }
    if (comparator == null) {
      comparator = kind == TargetKind.QUALITATIVE ? Comparator.QUALITATIVE : Comparator.AT_LEAST;
    }
    boolean qualitative = kind == TargetKind.QUALITATIVE || comparator == Comparator.QUALITATIVE;
    var value = f.number("value", !qualitative);
    var valueMax = f.number("valueMax", comparator == Comparator.RANGE);
    int baseYear = f.has("baseYear") ? f.year("baseYear", true) : planBaseYear;
    int targetYear = f.has("targetYear") ? f.year("targetYear", true) : planTargetYear;
    return origins.remember(
        f,
        new Target(
            f.text("code"),
            f.text("nameZh"),
            f.text("nameEn"),
            value,
            valueMax,
            Objects.requireNonNullElse(f.optionalText("unit"), ""),
            comparator,
            kind,
            countBasis,
            baseYear,
            targetYear,
            attribute(f),
            direction(f),
            f.optionalText("scope"),
            f.optionalText("indicator"),
            f.optionalText("register"),
            f.strings("sectors"),
            f.strings("regions"),
            f.text("section"),
            f.text("sourceText"),
            f.optionalText("note")));
  }

  private Baseline baseline(YamlFields f) {
    f.allowOnly(
        Set.of(
            "code",
            "nameZh",
            "nameEn",
            "year",
            "periodText",
            "value",
            "unit",
            "scope",
            "indicator",
            "section",
            "sourceText",
            "note"));
    if (!f.has("year") && !f.has("periodText")) {
      f.problem("year", "需要 year 或 periodText", "needs a year or a periodText");
    }
    var value = f.number("value", true);
    return origins.remember(
        f,
        new Baseline(
            f.text("code"),
            f.text("nameZh"),
            f.text("nameEn"),
            f.integer("year", false),
            f.optionalText("periodText"),
            value == null ? java.math.BigDecimal.ZERO : value,
            f.text("unit"),
            f.optionalText("scope"),
            f.optionalText("indicator"),
            f.text("section"),
            f.text("sourceText")));
  }

  private Attribute attribute(YamlFields f) {
    Attribute attribute = f.word("attribute", Attribute::fromWord, Attribute.words(), true);
    return attribute == null ? Attribute.EXPECTED : attribute;
  }

  private Direction direction(YamlFields f) {
    Direction direction = f.word("direction", Direction::fromWord, Direction.words(), true);
    return direction == null ? Direction.HIGHER_IS_BETTER : direction;
  }
}
