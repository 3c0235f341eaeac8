package dev.longyuan.smeservices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.analytics.YearValue;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's target that 80% of counties have a service network by 2018 (T-5.1.4-03) takes its
 * value from the network: touchpoints in the first 9 of Gansu's 86 counties opened in 2015, 51 more
 * in 2017 (60), 10 more in 2018 (70), one opened in 2019 not counted before.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkCoverageTests {

  @Autowired ServiceNetwork network;
  @Autowired PlanAssessor assessor;
  @Autowired JdbcClient jdbc;

  List<Region> counties;

  @BeforeAll
  void touchpoints() {
    TestNetwork.clear(jdbc);
    TestNetwork.build(network, "623027"); // 夏河县, opened 2015-01-01: the first of the 9
    counties =
        network.plan().regions().stream()
            .filter(r -> r.level() == RegionLevel.COUNTY)
            .filter(r -> !r.code().value().equals("623027"))
            .toList();
    for (int i = 0; i < 71; i++) {
      LocalDate opened =
          i < 8
              ? LocalDate.of(2015, 6, 1)
              : i < 59
                  ? LocalDate.of(2017, 3, 1)
                  : i < 69 ? LocalDate.of(2018, 12, 31) : LocalDate.of(2019, 1, 1);
      network.save(TestNetwork.touchpoint(counties.get(i).code().value(), opened));
    }
  }

  @AfterAll
  void clear() {
    TestNetwork.clear(jdbc);
  }

  @Test
  void theNetworkHas86CountiesToCover() {
    assertThat(counties).hasSize(85);
    assertThat(network.coverage("620000", 2016))
        .isEqualTo(new ServiceNetwork.Coverage(2016, 86, 9, false));
  }

  @Test
  void theAssessmentTakesTheCoverageFromTheNetwork() {
    TargetAssessment coverage =
        assessor
            .assess("gansu-13fyp-industry", 2018, DataScope.everything(false), null, null)
            .targets()
            .stream()
            .filter(t -> t.targetCode().equals("T-5.1.4-03"))
            .findFirst()
            .orElseThrow();

    assertThat(coverage.register()).isEqualTo("sme-network:county-coverage");
    assertThat(coverage.dataSource()).isEqualTo("register");
    // 9 / 86 = 10.47%; 2016 the same; 60 / 86 = 69.77%; 70 / 86 = 81.40% (the one of 2019 not yet)
    assertThat(coverage.series())
        .extracting(YearValue::year, v -> v.value() == null ? null : v.value().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2015, "10.47"),
            org.assertj.core.groups.Tuple.tuple(2016, "10.47"),
            org.assertj.core.groups.Tuple.tuple(2017, "69.77"),
            org.assertj.core.groups.Tuple.tuple(2018, "81.40"));
    // 81.40% at the end of 2018 is above the 80% the plan asks for by then
    assertThat(coverage.progress().label())
        .isEqualTo(dev.longyuan.analytics.ProgressLabel.TARGET_ACHIEVED);
  }

  @Test
  void theWindowsTargetCountsTheWindowsOpen() {
    // one window, 甘南州's, open since 2015-01-01: 1 at each year's end against the 14 asked
    TargetAssessment windows =
        assessor
            .assess("gansu-13fyp-industry", 2018, DataScope.everything(false), null, null)
            .targets()
            .stream()
            .filter(t -> t.targetCode().equals("T-5.1.4-01"))
            .findFirst()
            .orElseThrow();

    assertThat(windows.register()).isEqualTo("sme-network:windows");
    assertThat(windows.series())
        .extracting(YearValue::year, v -> v.value() == null ? null : v.value().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2015, 1),
            org.assertj.core.groups.Tuple.tuple(2016, 1),
            org.assertj.core.groups.Tuple.tuple(2017, 1),
            org.assertj.core.groups.Tuple.tuple(2018, 1));
  }

  @Test
  void aCitysCoverageCountsItsOwnCounties() {
    // 甘南州 has 8 counties; of them 夏河县 and whichever of the others were opened by 2018
    long gannan =
        counties.subList(0, 69).stream().filter(c -> c.code().value().startsWith("6230")).count();
    ServiceNetwork.Coverage coverage = network.coverage("623000", 2018);
    assertThat(coverage.counties()).isEqualTo(8);
    assertThat(coverage.covered()).isEqualTo(1 + (int) gannan);
  }
}
