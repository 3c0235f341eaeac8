package dev.longyuan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader's reading of plan files: a sound file becomes a plan, a broken one a list of problems.
 */
class PlanFileTests {

  static final String MINIMAL = resource("/test-plans/minimal-plan.yaml");

  static String resource(String name) {
    try (InputStream in = PlanFileTests.class.getResourceAsStream(name)) {
      assertThat(in).as("classpath resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The minimal plan with {@code from} (which must occur exactly once) replaced by {@code to}. */
  static String minimalWith(String from, String to) {
    return replaceOnce(MINIMAL, from, to);
  }

  static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("\"%s\" occurs in the text", from).isNotNegative();
    assertThat(text.indexOf(from, at + 1)).as("\"%s\" occurs only once", from).isNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The 1-based line of the first occurrence of {@code snippet}. */
  static int lineOf(String text, String snippet) {
    int at = text.indexOf(snippet);
    assertThat(at).as("\"%s\" occurs in the text", snippet).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static PlanReading refused(String yaml) {
    PlanReading reading = PlanFile.read(yaml);
    assertThat(reading.isValid()).as("valid? problems: %s", reading.problems()).isFalse();
    assertThat(reading.plan()).isNull();
    assertThat(reading.validPlan()).isEmpty();
    assertThat(reading.problems()).isNotEmpty();
    return reading;
  }

  /** The one problem reported at {@code path}. */
  static PlanProblem problemAt(PlanReading reading, String path) {
    List<PlanProblem> at = reading.problems().stream().filter(p -> p.path().equals(path)).toList();
    assertThat(at).as("problems at %s among %s", path, reading.problems()).hasSize(1);
    return at.get(0);
  }

  static Plan minimalPlan() {
    PlanReading reading = PlanFile.read(MINIMAL);
    assertThat(reading.problems()).isEmpty();
    return reading.validPlan().orElseThrow();
  }

  @Nested
  class TheMinimalPlan {

    @Test
    void readsAsValidWithoutProblems() {
      PlanReading reading = PlanFile.read(MINIMAL);

      assertThat(reading.problems()).isEmpty();
      assertThat(reading.isValid()).isTrue();
      assertThat(reading.plan()).isNotNull();
    }

    @Test
    void readsFromAFileAsFromText(@TempDir Path dir) throws IOException {
      Path file =
          Files.writeString(dir.resolve("minimal-plan.yaml"), MINIMAL, StandardCharsets.UTF_8);

      PlanReading reading = PlanFile.read(file);

      assertThat(reading.problems()).isEmpty();
      assertThat(reading.plan()).isEqualTo(minimalPlan());
    }

    @Test
    void keepsTheDocumentsHeader() {
      Plan plan = minimalPlan();

      assertThat(plan.id()).isEqualTo("minimal-plan");
      assertThat(plan.titleZh()).isEqualTo("兰州市“十三五”工业发展规划（测试样例）");
      assertThat(plan.titleEn())
          .isEqualTo("Lanzhou 13th Five-Year Industrial Development Plan (test sample)");
      assertThat(plan.documentNumber()).isEqualTo("兰政发〔2016〕8号");
      assertThat(plan.issuerZh()).isEqualTo("兰州市人民政府");
      assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2016, 6, 30));
      assertThat(plan.baseYear()).isEqualTo(2015);
      assertThat(plan.targetYear()).isEqualTo(2020);
      assertThat(plan.preamble()).isEqualTo("为推进全市工业转型发展，编制本规划。");
    }

    @Test
    void hasTwoChaptersAndTheirSectionsInDocumentOrder() {
      Plan plan = minimalPlan();

      assertThat(plan.sections())
          .extracting(PlanSection::id)
          .containsExactly("1", "1.1", "2", "2.1", "2.2", "2.2.1");
      assertThat(plan.sections()).filteredOn(s -> s.level() == 1).hasSize(2);
      PlanSection chapter2 = plan.section("2").orElseThrow();
      assertThat(chapter2.titleZh()).isEqualTo("发展目标和布局");
      assertThat(chapter2.text()).isEqualTo("到2020年，全市工业增加值力争年均增长8%左右，研发经费支出占比达到1.5%。");
      assertThat(chapter2.closingText()).isEqualTo("各县区要按照本规划确定的目标，制定实施方案。");
      assertThat(plan.section("1.1").orElseThrow().closingText()).isNull();
      assertThat(plan.section("2.2.1").orElseThrow().parentId()).isEqualTo("2.2");
    }

    @Test
    void hasATwoRowIndicatorTable() {
      Plan plan = minimalPlan();

      IndicatorTable table = plan.indicatorTable();
      assertThat(table).isNotNull();
      assertThat(table.section()).isEqualTo("2");
      assertThat(table.rawText().lines()).hasSize(3);
      assertThat(table.corrections()).isEmpty();
      assertThat(plan.indicators()).extracting(Indicator::code).containsExactly("I01", "I02");

      Indicator growth = plan.indicator("I01").orElseThrow();
      assertThat(growth.number()).isEqualTo(1);
      assertThat(growth.unit()).isEqualTo("%");
      assertThat(growth.attribute()).isEqualTo(Attribute.EXPECTED);
      assertThat(growth.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
      assertThat(growth.scope()).isEqualTo("全部工业");
      assertThat(growth.baseline()).isEqualByComparingTo("9.5");
      assertThat(growth.target()).isEqualByComparingTo("8");
      assertThat(growth.tableRow()).isEqualTo("1\t工业增加值增速\t%\t9.5\t8\t预期性");
      assertThat(growth.targets()).containsExactly("T-2-01");

      Indicator research = plan.indicator("I02").orElseThrow();
      assertThat(research.scope()).isNull();
      assertThat(research.baseline()).isEqualByComparingTo("1.1");
      assertThat(research.target()).isEqualByComparingTo("1.5");
      assertThat(research.targets()).isEmpty();
    }

    @Test
    void hasThreeTargetsOfDifferentKinds() {
      Plan plan = minimalPlan();

      assertThat(plan.targets())
          .extracting(Target::code)
          .containsExactly("T-2-01", "T-2.1-01", "T-2.2-01");
      assertThat(plan.targets())
          .extracting(Target::kind)
          .containsExactly(
              TargetKind.AVERAGE_ANNUAL_GROWTH,
              TargetKind.CUMULATIVE_COUNT,
              TargetKind.QUALITATIVE);
    }

    @Test
    void readsAnAverageGrowthTargetWithItsIndicatorAndRegion() {
      Target growth = minimalPlan().target("T-2-01").orElseThrow();

      assertThat(growth.nameZh()).isEqualTo("工业增加值年均增长");
      assertThat(growth.value()).isEqualByComparingTo("8");
      assertThat(growth.valueMax()).isNull();
      assertThat(growth.unit()).isEqualTo("%");
      assertThat(growth.comparator()).isEqualTo(Comparator.ABOUT);
      assertThat(growth.countBasis()).isNull();
      assertThat(growth.baseYear()).isEqualTo(2015);
      assertThat(growth.targetYear()).isEqualTo(2020);
      assertThat(growth.scope()).isEqualTo("全部工业");
      assertThat(growth.indicator()).isEqualTo("I01");
      assertThat(growth.regions()).containsExactly("620100");
      assertThat(growth.section()).isEqualTo("2");
      assertThat(growth.sourceText()).isEqualTo("全市工业增加值力争年均增长8%左右");
    }

    @Test
    void readsARangeTargetAndTakesItsYearsFromThePlan() {
      Target parks = minimalPlan().target("T-2.1-01").orElseThrow();

      assertThat(parks.value()).isEqualByComparingTo("3");
      assertThat(parks.valueMax()).isEqualByComparingTo("5");
      assertThat(parks.unit()).isEqualTo("个");
      assertThat(parks.comparator()).isEqualTo(Comparator.RANGE);
      assertThat(parks.countBasis()).isEqualTo(CountBasis.STOCK);
      assertThat(parks.baseYear()).isEqualTo(2015);
      assertThat(parks.targetYear()).isEqualTo(2020);
      assertThat(parks.indicator()).isNull();
      assertThat(parks.sectors()).isEmpty();
    }

    @Test
    void readsAQualitativeTargetWithoutValueOrUnit() {
      Target green = minimalPlan().target("T-2.2-01").orElseThrow();

      assertThat(green.value()).isNull();
      assertThat(green.valueMax()).isNull();
      assertThat(green.unit()).isEmpty();
      assertThat(green.comparator()).isEqualTo(Comparator.QUALITATIVE);
      assertThat(green.sectors()).containsExactly("petrochemical");
      assertThat(green.note()).isEqualTo("定性目标，无数值。");
    }

    @Test
    void readsTheBaseline() {
      assertThat(minimalPlan().baselines())
          .singleElement()
          .satisfies(
              baseline -> {
                assertThat(baseline.code()).isEqualTo("B-1-01");
                assertThat(baseline.year()).isEqualTo(2015);
                assertThat(baseline.periodText()).isNull();
                assertThat(baseline.value()).isEqualByComparingTo("320.5");
                assertThat(baseline.unit()).isEqualTo("亿元");
                assertThat(baseline.scope()).isEqualTo("全部工业");
                assertThat(baseline.section()).isEqualTo("1");
              });
    }

    @Test
    void readsTheSectorWithItsSubDirectionAndIndustryCodes() {
      assertThat(minimalPlan().sectors())
          .singleElement()
          .satisfies(
              sector -> {
                assertThat(sector.code()).isEqualTo("petrochemical");
                assertThat(sector.group()).isEqualTo(SectorGroup.TRADITIONAL);
                assertThat(sector.industryCodes())
                    .extracting(Object::toString)
                    .containsExactly("C25", "C26");
                assertThat(sector.subDirections())
                    .singleElement()
                    .satisfies(
                        sub -> {
                          assertThat(sub.code()).isEqualTo("petrochemical-refining");
                          assertThat(sub.section()).isEqualTo("2.2.1");
                          assertThat(sub.industryCodes())
                              .extracting(Object::toString)
                              .containsExactly("C2511");
                          assertThat(sub.industryCodes().get(0).level()).isEqualTo("class");
                        });
              });
    }

    @Test
    void readsThreeRegionsWithTheirParents() {
      Plan plan = minimalPlan();

      assertThat(plan.regions())
          .extracting(r -> r.code().value())
          .containsExactly("620000", "620100", "620102");
      assertThat(plan.regions())
          .extracting(Region::level)
          .containsExactly(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY);
      assertThat(plan.region("620000").orElseThrow().parent()).isNull();
      assertThat(plan.region("620100").orElseThrow().parent()).hasToString("620000");
      assertThat(plan.region("620102").orElseThrow().parent()).hasToString("620100");
    }

    @Test
    void readsOnePlaceOfEachKind() {
      Plan plan = minimalPlan();

      assertThat(plan.places())
          .extracting(Place::kind)
          .containsExactlyInAnyOrder(PlaceKind.values());
      assertThat(plan.places(PlaceKind.ECONOMIC_SUB_AREA))
          .singleElement()
          .satisfies(
              sub -> {
                assertThat(sub.code()).isEqualTo("lanbai-new-area");
                assertThat(sub.parent()).isEqualTo("lanbai");
              });
      assertThat(plan.places(PlaceKind.DEVELOPMENT_ZONE))
          .singleElement()
          .satisfies(
              zone -> {
                assertThat(zone.level()).isEqualTo("national");
                assertThat(zone.regions()).containsExactly("620100");
                assertThat(zone.sourceText()).isEqualTo("兰州新区");
              });
      assertThat(plan.places(PlaceKind.INDUSTRIAL_BASE))
          .singleElement()
          .satisfies(base -> assertThat(base.sectors()).containsExactly("petrochemical"));
      assertThat(plan.places(PlaceKind.INDUSTRY_CHAIN))
          .singleElement()
          .satisfies(
              chain -> {
                assertThat(chain.stages()).containsExactly("石油", "化工");
                assertThat(chain.scaleZh()).isEqualTo("千亿级");
                assertThat(chain.scaleValue()).isEqualByComparingTo(BigDecimal.valueOf(1000));
                assertThat(chain.sourceText()).isEqualTo("千亿级石油化工产业链");
              });
    }
  }

  @Nested
  class BrokenTargets {

    @Test
    void refusesAValueThatIsNotANumber() {
      String yaml = minimalWith("  value: 3\n", "  value: abc\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].value");

      assertThat(problem.messageEn()).isEqualTo("\"abc\" is not a number");
      assertThat(problem.messageZh()).isEqualTo("\"abc\" 不是数字");
      assertThat(problem.line()).isEqualTo(lineOf(yaml, "value: abc"));
    }

    @Test
    void readsThePlansOwnProgressThresholdsAndRefusesThemOutOfOrder() {
      String own =
          minimalWith(
              "baseYear: 2015\ntargetYear: 2020\n",
              "baseYear: 2015\ntargetYear: 2020\nprogressThresholds: {high: 1, med: 0.7, low: 0}\n");
      String disordered =
          minimalWith(
              "baseYear: 2015\ntargetYear: 2020\n",
              "baseYear: 2015\ntargetYear: 2020\nprogressThresholds: {high: 0.5, med: 0.7, low: 0}\n");

      assertThat(PlanFile.read(own).validPlan().orElseThrow().progressThresholds())
          .isEqualTo(
              new ProgressBands(
                  new java.math.BigDecimal("1"),
                  new java.math.BigDecimal("0.7"),
                  new java.math.BigDecimal("0")));
      assertThat(problemAt(refused(disordered), "progressThresholds.med").messageEn())
          .isEqualTo("must satisfy high > med > low");
    }

    @Test
    void readsWhereAnIndicatorsOfficialFiguresAreFound() {
      String yaml =
          minimalWith(
              "  scope: 全部工业\n  baseline: 9.5",
              "  scope: 全部工业\n  definition:\n    official: [VA_ALL_GROWTH, VA_GROWTH]\n"
                  + "    officialChange: VA_CHG15\n  baseline: 9.5");

      Indicator growth =
          PlanFile.read(yaml).validPlan().orElseThrow().indicator("I01").orElseThrow();

      assertThat(growth.definition().expression()).isNull();
      assertThat(growth.definition().official()).containsExactly("VA_ALL_GROWTH", "VA_GROWTH");
      assertThat(growth.definition().officialChange()).isEqualTo("VA_CHG15");
    }

    @Test
    void refusesADefinitionThatSaysNeitherHowToComputeNorWhereToFindTheIndicator() {
      String yaml =
          minimalWith(
              "  scope: 全部工业\n  baseline: 9.5",
              "  scope: 全部工业\n  definition:\n    industries: C\n  baseline: 9.5");

      PlanProblem problem = problemAt(refused(yaml), "indicators[0].definition.expression");

      assertThat(problem.messageEn())
          .isEqualTo("a definition gives at least one of expression, official and officialChange");
    }

    @Test
    void refusesASectionThatDoesNotExist() {
      String yaml =
          minimalWith("  section: \"2\"\n  sourceText: 全市", "  section: \"3.9\"\n  sourceText: 全市");

      PlanProblem problem = problemAt(refused(yaml), "targets[0].section");

      assertThat(problem.messageEn()).isEqualTo("no such section 3.9");
      assertThat(problem.messageZh()).isEqualTo("没有第 3.9 节");
      assertThat(problem.line()).isEqualTo(lineOf(yaml, "section: \"3.9\""));
    }

    @Test
    void refusesASourceTextNotFoundWordForWordInItsSection() {
      String yaml = minimalWith("sourceText: 打造3-5个智能制造示范园区", "sourceText: 打造3至5个智能制造示范园区");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].sourceText");

      assertThat(problem.messageEn())
          .isEqualTo("is not found word for word in the text of section 2.1");
      assertThat(problem.messageZh()).isEqualTo("在第 2.1 节的原文中找不到这句话");
    }

    @Test
    void findsASourceTextInTheSectionsClosingText() {
      String yaml = minimalWith("sourceText: 全市工业增加值力争年均增长8%左右", "sourceText: 制定实施方案");

      assertThat(PlanFile.read(yaml).problems()).isEmpty();
    }

    @Test
    void refusesADuplicateTargetCode() {
      String yaml = minimalWith("code: T-2.2-01", "code: T-2-01");

      PlanProblem problem = problemAt(refused(yaml), "targets[2].code");

      assertThat(problem.messageEn())
          .isEqualTo("duplicate code \"T-2-01\" (already used by targets[0])");
      assertThat(problem.messageZh()).isEqualTo("编码 \"T-2-01\" 重复（已用于 targets[0]）");
    }

    @Test
    void reportsAnUnknownFieldAsALikelyTypo() {
      String yaml = minimalWith("  sourceText: 绿色制造水平明显提升\n", "  sourceTxt: 绿色制造水平明显提升\n");

      PlanReading reading = refused(yaml);

      PlanProblem typo = problemAt(reading, "targets[2].sourceTxt");
      assertThat(typo.messageEn()).isEqualTo("unknown field (a typo?)");
      assertThat(typo.messageZh()).isEqualTo("未知字段（拼写错误？）");
      assertThat(typo.line()).isEqualTo(lineOf(yaml, "sourceTxt:"));
      PlanProblem missing = problemAt(reading, "targets[2].sourceText");
      assertThat(missing.messageEn()).isEqualTo("is required");
      assertThat(missing.messageZh()).isEqualTo("缺少必填字段");
    }

    @Test
    void refusesAComparatorThatIsNotAnAllowedWord() {
      String yaml = minimalWith("comparator: \"≈\"", "comparator: \"~\"");

      PlanReading reading = refused(yaml);

      assertThat(reading.problems())
          .filteredOn(p -> p.path().equals("targets[0].comparator"))
          .anySatisfy(
              problem -> {
                assertThat(problem.messageEn())
                    .isEqualTo("\"~\" is not one of: >=, <=, ≈, range, qualitative");
                assertThat(problem.messageZh())
                    .isEqualTo("\"~\" 不是允许的值（允许：>=, <=, ≈, range, qualitative）");
                assertThat(problem.line()).isEqualTo(lineOf(yaml, "comparator: \"~\""));
              });
    }

    @Test
    void refusesAKindThatIsNotAnAllowedWord() {
      String yaml = minimalWith("kind: average_annual_growth", "kind: annual_growth");

      List<PlanProblem> problems = refused(yaml).problems();

      assertThat(problems)
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.path()).isEqualTo("targets[0].kind");
                assertThat(problem.messageEn())
                    .isEqualTo(
                        "\"annual_growth\" is not one of: level, average_annual_growth, change_vs_base, cumulative_count, qualitative");
              });
    }

    @Test
    void refusesARangeWithoutValueMax() {
      String yaml = minimalWith("  valueMax: 5\n", "");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].valueMax");

      assertThat(problem.messageEn()).isEqualTo("is required (a number)");
      assertThat(problem.messageZh()).isEqualTo("缺少必填字段（数值）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "2", "-1"})
    void refusesARangeWhoseValueMaxIsNotAboveItsValue(String valueMax) {
      String yaml = minimalWith("  valueMax: 5\n", "  valueMax: " + valueMax + "\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].valueMax");

      assertThat(problem.messageEn()).isEqualTo("must be greater than the lower bound 3");
      assertThat(problem.messageZh()).isEqualTo("区间上限应大于下限 3");
    }

    @Test
    void refusesAValueMaxOnATargetThatIsNotARange() {
      String yaml = minimalWith("  value: 8\n  valueMax: null\n", "  value: 8\n  valueMax: 9\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[0].valueMax");

      assertThat(problem.messageEn()).isEqualTo("only a range has a valueMax");
    }

    @Test
    void refusesAQualitativeTargetWithAValue() {
      String yaml =
          minimalWith(
              "  value: null\n  comparator: qualitative", "  value: 1\n  comparator: qualitative");

      PlanProblem problem = problemAt(refused(yaml), "targets[2].value");

      assertThat(problem.messageEn()).isEqualTo("a qualitative target has no value");
      assertThat(problem.messageZh()).isEqualTo("定性目标不应有数值");
    }

    @Test
    void refusesAQualitativeKindWithAQuantitativeComparator() {
      String yaml = minimalWith("  comparator: qualitative\n", "  comparator: \">=\"\n");

      PlanReading reading = refused(yaml);

      assertThat(problemAt(reading, "targets[2].comparator").messageEn())
          .isEqualTo("kind and comparator must both be qualitative, or neither");
    }

    @Test
    void refusesACumulativeCountWithoutCountBasis() {
      String yaml = minimalWith("  countBasis: stock\n", "");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].countBasis");

      assertThat(problem.messageEn())
          .isEqualTo(
              "a cumulative_count target needs a countBasis (stock or additions); other kinds have none");
      assertThat(problem.messageZh()).isEqualTo("累计数目标须写明 countBasis（stock 或 additions），其他目标不写");
    }

    @Test
    void readsTheTasksWithTheirSentencesAndUnits() {
      Plan plan = minimalPlan();
      PlanTask refining = plan.task("TK-2.2.1-01").orElseThrow();

      assertThat(plan.tasks())
          .extracting(PlanTask::code)
          .containsExactly("TK-2.1-01", "TK-2.2.1-01");
      assertThat(refining.sourceText()).isEqualTo("支持炼油装置升级改造");
      assertThat(refining.places())
          .containsExactly("petrochemical-base", "lanzhou-petrochemical-chain");
      assertThat(refining.leadUnit()).isEqualTo("gxj");
      assertThat(refining.coUnits()).containsExactly("city-620100");
      assertThat(refining.unitsBasis()).isEqualTo("plan");
      assertThat(plan.task("TK-2.1-01").orElseThrow().unitsBasis()).isEqualTo("default");
      assertThat(plan.unit("city-620100").orElseThrow().regionCode()).isEqualTo("620100");
    }

    @Test
    void refusesATaskWhoseSentenceIsNotInItsSection() {
      String yaml = minimalWith("  sourceText: 支持炼油装置升级改造\n", "  sourceText: 支持炼油装置搬迁\n");

      PlanProblem problem = problemAt(refused(yaml), "tasks[1].sourceText");

      assertThat(problem.messageEn())
          .isEqualTo("is not found word for word in the text of section 2.2.1");
    }

    @Test
    void refusesATaskLedByAnUnknownUnitOrConcerningAnUnknownPlace() {
      String yaml =
          replaceOnce(
              minimalWith(
                  "  leadUnit: gxj\n  coUnits: [city-620100]\n",
                  "  leadUnit: kjj\n  coUnits: [city-620100]\n"),
              "places: [petrochemical-base,",
              "places: [no-such-base,");

      PlanReading reading = refused(yaml);

      assertThat(problemAt(reading, "tasks[1].leadUnit").messageZh())
          .isEqualTo("没有编码为 \"kjj\" 的单位");
      assertThat(problemAt(reading, "tasks[1].places").messageEn()).contains("no-such-base");
    }

    @Test
    void refusesACityUnitWithoutItsRegion() {
      String yaml = minimalWith("  kind: city\n  regionCode: \"620100\"\n", "  kind: city\n");

      PlanProblem problem = problemAt(refused(yaml), "units[2].regionCode");

      assertThat(problem.messageEn()).isEqualTo("a city government gives its regionCode");
    }

    @Test
    void readsTheRegisterSeriesThatMeasuresACount() {
      PlanReading reading =
          PlanFile.read(
              minimalWith(
                  "  countBasis: stock\n", "  countBasis: stock\n  register: programme:parks\n"));
      Target parks = reading.validPlan().orElseThrow().target("T-2.1-01").orElseThrow();

      assertThat(parks.register()).isEqualTo("programme:parks");
    }

    @Test
    void refusesARegisterSeriesNotWrittenAsKindAndCode() {
      String yaml =
          minimalWith("  countBasis: stock\n", "  countBasis: stock\n  register: Parks\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].register");

      assertThat(problem.messageEn())
          .isEqualTo("a register series is written kind:code, e.g. programme:specialised-sme");
    }

    @Test
    void refusesATargetYearNotAfterTheBaseYear() {
      String yaml =
          minimalWith(
              "  baseYear: 2015\n  targetYear: 2020\n  attribute",
              "  baseYear: 2015\n  targetYear: 2015\n  attribute");

      PlanProblem problem = problemAt(refused(yaml), "targets[0].targetYear");

      assertThat(problem.messageEn()).isEqualTo("must be later than the base year 2015");
    }

    @Test
    void refusesAReferenceToAnUnknownIndicator() {
      String yaml = minimalWith("  indicator: I01\n", "  indicator: I99\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[0].indicator");

      assertThat(problem.messageEn()).isEqualTo("no such indicator \"I99\"");
      assertThat(problem.messageZh()).isEqualTo("没有编码为 \"I99\" 的指标");
    }
  }

  @Nested
  class BrokenStructure {

    @Test
    void refusesARegionWhoseParentDoesNotExist() {
      String yaml = minimalWith("parent: \"620100\"", "parent: \"629900\"");

      PlanProblem problem = problemAt(refused(yaml), "regions[2].parent");

      assertThat(problem.messageEn()).isEqualTo("no such region \"629900\"");
      assertThat(problem.messageZh()).isEqualTo("没有编码为 \"629900\" 的行政区划");
      assertThat(problem.line()).isEqualTo(lineOf(yaml, "parent: \"629900\""));
    }

    @Test
    void refusesARegionBelowProvinceWithoutParent() {
      String yaml = minimalWith("parent: \"620100\"", "parent: null");

      PlanProblem problem = problemAt(refused(yaml), "regions[2].parent");

      assertThat(problem.messageEn()).isEqualTo("only a province has no parent");
    }

    @Test
    void refusesARegionCodeThatIsNotSixDigits() {
      String yaml = minimalWith("code: \"620102\"", "code: \"62010\"");

      PlanProblem problem = problemAt(refused(yaml), "regions[2].code");

      assertThat(problem.messageEn()).isEqualTo("\"62010\" is not a GB/T 2260 code (6 digits)");
    }

    @Test
    void refusesASectionWhoseParentIsMissing() {
      String yaml =
          minimalWith(
              "\nindicatorTable:",
              "- id: \"3.1\"\n  titleZh: 保障措施\n  titleEn: Safeguards\n  text: 加强组织领导。\n\nindicatorTable:");

      PlanProblem problem = problemAt(refused(yaml), "sections[6].id");

      assertThat(problem.messageEn())
          .isEqualTo("its parent section 3 is missing or comes after it");
      assertThat(problem.messageZh()).isEqualTo("上级节 3 不存在或不在它之前");
      assertThat(problem.line()).isEqualTo(lineOf(yaml, "id: \"3.1\""));
    }

    @Test
    void refusesASectionThatComesBeforeItsParent() {
      String moved =
          minimalWith(
              "- id: \"2.2.1\"\n  titleZh: 石油化工\n  titleEn: Petrochemicals\n  text: |-\n"
                  + "    支持炼油装置升级改造，发展高端润滑油基础油。\n",
              "");
      String yaml =
          replaceOnce(
              moved,
              "- id: \"2.2\"\n",
              "- id: \"2.2.1\"\n  titleZh: 石油化工\n  titleEn: Petrochemicals\n"
                  + "  text: 支持炼油装置升级改造，发展高端润滑油基础油。\n- id: \"2.2\"\n");

      PlanProblem problem = problemAt(refused(yaml), "sections[4].id");

      assertThat(problem.messageEn())
          .isEqualTo("its parent section 2.2 is missing or comes after it");
    }

    @Test
    void refusesASectionIdThatIsNotANumber() {
      String yaml = minimalWith("- id: \"1.1\"", "- id: \"1.a\"");

      PlanProblem problem = problemAt(refused(yaml), "sections[1].id");

      assertThat(problem.messageEn()).isEqualTo("\"1.a\" is not a section number (such as 2.3.1)");
    }

    @Test
    void refusesAnIndustryCodeThatIsNotGbT4754() {
      String yaml = minimalWith("industryCodes: [C25, C26]", "industryCodes: [C25, 2611]");

      PlanProblem problem = problemAt(refused(yaml), "sectors[0].industryCodes");

      assertThat(problem.messageEn())
          .isEqualTo("\"2611\" is not a GB/T 4754-2017 code (such as C25, C2511)");
      assertThat(problem.messageZh()).isEqualTo("\"2611\" 不是 GB/T 4754-2017 行业代码（如 C25、C2511）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C25111", "X25", "c2511", "C2"})
    void refusesABadIndustryCodeOfASubDirection(String code) {
      String yaml = minimalWith("industryCodes: [C2511]", "industryCodes: [" + code + "]");

      PlanProblem problem = problemAt(refused(yaml), "sectors[0].subDirections[0].industryCodes");

      assertThat(problem.messageEn())
          .isEqualTo("\"" + code + "\" is not a GB/T 4754-2017 code (such as C25, C2511)");
    }

    @Test
    void refusesAPlaceNamingAnUnknownSector() {
      String yaml =
          minimalWith(
              "  regions: [\"620100\"]\n  sectors: [petrochemical]\n\nindustryChains",
              "  regions: [\"620100\"]\n  sectors: [petro]\n\nindustryChains");

      PlanProblem problem = problemAt(refused(yaml), "industrialBases[0].sectors");

      assertThat(problem.messageEn()).isEqualTo("no such sector \"petro\"");
    }

    @Test
    void refusesAnIndicatorRowNotFoundInTheTable() {
      String yaml =
          minimalWith(
              "tableRow: \"2\\t研发经费支出占比\\t%\\t1.1\\t1.5\\t预期性\"",
              "tableRow: \"2\\t研发经费支出占比\\t%\\t1.1\\t2.5\\t预期性\"");

      PlanProblem problem = problemAt(refused(yaml), "indicators[1].tableRow");

      assertThat(problem.messageEn())
          .isEqualTo("is not found word for word in the indicator table");
    }

    @Test
    void refusesAPlanIdWithCapitals() {
      String yaml = minimalWith("id: minimal-plan", "id: Minimal-Plan");

      PlanProblem problem = problemAt(refused(yaml), "id");

      assertThat(problem.messageEn())
          .isEqualTo("\"Minimal-Plan\" may hold only a-z, 0-9 and hyphens");
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() {
      String yaml = minimalWith("titleEn: Industrial base", "titleEn: Industrial: base");

      PlanReading reading = refused(yaml);

      assertThat(reading.problems())
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.path()).isEmpty();
                assertThat(problem.line()).isEqualTo(lineOf(yaml, "titleEn: Industrial: base"));
                assertThat(problem.messageEn())
                    .startsWith("YAML syntax error: ")
                    .contains("mapping values are not allowed");
                assertThat(problem.messageZh()).startsWith("YAML 语法错误：");
                assertThat(problem.describe())
                    .startsWith("(document) (line " + problem.line() + "): YAML syntax error: ");
              });
    }

    @Test
    void refusesADocumentThatIsNotAMapping() {
      PlanProblem problem = refused("- id: a\n- id: b\n").problems().get(0);

      assertThat(problem.messageEn()).isEqualTo("a plan file must be a mapping (field: value)");
    }

    @Test
    void reportsEveryProblemOfAFileWithSeveral() {
      String yaml = minimalWith("  value: 3\n", "  value: abc\n");
      yaml =
          replaceOnce(
              yaml, "  section: \"2\"\n  sourceText: 全市", "  section: \"3.9\"\n  sourceText: 全市");
      yaml = replaceOnce(yaml, "parent: \"620100\"", "parent: \"629900\"");
      yaml = replaceOnce(yaml, "industryCodes: [C2511]", "industryCodes: [C2511, 2511]");

      PlanReading reading = refused(yaml);

      assertThat(reading.problems())
          .extracting(PlanProblem::path)
          .containsExactlyInAnyOrder(
              "targets[1].value",
              "targets[0].section",
              "regions[2].parent",
              "sectors[0].subDirections[0].industryCodes");
      assertThat(reading.problems())
          .allSatisfy(
              problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.messageZh()).isNotBlank();
                assertThat(problem.messageEn()).isNotBlank();
              });
    }

    @Test
    void reportsAFileThatCannotBeRead(@TempDir Path dir) {
      Path missing = dir.resolve("no-such-plan.yaml");

      PlanReading reading = PlanFile.read(missing);

      assertThat(reading.plan()).isNull();
      assertThat(reading.problems())
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.path()).isEmpty();
                assertThat(problem.line()).isZero();
                assertThat(problem.messageEn()).startsWith("cannot read the file " + missing);
                assertThat(problem.messageZh()).startsWith("无法读取文件 " + missing);
              });
    }
  }

  @Nested
  class Describe {

    @Test
    void formatsPathLineEnglishAndChinese() {
      PlanProblem problem =
          new PlanProblem("targets[12].value", 340, "\"abc\" 不是数字", "\"abc\" is not a number");

      assertThat(problem.describe())
          .isEqualTo("targets[12].value (line 340): \"abc\" is not a number / \"abc\" 不是数字");
    }

    @Test
    void namesTheDocumentWhenThereIsNoPathAndLeavesOutAnUnknownLine() {
      PlanProblem problem = new PlanProblem("", 0, "无法读取文件", "cannot read the file");

      assertThat(problem.describe()).isEqualTo("(document): cannot read the file / 无法读取文件");
    }

    @Test
    void describesAProblemFoundInAFile() {
      String yaml = minimalWith("  value: 3\n", "  value: abc\n");

      PlanProblem problem = problemAt(refused(yaml), "targets[1].value");

      assertThat(problem.describe())
          .isEqualTo(
              "targets[1].value (line "
                  + lineOf(yaml, "value: abc")
                  + "): \"abc\" is not a number / \"abc\" 不是数字");
    }
  }
}
