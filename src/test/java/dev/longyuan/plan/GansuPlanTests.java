package dev.longyuan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped plan of Gansu's 13th Five-Year Plan for industrial transformation and upgrading,
 * checked the way a statistician checks a digitised plan against the printed document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GansuPlanTests {

  static final String SHIPPED = "/plans/gansu-13fyp-industry.yaml";

  Plan plan;

  @BeforeAll
  void readTheShippedPlan() {
    PlanReading reading = PlanFile.read(shippedText());
    assertThat(reading.problems()).as("problems of the shipped plan").isEmpty();
    plan = reading.validPlan().orElseThrow();
  }

  static String shippedText() {
    try (InputStream in = GansuPlanTests.class.getResourceAsStream(SHIPPED)) {
      assertThat(in).as("classpath resource %s", SHIPPED).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one target whose sentence contains {@code quoted} and whose value is {@code value}. */
  Target targetQuoting(String quoted, String value) {
    List<Target> found =
        plan.targets().stream()
            .filter(t -> t.sourceText().contains(quoted))
            .filter(t -> t.value() != null && t.value().compareTo(new BigDecimal(value)) == 0)
            .toList();
    assertThat(found).as("targets quoting \"%s\" with value %s", quoted, value).hasSize(1);
    return found.get(0);
  }

  @Test
  void everySentenceOfChapterFiveSetsATaskWithItsWordsAndALeadUnit() {
    for (PlanSection section : plan.sections()) {
      if (!section.id().startsWith("5") || section.text().isEmpty()) {
        continue;
      }
      List<PlanTask> tasks =
          plan.tasks().stream().filter(t -> t.section().equals(section.id())).toList();
      for (String sentence : section.text().split("[。；]")) {
        if (sentence.isBlank()) {
          continue;
        }
        assertThat(tasks)
            .as("tasks of section %s quoting from \"%s\"", section.id(), sentence.strip())
            .anySatisfy(t -> assertThat(sentence).contains(t.sourceText()));
      }
    }
    assertThat(plan.tasks()).allSatisfy(t -> assertThat(plan.unit(t.leadUnit())).isPresent());
    // 专精特新200户 is set in 5.1.4 and served by the task that sets it
    assertThat(plan.tasks())
        .filteredOn(t -> t.targets().contains("T-5.1.4-02"))
        .anySatisfy(t -> assertThat(t.sourceText()).contains("专精特新"));
    assertThat(plan.units()).filteredOn(u -> u.kind() == UnitKind.CITY).hasSize(14);
  }

  @Test
  void isValid() {
    assertThat(PlanFile.read(shippedText()).isValid()).isTrue();
    assertThat(plan.id()).isEqualTo("gansu-13fyp-industry");
    assertThat(plan.documentNumber()).isEqualTo("甘政办发〔2016〕151号");
    assertThat(plan.baseYear()).isEqualTo(2015);
    assertThat(plan.targetYear()).isEqualTo(2020);
  }

  @Nested
  class KeyIndicatorTable {

    @Test
    void hasElevenIndicatorsNumberedAsInTheTable() {
      assertThat(plan.indicators()).hasSize(11);
      assertThat(plan.indicators())
          .extracting(Indicator::number)
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
      assertThat(plan.indicators())
          .allSatisfy(
              indicator -> {
                assertThat(indicator.section()).isEqualTo("2.3");
                assertThat(plan.indicatorTable().rawText()).contains(indicator.tableRow());
              });
    }

    @Test
    void correctsTheGrowthOfAllIndustryFromThePrinted47Point5To7Point5() {
      Indicator growth = plan.indicator("I01").orElseThrow();

      assertThat(growth.target()).isEqualByComparingTo("7.5");
      assertThat(growth.corrections())
          .anySatisfy(
              correction -> {
                assertThat(correction.field()).isEqualTo("target");
                assertThat(correction.printed()).isEqualTo("47.5");
                assertThat(correction.corrected()).isEqualTo("7.5");
                assertThat(correction.reasonZh()).isNotBlank();
                assertThat(correction.reasonEn()).isNotBlank();
              });
      assertThat(growth.tableRow()).contains("47.5");
    }

    @Test
    void correctsTheTablesHeaderFromTwelfthToThirteenthPlan() {
      assertThat(plan.indicatorTable().section()).isEqualTo("2.3");
      assertThat(plan.indicatorTable().corrections())
          .anySatisfy(
              correction -> {
                assertThat(correction.field()).isEqualTo("header");
                assertThat(correction.printed()).isEqualTo("十二五（2020）");
                assertThat(correction.corrected()).isEqualTo("十三五（2020）");
              });
      assertThat(plan.indicatorTable().corrections())
          .allSatisfy(
              correction -> {
                // the printed table breaks header cells across lines (十二五↵（2020）)
                assertThat(plan.indicatorTable().rawText().replace("\n", ""))
                    .contains(correction.printed());
                assertThat(correction.reasonZh()).isNotBlank();
                assertThat(correction.reasonEn()).isNotBlank();
              });
    }

    @Test
    void keepsTheWaterUseIndicatorAs69To52AndBinding() {
      Indicator water = plan.indicator("I08").orElseThrow();

      assertThat(water.baseline()).isEqualByComparingTo("69");
      assertThat(water.target()).isEqualByComparingTo("52");
      assertThat(water.unit()).isEqualTo("立方米/万元");
      assertThat(water.attribute()).isEqualTo(Attribute.BINDING);
      assertThat(water.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void keepsTheTextsWaterUseFallOf23PercentAsASeparateTarget() {
      Target fall = targetQuoting("用水量比2015年下降23%", "23");

      assertThat(fall.kind()).isEqualTo(TargetKind.CHANGE_VS_BASE);
      assertThat(fall.section()).isEqualTo("2.3.4");
      assertThat(fall.unit()).isEqualTo("%");
      assertThat(fall.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
      assertThat(fall.scope()).isEqualTo("规模以上企业");
      assertThat(fall.indicator()).isEqualTo("I08");
    }

    @Test
    void leavesTheEnergyIntensityTargetWithoutANumberAsPrinted() {
      Indicator energy = plan.indicator("I06").orElseThrow();

      assertThat(energy.target()).isNull();
      assertThat(energy.attribute()).isEqualTo(Attribute.BINDING);
      assertThat(energy.targets())
          .singleElement()
          .satisfies(
              code ->
                  assertThat(plan.target(code).orElseThrow().kind())
                      .isEqualTo(TargetKind.QUALITATIVE));
    }

    @Test
    void pointsEachIndicatorAtTargetsThatPointBack() {
      for (Indicator indicator : plan.indicators()) {
        for (String code : indicator.targets()) {
          assertThat(plan.target(code))
              .as("target %s of %s", code, indicator.code())
              .get()
              .extracting(Target::indicator)
              .isEqualTo(indicator.code());
        }
      }
    }
  }

  @Nested
  class Targets {

    @Test
    void hasAtLeastThirtyQuantitativeTargets() {
      assertThat(plan.targets())
          .filteredOn(t -> t.kind() != TargetKind.QUALITATIVE)
          .hasSizeGreaterThanOrEqualTo(30);
      assertThat(plan.targets())
          .filteredOn(t -> t.kind() != TargetKind.QUALITATIVE)
          .allSatisfy(t -> assertThat(t.value()).as("value of %s", t.code()).isNotNull());
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        全部工业增加值力争年均增长7.5%左右                 | 7.5  | %  | ≈  | average_annual_growth |
        工业固定资产投资年均增长12%左右                    | 12   | %  | ≈  | average_annual_growth |
        全部工业增加值占生产总值比重达到35%左右            | 35   | %  | ≈  | level                 |
        研发经费内部支出占主营业务收入的比重达到1%         | 1    | %  | >= | level                 |
        有效发明专利数达到0.4件                            | 0.4  | 件 | >= | level                 |
        工业固体废物综合利用率达到75%                      | 75   | %  | >= | level                 |
        数字化研发设计工具普及率达到65%                    | 65   | %  | >= | level                 |
        关键工序数控化率达到50%                            | 50   | %  | >= | level                 |
        800户以上企业开展“两化”融合管理体系贯标达标       | 800  | 户 | >= | cumulative_count      | stock
        4-6个“互联网＋”协同制造示范园区、基地              | 4    | 个 | range | cumulative_count   | stock
        “专精特新”中小微型企业达到200户以上                | 200  | 户 | >= | cumulative_count      | stock
        50家服务型制造示范企业                             | 50   | 家 | >= | cumulative_count      | stock
        100家省级工业设计中心                              | 100  | 家 | >= | cumulative_count      | stock
        煤炭行业逐步退出1000万吨产能                       | 1000 | 万吨 | >= | cumulative_count    | additions
        生铁200万吨                                        | 200  | 万吨 | >= | cumulative_count    | additions
        粗钢300万吨                                        | 300  | 万吨 | >= | cumulative_count    | additions
        产能发挥率达到80%以上                              | 80   | %  | >= | level                 |
        产能集中度达到85%以上                              | 85   | %  | >= | level                 |
        """)
    void statesTheTargetAsTheTextDoes(
        String quoted,
        String value,
        String unit,
        String comparator,
        String kind,
        String countBasis) {
      Target target = targetQuoting(quoted, value);

      assertThat(target.unit()).isEqualTo(unit);
      assertThat(target.comparator().word()).isEqualTo(comparator);
      assertThat(target.kind().word()).isEqualTo(kind);
      assertThat(target.countBasis() == null ? null : target.countBasis().word())
          .isEqualTo(countBasis);
      assertThat(target.targetYear()).isLessThanOrEqualTo(2020);
    }

    @Test
    void givesTheRangeOfPilotParksAsFourToSix() {
      Target parks = targetQuoting("4-6个“互联网＋”协同制造示范园区", "4");

      assertThat(parks.valueMax()).isEqualByComparingTo("6");
      assertThat(parks.section()).isEqualTo("2.3.5");
    }

    @Test
    void scopesTheResearchShareToAboveScaleManufacturing() {
      Target research = targetQuoting("研发经费内部支出占主营业务收入的比重达到1%", "1");

      assertThat(research.scope()).isEqualTo("规模以上制造业");
      assertThat(research.indicator()).isEqualTo("I09");
      assertThat(targetQuoting("有效发明专利数达到0.4件", "0.4").scope()).isEqualTo("规模以上制造业");
    }

    @Test
    void linksTheHeadlineGrowthTargetToItsCorrectedIndicator() {
      Target growth = targetQuoting("全部工业增加值力争年均增长7.5%左右", "7.5");

      assertThat(growth.indicator()).isEqualTo("I01");
      assertThat(growth.scope()).isEqualTo("全部工业");
      assertThat(growth.section()).isEqualTo("2.3.1");
      assertThat(plan.indicator("I01").orElseThrow().target()).isEqualByComparingTo(growth.value());
    }

    @Test
    void quotesEveryTargetWordForWordFromItsSection() {
      String table = plan.indicatorTable().rawText();
      assertThat(plan.targets())
          .allSatisfy(
              target -> {
                PlanSection section =
                    plan.sections().stream()
                        .filter(s -> s.id().equals(target.section()))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new AssertionError(
                                    "no section " + target.section() + " for " + target.code()));
                String text =
                    section.text() + "\n" + Objects.requireNonNullElse(section.closingText(), "");
                boolean inTable =
                    target.section().equals(plan.indicatorTable().section())
                        && table.contains(target.sourceText());
                assertThat(text.contains(target.sourceText()) || inTable)
                    .as(
                        "%s quotes \"%s\" from section %s",
                        target.code(), target.sourceText(), target.section())
                    .isTrue();
              });
    }

    @Test
    void quotesEveryBaselineWordForWordFromItsSection() {
      assertThat(plan.baselines())
          .allSatisfy(
              baseline -> {
                PlanSection section = plan.section(baseline.section()).orElseThrow();
                String text =
                    section.text() + "\n" + Objects.requireNonNullElse(section.closingText(), "");
                assertThat(text)
                    .as("section of %s", baseline.code())
                    .contains(baseline.sourceText());
              });
    }

    @Test
    void usesUniqueTargetCodes() {
      assertThat(plan.targets()).extracting(Target::code).doesNotHaveDuplicates();
    }
  }

  @Nested
  class Baselines {

    @Test
    void includesTheValueAddedOfAllIndustryIn2015() {
      assertThat(plan.baselines())
          .anySatisfy(
              baseline -> {
                assertThat(baseline.nameZh()).isEqualTo("全部工业增加值");
                assertThat(baseline.year()).isEqualTo(2015);
                assertThat(baseline.value()).isEqualByComparingTo("1778.1");
                assertThat(baseline.unit()).isEqualTo("亿元");
              });
    }

    @Test
    void includesIndustrysShareOfGdpIn2015() {
      assertThat(plan.baselines())
          .anySatisfy(
              baseline -> {
                assertThat(baseline.year()).isEqualTo(2015);
                assertThat(baseline.value()).isEqualByComparingTo("26.19");
                assertThat(baseline.unit()).isEqualTo("%");
                assertThat(baseline.sourceText()).contains("生产总值比重");
              });
    }
  }

  @Nested
  class Sectors {

    @Test
    void hasSevenTraditionalAndFiveEmergingSectors() {
      assertThat(plan.sectors()).hasSize(12);
      assertThat(plan.sectors()).filteredOn(s -> s.group() == SectorGroup.TRADITIONAL).hasSize(7);
      assertThat(plan.sectors()).filteredOn(s -> s.group() == SectorGroup.EMERGING).hasSize(5);
    }

    @Test
    void mapsEverySectorToGbT4754() {
      assertThat(plan.sectors())
          .allSatisfy(
              sector -> {
                assertThat(sector.industryCodes()).as("codes of %s", sector.code()).isNotEmpty();
                assertThat(plan.section(sector.section()))
                    .as("section of %s", sector.code())
                    .isPresent();
              });
    }

    @Test
    void placesTheSectorsInChapterThree() {
      assertThat(plan.sectors())
          .allSatisfy(sector -> assertThat(sector.section()).startsWith("3."));
    }
  }

  @Nested
  class Regions {

    @Test
    void hasTheProvinceAtTheTop() {
      Region gansu = plan.region("620000").orElseThrow();

      assertThat(gansu.level()).isEqualTo(RegionLevel.PROVINCE);
      assertThat(gansu.parent()).isNull();
      assertThat(gansu.nameZh()).isEqualTo("甘肃省");
    }

    @Test
    void hasFourteenPrefecturesUnderTheProvince() {
      List<Region> prefectures =
          plan.regions().stream().filter(r -> r.level() == RegionLevel.PREFECTURE).toList();

      assertThat(prefectures).hasSize(14);
      assertThat(prefectures).allSatisfy(r -> assertThat(r.parent()).hasToString("620000"));
      assertThat(prefectures)
          .extracting(r -> r.code().value())
          .contains("620100", "620200", "622900", "623000");
    }

    @Test
    void hasEightySixCountiesEachUnderAPrefecture() {
      Set<String> prefectures =
          plan.regions().stream()
              .filter(r -> r.level() == RegionLevel.PREFECTURE)
              .map(r -> r.code().value())
              .collect(Collectors.toSet());
      List<Region> counties =
          plan.regions().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();

      assertThat(counties).hasSize(86);
      assertThat(counties)
          .allSatisfy(
              county -> {
                assertThat(county.parent()).isNotNull();
                assertThat(prefectures).contains(county.parent().value());
                assertThat(county.code().value())
                    .startsWith(county.parent().value().substring(0, 4));
              });
    }

    @Test
    void hasTheLanzhouNewArea() {
      Region newArea = plan.region("620171").orElseThrow();

      assertThat(newArea.nameZh()).isEqualTo("兰州新区");
      assertThat(newArea.level()).isEqualTo(RegionLevel.NEW_AREA);
      assertThat(plan.regions()).hasSize(1 + 14 + 86 + 1);
    }
  }

  @Nested
  class Places {

    @Test
    void hasThreeEconomicZones() {
      assertThat(plan.places(PlaceKind.ECONOMIC_ZONE))
          .extracting(Place::nameZh)
          .containsExactly("兰白经济区", "河西走廊经济区", "陇东南经济区");
    }

    @Test
    void hasSixIndustrialBases() {
      assertThat(plan.places(PlaceKind.INDUSTRIAL_BASE)).hasSize(6);
    }

    @Test
    void hasSevenIndustryChains() {
      assertThat(plan.places(PlaceKind.INDUSTRY_CHAIN)).hasSize(7);
    }

    @Test
    void namesOnlyKnownRegionsAndSectors() {
      Set<String> sectors = plan.sectors().stream().map(Sector::code).collect(Collectors.toSet());
      assertThat(plan.places())
          .allSatisfy(
              place -> {
                assertThat(place.regions())
                    .allSatisfy(
                        code -> assertThat(plan.region(code)).as("region %s", code).isPresent());
                assertThat(place.sectors()).allSatisfy(code -> assertThat(sectors).contains(code));
              });
    }
  }
}
