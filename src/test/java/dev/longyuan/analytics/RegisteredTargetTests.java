package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Targets the Gansu plan measures by a register (专精特新 200户, 煤炭退出1000万吨) judged from a register's
 * figures: a stock by its counts, additions by their running sum from zero, and nothing invented
 * where the register says nothing.
 */
@PlatformTest
class RegisteredTargetTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String PROVINCE = "620000";

  @Autowired PlanCatalog plans;

  @Autowired dev.longyuan.plan.PlanRevisions revisions;

  @Autowired IndicatorEngine engine;

  /** A register holding two series for the province: 专精特新 counts and coal withdrawn each year. */
  static final class ExampleRegister implements RegisterFigures {

    @Override
    public String version() {
      return "1";
    }

    @Override
    public boolean keeps(String series) {
      return series.equals("programme:specialised-sme")
          || series.equals("programme:service-manufacturing-zone")
          || series.equals("capacity-withdrawn:coal");
    }

    @Override
    public boolean published(String series) {
      return series.startsWith("programme:");
    }

    @Override
    public Map<Integer, RegisterFigure> figures(
        String series, String regionCode, List<Integer> years) {
      Map<Integer, Integer> values =
          series.equals("programme:specialised-sme")
              ? Map.of(2015, 40, 2016, 70, 2017, 100)
              : series.equals("programme:service-manufacturing-zone")
                  ? Map.of(2015, 0, 2016, 2, 2017, 4)
                  : Map.of(2015, 0, 2016, 150, 2017, 250);
      Map<Integer, RegisterFigure> figures = new TreeMap<>();
      for (int year : years) {
        if (regionCode.equals(PROVINCE) && values.containsKey(year)) {
          int value = values.get(year);
          figures.put(
              year,
              new RegisterFigure(
                  year,
                  BigDecimal.valueOf(value),
                  year + "年末有效认定 " + value + " 项",
                  value + " valid at the end of " + year,
                  false));
        }
      }
      return figures;
    }
  }

  PlanAssessor assessor() {
    return new PlanAssessor(plans, engine, List.of(new ExampleRegister()), revisions);
  }

  TargetAssessment target(PlanAssessment assessment, String code) {
    return assessment.targets().stream().filter(t -> t.targetCode().equals(code)).findFirst().get();
  }

  @Test
  void aStockCountIsJudgedOnTheRegistersCountsAgainstTheGrowthTheTargetNeeds() {
    TargetAssessment sme =
        target(assessor().assess(PLAN, 2017, DataScope.everything(true), null, null), "T-5.1.4-02");

    assertThat(sme.register()).isEqualTo("programme:specialised-sme");
    assertThat(sme.dataSource()).isEqualTo("register");
    assertThat(sme.series())
        .extracting(YearValue::year, v -> v.value().intValue(), YearValue::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2015, 40, "register"),
            org.assertj.core.groups.Tuple.tuple(2016, 70, "register"),
            org.assertj.core.groups.Tuple.tuple(2017, 100, "register"));
    // 40 → 100 in two years is (100/40)^(1/2) − 1 = 58.11% a year; 40 → 200 in five needs
    // (200/40)^(1/5) − 1 = 37.97%
    assertThat(sme.progress().cagrObserved()).isCloseTo(0.5811, within(0.0001));
    assertThat(sme.progress().cagrRequired()).isCloseTo(0.3797, within(0.0001));
    assertThat(sme.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
    assertThat(sme.notes())
        .anySatisfy(n -> assertThat(n.zh()).contains("programme:specialised-sme", "有效认定 100 项"));
  }

  @Test
  void aStockThatStartsFromNoneIsJudgedByItsPace() {
    TargetAssessment zones =
        target(assessor().assess(PLAN, 2017, DataScope.everything(true), null, null), "T-5.1.3-04");

    // 0 at the end of 2015, 4 by 2017: a straight path to 10 by 2020 has 10 × 2/5 = 4
    assertThat(zones.progress().method()).isEqualTo(3);
    assertThat(zones.progress().ratio()).isCloseTo(1.0, within(1e-9));
    assertThat(zones.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void withdrawalsAreSummedFromZeroAndJudgedByTheirPace() {
    TargetAssessment coal =
        target(assessor().assess(PLAN, 2017, DataScope.everything(true), null, null), "T-5.3.2-01");

    // 150 + 250 = 400万吨 by 2017; a straight path to 1000 by 2020 would have 1000 × 2/5 = 400
    assertThat(coal.judged())
        .extracting(TargetAssessment.YearPoint::value)
        .containsExactly(0.0, 150.0, 400.0);
    assertThat(coal.progress().ratio()).isCloseTo(1.0, within(1e-9));
    assertThat(coal.progress().label()).isEqualTo(ProgressLabel.ON_TRACK);
  }

  @Test
  void nothingIsInventedWhereNoRegisterKeepsTheSeriesOrTheRegionHasNoFigures() {
    PlanAssessment province = assessor().assess(PLAN, 2017, DataScope.everything(true), null, null);
    TargetAssessment designCentres = target(province, "T-5.1.3-02");
    assertThat(designCentres.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);
    assertThat(designCentres.reasonZh()).contains("programme:industrial-design-centre");

    TargetAssessment inACity =
        target(
            assessor().assess(PLAN, 2017, DataScope.everything(true), "620100", null),
            "T-5.1.4-02");
    assertThat(inACity.dataSource()).isEqualTo("none");
    assertThat(inACity.series()).allSatisfy(v -> assertThat(v.value()).isNull());
    assertThat(inACity.progress().label()).isEqualTo(ProgressLabel.NOT_ASSESSABLE);

    TargetAssessment bySector =
        target(assessor().assess(PLAN, 2017, DataScope.everything(true), null, "C"), "T-5.1.4-02");
    assertThat(bySector.reasonEn()).contains("by region, not by sector");
  }

  @Test
  void thePublicSeesOnlyTheSeriesARegisterPublishes() {
    PlanAssessment open = assessor().assessOfficial(PLAN, 2017, null);

    assertThat(target(open, "T-5.1.4-02").series()).hasSize(3);
    assertThat(target(open, "T-5.3.2-01").reasonZh()).isEqualTo("此登记簿的数值不公开");
  }
}
