package dev.longyuan.reporting.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.shared.RegionCode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SyntheticPanelTests {

  private static final long SEED = 20_150_101L;

  /** The demonstration panel, generated once for all tests and tabulated once. */
  private static final class Demo {
    static final SyntheticPanel PANEL = SyntheticPanel.generate(SEED, 2000, 2015, 2020);
    static final PanelFacts FACTS = PanelFacts.of(PANEL);
  }

  private static PanelFacts facts() {
    return Demo.FACTS;
  }

  @Nested
  class Determinism {

    @Test
    void sameSeedAndOptionsGiveIdenticalData() {
      SyntheticPanel a = SyntheticPanel.generate(7, 300, 2015, 2017);
      SyntheticPanel b = SyntheticPanel.generate(7, 300, 2015, 2017);

      assertThat(a.enterprises()).isEqualTo(b.enterprises());
      assertThat(a.panel()).isEqualTo(b.panel());
      Iterator<ValueRecord> left = a.valueIterator();
      Iterator<ValueRecord> right = b.valueIterator();
      long compared = 0;
      while (left.hasNext()) {
        assertThat(right.hasNext()).isTrue();
        ValueRecord x = left.next();
        assertThat(right.next()).isEqualTo(x);
        compared++;
      }
      assertThat(right.hasNext()).isFalse();
      assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void valuesCanBeStreamedAgainWithTheSameResult() {
      SyntheticPanel panel = SyntheticPanel.generate(7, 300, 2019, 2020);

      assertThat(panel.values().findFirst()).isEqualTo(panel.values().findFirst());
      assertThat(panel.values().reduce((x, y) -> y)).isEqualTo(panel.values().reduce((x, y) -> y));
    }

    @Test
    void differentSeedsGiveDifferentData() {
      SyntheticPanel a = SyntheticPanel.generate(7, 300, 2015, 2015);
      SyntheticPanel b = SyntheticPanel.generate(8, 300, 2015, 2015);

      assertThat(a.enterprises().get(100).name()).isNotEqualTo(b.enterprises().get(100).name());
      assertThat(a.values().limit(50).toList()).isNotEqualTo(b.values().limit(50).toList());
    }

    @Test
    void aWindowOfYearsIsPartOfTheLongerRun() {
      List<ValueRecord> alone = SyntheticPanel.generate(7, 300, 2018, 2018).values().toList();
      List<ValueRecord> within =
          SyntheticPanel.generate(7, 300, 2015, 2018)
              .values()
              .filter(v -> v.period().year() == 2018)
              .toList();

      assertThat(alone).isEqualTo(within);
    }
  }

  @Nested
  class CalibrationTo2015Baselines {

    @Test
    void valueAddedAboveScaleIs1662point0Yi() {
      assertThat(facts().all("VA", 2015) / 10_000).isCloseTo(1662.0, within(0.05));
    }

    @Test
    void lossesOfLossMakingEnterprisesAre72point3Yi() {
      assertThat(facts().all("LOSS", 2015) / 10_000).isCloseTo(72.3, within(0.05));
    }

    @Test
    void shareOfLossMakingEnterprisesIs31point7Percent() {
      double share = 100 * facts().all("LOSS_ENT", 2015) / facts().all("ENT", 2015);

      assertThat(share).isCloseTo(31.7, within(0.05));
    }

    @Test
    void rdIntensityOfManufacturingIs0point60Percent() {
      double intensity =
          100 * facts().manufacturing("RD_EXP", 2015) / facts().manufacturing("MBR", 2015);

      assertThat(intensity).isCloseTo(0.60, within(0.005));
    }

    @Test
    void inventionPatentsPerYiOfRevenueAre0point20() {
      double perYi =
          facts().manufacturing("PATENTS", 2015) / (facts().manufacturing("MBR", 2015) / 10_000);

      assertThat(perYi).isCloseTo(0.20, within(0.005));
    }

    @Test
    void digitalDesignToolsReach45PercentOfSurveyedEnterprises() {
      double share = 100 * facts().all("IT_DIGITAL_RD", 2015) / facts().all("IT_SURVEYED", 2015);

      assertThat(share).isCloseTo(45, within(0.5));
    }

    @Test
    void numericalControlCovers30PercentOfKeyProcesses() {
      double share = 100 * facts().all("IT_NC_PROC", 2015) / facts().all("IT_KEY_PROC", 2015);

      assertThat(share).isCloseTo(30, within(0.5));
    }

    @Test
    void outputRevenueAndValueAddedStandInPlausibleRatios() {
      double output = facts().all("GO", 2015);
      double revenue = facts().all("REV", 2015);

      assertThat(output / 10_000).isBetween(6000.0, 7000.0);
      assertThat(facts().all("VA", 2015) / output).isBetween(0.25, 0.35);
      assertThat(revenue / output).isBetween(0.9, 1.1);
      assertThat(facts().all("MBR", 2015) / revenue).isBetween(0.93, 0.98);
    }
  }

  @Nested
  class PathTo2020 {

    @Test
    void valueAddedGrowsOverTheSamePanelAsCalibrated() {
      Calibration calibration = Demo.PANEL.calibration();
      double realSum = 0;
      for (int year = 2016; year <= 2020; year++) {
        int y = year - 2015;
        double nominal = facts().valueAddedNow[y] / facts().valueAddedBefore[y] - 1;
        YearTargets targets = calibration.year(year);
        assertThat(nominal).as("%d", year).isCloseTo(targets.nominalGrowth(), within(0.001));
        realSum += (1 + nominal) / (1 + targets.ppi()) - 1;
      }
      double real2020 =
          (1 + facts().valueAddedNow[5] / facts().valueAddedBefore[5] - 1)
                  / (1 + calibration.year(2020).ppi())
              - 1;

      assertThat(realSum / 5).isCloseTo(0.06, within(0.005));
      assertThat(real2020).isCloseTo(0.065, within(0.002));
    }

    @Test
    void innovationImprovesButFallsShortOfThePlanTargets() {
      double rd = 100 * facts().manufacturing("RD_EXP", 2020) / facts().manufacturing("MBR", 2020);
      double patents =
          facts().manufacturing("PATENTS", 2020) / (facts().manufacturing("MBR", 2020) / 10_000);
      double digital = 100 * facts().all("IT_DIGITAL_RD", 2020) / facts().all("IT_SURVEYED", 2020);
      double nc = 100 * facts().all("IT_NC_PROC", 2020) / facts().all("IT_KEY_PROC", 2020);

      assertThat(rd).isBetween(0.85, 0.95).isLessThan(1.0);
      assertThat(patents).isBetween(0.33, 0.37).isLessThan(0.4);
      assertThat(digital).isBetween(58.0, 62.0).isLessThan(65.0);
      assertThat(nc).isBetween(43.0, 47.0).isLessThan(50.0);
    }
  }

  @Nested
  class Registry {

    @Test
    void creditCodesAreValidUniqueAndRegisteredInTheEnterprisesCounty() {
      List<Enterprise> enterprises = Demo.PANEL.enterprises();
      Set<String> codes = new HashSet<>();

      for (Enterprise e : enterprises) {
        assertThat(CreditCode.isValid(e.creditCode().value())).isTrue();
        assertThat(e.creditCode().registrationRegion()).isEqualTo(e.regionCode().value());
        codes.add(e.creditCode().value());
      }
      assertThat(codes).hasSize(enterprises.size());
    }

    @Test
    void everyEnterpriseSitsInAGansuCountyLevelUnit() {
      Set<RegionCode> counties = new HashSet<>(GansuCounties.codes());

      assertThat(counties).hasSize(88).contains(RegionCode.of("620200"), RegionCode.of("620171"));
      assertThat(Demo.PANEL.enterprises())
          .allSatisfy(e -> assertThat(counties).contains(e.regionCode()));
    }

    @Test
    void lanzhouAndTheHeavyIndustryCitiesProduceMostOfTheOutput() {
      Map<String, Double> output = facts().outputByPrefecture2015;
      double total = output.values().stream().mapToDouble(Double::doubleValue).sum();
      double heavy =
          List.of("6201", "6202", "6203", "6204", "6209", "6210").stream()
              .mapToDouble(p -> output.getOrDefault(p, 0.0))
              .sum();

      assertThat(output).hasSize(14);
      assertThat(heavy / total).isGreaterThan(0.7);
      assertThat(output.get("6201")).isEqualTo(output.values().stream().max(Double::compare).get());
    }

    @Test
    void industryClassesFallUnderPlanSectorsMiningOrUtilities() {
      List<String> allowed =
          List.of(
              "C13", "C14", "C15", "C16", "C17", "C18", "C19", "C251", "C252", "C261", "C262",
              "C264", "C265", "C266", "C27", "C2829", "C30", "C31", "C32", "C3311", "C34", "C35",
              "C36", "C37", "C38", "C39", "C40", "B06", "B07", "B08", "B09", "B10", "B11", "B12",
              "D44", "D45", "D46");

      assertThat(Demo.PANEL.enterprises())
          .allSatisfy(
              e -> {
                String code = e.industryCode().value();
                assertThat(code).matches("[BCD]\\d{4}");
                assertThat(allowed).anyMatch(code::startsWith);
              });
    }

    @Test
    void namesAreUniqueChineseCompanyNames() {
      List<String> names = Demo.PANEL.enterprises().stream().map(Enterprise::name).toList();

      assertThat(new HashSet<>(names)).hasSize(names.size());
      assertThat(names).allSatisfy(n -> assertThat(n).matches("[\\p{IsHan}（）]+(有限公司|有限责任公司|厂)"));
      assertThat(names).noneMatch(n -> n.contains("金川") || n.contains("酒钢") || n.contains("白银有色"));
    }

    @Test
    void enterprisesAreMarkedSyntheticWithKnownOwnershipAndSizes() {
      Set<String> ownerships = Set.of("国有", "集体", "股份制", "私营", "外商及港澳台");
      Set<SizeClass> sizes = new TreeSet<>();

      for (Enterprise e : Demo.PANEL.enterprises()) {
        assertThat(e.synthetic()).isTrue();
        assertThat(ownerships).contains(e.ownership());
        sizes.add(e.sizeClass());
      }
      assertThat(sizes).containsExactlyInAnyOrder(SizeClass.values());
    }
  }

  @Nested
  class PeriodsAndMeasures {

    @Test
    void yearToDateIsTheRunningSumOfTheMonths() {
      assertThat(facts().ytdNotRunningSum).isZero();
    }

    @Test
    void januaryFebruaryCurrentEqualsYearToDate() {
      assertThat(facts().janFebCurrentNotYtd).isZero();
    }

    @Test
    void noPeriodIsFebruaryAlone() {
      assertThat(facts().badPeriods).isZero();
    }

    @Test
    void previousYearValueIsTheSameEnterprisesValueAYearEarlier() {
      assertThat(facts().previousChecked).isGreaterThan(1_000_000);
      assertThat(facts().previousWrong).isZero();
    }

    @Test
    void lossesAndLossMakersFollowYearToDateProfit() {
      assertThat(facts().lossNotFromProfit).isZero();
    }

    @Test
    void productsAreReportedOnlyByTheIndustriesThatMakeThem() {
      assertThat(facts().productElsewhere).isZero();
      assertThat(facts().all("P_CRUDE_PROC", 2015)).isBetween(1000.0, 2500.0);
      assertThat(facts().all("P_POWER", 2015)).isBetween(900.0, 1800.0);
    }

    @Test
    void springFestivalDipsAndDecemberPeaks() {
      for (int y = 0; y < 6; y++) {
        double month = facts().valueAddedYear[y] / 12;

        assertThat(facts().valueAddedJanFeb[y] / 2).isLessThan(0.95 * month);
        assertThat(facts().valueAddedDecember[y]).isGreaterThan(1.05 * month);
      }
    }
  }

  @Nested
  class PanelChanges {

    @Test
    void aboutTheRequestedNumberAreAboveScaleEachYear() {
      for (int year = 2015; year <= 2020; year++) {
        int y = year;
        long size = Demo.PANEL.panel().stream().filter(p -> p.year() == y).count();

        assertThat(size).as("%d", year).isBetween(1900L, 2100L);
      }
    }

    @Test
    void between3And15PercentEnterAndLeaveEachYear() {
      for (int year = 2016; year <= 2020; year++) {
        Set<String> before = members(year - 1);
        Set<String> now = members(year);
        long entries = now.stream().filter(c -> !before.contains(c)).count();
        long exits = before.stream().filter(c -> !now.contains(c)).count();

        assertThat((double) entries / now.size()).as("entries %d", year).isBetween(0.03, 0.15);
        assertThat((double) exits / before.size()).as("exits %d", year).isBetween(0.03, 0.15);
      }
    }

    @Test
    void enterprisesReportInTheYearsTheyAreInThePanelAndNoOthers() {
      for (int year = 2015; year <= 2020; year++) {
        assertThat(facts().reporters.get(year)).isEqualTo(members(year));
      }
    }

    @Test
    void everyEnterpriseInThePanelHasAtLeast2000WanYuanOfRevenue() {
      assertThat(facts().smallestRevenue).isGreaterThanOrEqualTo(2000.0);
    }

    private Set<String> members(int year) {
      return Demo.PANEL.panel().stream()
          .filter(p -> p.year() == year && p.aboveScale())
          .map(PanelMembership::creditCode)
          .map(CreditCode::value)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Nested
  class Options {

    @Test
    void yearsAreReadAsARange() {
      assertThat(SyntheticOptions.of(1, 2000, "2015-2020"))
          .isEqualTo(new SyntheticOptions(1, 2000, 2015, 2020));
      assertThat(SyntheticOptions.of(1, 2000, "2018"))
          .isEqualTo(new SyntheticOptions(1, 2000, 2018, 2018));
    }

    @Test
    void yearsOutsideThePlanPeriodAreRefused() {
      assertThatThrownBy(() -> SyntheticOptions.of(1, 2000, "2014-2020"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SyntheticOptions.of(1, 2000, "2015-2021"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SyntheticOptions(1, 10, 2015, 2020))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Speed {

    @Test
    void twoThousandEnterprisesOverSixYearsGenerateInAFewSeconds() {
      long started = System.nanoTime();
      long values = SyntheticPanel.generate(SEED + 1, 2000, 2015, 2020).values().count();
      double seconds = (System.nanoTime() - started) / 1e9;

      assertThat(values).isGreaterThan(2_000_000);
      assertThat(seconds).isLessThan(15);
    }
  }
}
