package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Plan;
import dev.longyuan.projects.internal.DemonstrationProjects;
import dev.longyuan.projects.internal.DemonstrationProjects.Generated;
import dev.longyuan.projects.internal.ProgressChecks;
import dev.longyuan.projects.internal.ProjectChecks;
import dev.longyuan.projects.internal.ShippedProjects;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shipped demonstration projects: the same every time, along every chain and in every zone,
 * each one a project the checks would accept, with the late, overdue and behind ones the warning
 * rules are to find; and loaded once however often asked.
 */
@PlatformTest
class DemonstrationProjectsTests {

  @Autowired Projects projects;

  @Autowired ShippedProjects shipped;

  @Autowired ProjectWatch watch;

  @Autowired JdbcClient jdbc;

  /** Two synthetic enterprises: a Jinchang non-ferrous smelter and a Qingyang refinery. */
  static final List<Enterprise> ENTERPRISES =
      List.of(
          new Enterprise(
              CreditCode.of(CreditCode.withCheckCharacter("91620300DEM0NX001").value()),
              "模拟金昌冶炼有限公司",
              RegionCode.of("620302"),
              IndustryCode.of("C3211"),
              SizeClass.LARGE,
              "国有",
              true),
          new Enterprise(
              CreditCode.of(CreditCode.withCheckCharacter("91621000DEM0NX002").value()),
              "模拟庆阳炼化有限公司",
              RegionCode.of("621002"),
              IndustryCode.of("C2511"),
              SizeClass.LARGE,
              "国有",
              true));

  @Test
  void theSameSeedMakesTheSameProjectsAlongEveryChainAndZone() {
    Plan plan = projects.currentPlan();
    List<Generated> first =
        DemonstrationProjects.generate(plan, ENTERPRISES, DemonstrationProjects.SEED);
    List<Generated> second =
        DemonstrationProjects.generate(plan, ENTERPRISES, DemonstrationProjects.SEED);
    assertThat(first).isEqualTo(second);
    assertThat(first).hasSizeBetween(150, 250);
    Map<String, Long> perChain =
        first.stream()
            .filter(g -> g.project().chain() != null)
            .collect(Collectors.groupingBy(g -> g.project().chain(), Collectors.counting()));
    assertThat(perChain.keySet())
        .containsAll(plan.places(PlaceKind.INDUSTRY_CHAIN).stream().map(p -> p.code()).toList());
    assertThat(perChain.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    assertThat(first.stream().map(g -> g.project().zone()).distinct())
        .containsAll(plan.places(PlaceKind.DEVELOPMENT_ZONE).stream().map(p -> p.code()).toList());
    assertThat(first).allSatisfy(g -> assertThat(g.project().synthetic()).isTrue());
    assertThat(first.stream().map(g -> g.project().ownerCreditCode()).distinct())
        .contains(ENTERPRISES.get(0).creditCode().value(), ENTERPRISES.get(1).creditCode().value());
  }

  @Test
  void everyProjectPassesTheChecksAndItsFiguresAddUp() {
    Plan plan = projects.currentPlan();
    Map<String, Enterprise> registry =
        ENTERPRISES.stream()
            .collect(Collectors.toMap(e -> e.creditCode().value(), Function.identity()));
    ProjectChecks checks =
        new ProjectChecks(plan, c -> Optional.ofNullable(registry.get(c)), LocalDate.now());
    for (Generated g :
        DemonstrationProjects.generate(plan, ENTERPRISES, DemonstrationProjects.SEED)) {
      var p = g.project();
      ProjectDraft draft =
          new ProjectDraft(
              p.code(),
              p.planId(),
              p.name(),
              p.ownerCreditCode(),
              p.ownerCreditCode() == null ? p.ownerName() : null,
              p.regionCode(),
              p.sector(),
              p.industryCode(),
              p.chain(),
              p.base(),
              p.zone(),
              p.totalInvestment(),
              p.startDate(),
              p.plannedFinish(),
              p.status().word(),
              null);
      assertThat(checks.project(0, draft, true).problems()).as(p.code()).isEmpty();
      BigDecimal planned = g.yearPlans().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(planned).as(p.code()).isEqualByComparingTo(p.totalInvestment());
      g.yearPlans()
          .forEach((year, amount) -> assertThat(checks.yearPlan(0, p, year, amount)).isEmpty());
      BigDecimal completed =
          g.reports().stream()
              .map(DemonstrationProjects.Report::invested)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(completed).as(p.code()).isLessThanOrEqualTo(p.totalInvestment());
      g.milestones()
          .forEach(m -> assertThat(new ProgressChecks(LocalDate.now()).milestone(0, m)).isEmpty());
    }
  }

  @Test
  void theShippedProjectsLoadOnceWithLateOverdueAndBehindOnes() {
    try {
      int loaded = shipped.load();
      assertThat(loaded).isBetween(150, 250);
      assertThat(shipped.load()).isZero();
      assertThat(
              jdbc.sql("SELECT count(*) FROM project WHERE synthetic").query(Long.class).single())
          .isEqualTo(loaded);
      LocalDate lastDay = DemonstrationProjects.LAST_MONTH.atEndOfMonth().plusDays(1);
      List<OverdueMilestone> overdue =
          watch.overdueMilestones(lastDay).stream()
              .filter(o -> o.projectCode().startsWith("GS"))
              .toList();
      assertThat(overdue).hasSizeBetween(3, 60);
      long late =
          jdbc.sql(
                  "SELECT count(*) FROM project_milestone m JOIN project p ON p.code = m.project_code"
                      + " WHERE p.synthetic AND m.done_date > m.due_date")
              .query(Long.class)
              .single();
      assertThat(late).isPositive();
      assertThat(
              watch.investmentBehind(2020, 12, BigDecimal.valueOf(20)).stream()
                  .filter(s -> s.projectCode().startsWith("GS")))
          .hasSizeBetween(2, 40);
    } finally {
      jdbc.sql("DELETE FROM project WHERE synthetic").update();
      jdbc.sql("DELETE FROM project_shipped_load").update();
    }
  }
}
