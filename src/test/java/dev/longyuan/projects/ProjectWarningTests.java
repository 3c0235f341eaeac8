package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.monitoring.Alert;
import dev.longyuan.monitoring.WarningRule;
import dev.longyuan.monitoring.Warnings;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The warning rules on the key projects, in 永昌县 (620321), which no other test uses: a milestone
 * past its due date raises one alert, however often the rules are evaluated, and the alert closes
 * when the milestone is done; a project behind its year's investment plan likewise.
 */
@PlatformTest
class ProjectWarningTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String COUNTY = "620321";

  @Autowired Projects projects;

  @Autowired Warnings warnings;

  @Autowired JdbcClient jdbc;

  final DataScope province = DataScope.everything(true);

  @BeforeEach
  void aProjectInYongchang() {
    Drafts.deleteProjects(jdbc, "YC-");
    jdbc.sql("DELETE FROM warning_rule WHERE code LIKE 'project-tests-%'").update();
    // 1,200 万元 planned for 2019, 50 a month reported January to June: by June 600 expected,
    // 300 done, 300 short, 25 points of the plan
    projects.create(
        Drafts.project(
            "YC-1", COUNTY, "equipment", "building", 9000, "2018-01-01", "2020-12-31", 2019, 1200),
        province,
        "test");
    for (int m = 1; m <= 6; m++) {
      projects.fileReport(
          "YC-1", Drafts.report(String.format("2019-%02d", m), 50), province, "test");
    }
  }

  WarningRule rule(String comparator, String threshold) {
    return warnings.save(
        new WarningRule(
            0,
            "project-tests-" + comparator,
            PLAN,
            "project",
            "warning",
            "测试规则",
            "Test rule",
            COUNTY,
            false,
            null,
            null,
            null,
            null,
            comparator,
            new BigDecimal(threshold),
            1,
            true,
            "project-tests",
            null));
  }

  @Test
  void anOverdueMilestoneRaisesOneAlertThatClosesWhenItIsDone() {
    long milestone =
        projects.addMilestone(
            "YC-1",
            new MilestoneDraft("主体完工", LocalDate.parse("2019-06-30"), null),
            province,
            "test");
    WarningRule overdue = rule("milestone_overdue", "0");

    // judged as of the end of 2019: 184 days after June 30
    assertThat(warnings.evaluate(overdue, 2019))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.regionCode()).isEqualTo(COUNTY);
              assertThat(a.subject()).isEqualTo("YC-1#" + milestone);
              assertThat(a.value()).isEqualByComparingTo("184");
              assertThat(a.period()).isEqualTo("2019-06-30");
              assertThat(a.detail()).isEqualTo("测试项目 YC-1：主体完工");
            });
    assertThat(warnings.evaluate(overdue, 2019)).isEmpty();
    assertThat(warnings.alertsOf(overdue)).hasSize(1);

    projects.markDone("YC-1", milestone, LocalDate.parse("2019-12-20"), province, "test");
    warnings.evaluate(overdue, 2019);

    assertThat(warnings.alertsOf(overdue))
        .singleElement()
        .extracting(Alert::state)
        .isEqualTo("resolved");
  }

  @Test
  void aProjectBehindItsInvestmentPlanRaisesOneAlertWithTheShortfall() {
    WarningRule behind = rule("investment_behind", "20");

    // as of the end of 2019: 1,200 expected, 300 done, 75 points short
    assertThat(warnings.evaluate(behind, 2019))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.subject()).isEqualTo("YC-1");
              assertThat(a.value()).isEqualByComparingTo("75.00");
              assertThat(a.threshold()).isEqualByComparingTo("20");
              assertThat(a.period()).isEqualTo("2019-12");
              assertThat(a.detail()).isEqualTo("测试项目 YC-1：300/1200");
            });

    for (int m = 7; m <= 12; m++) {
      projects.fileReport(
          "YC-1", Drafts.report(String.format("2019-%02d", m), 150), province, "test");
    }
    warnings.evaluate(behind, 2019);

    // 300 + 900 = 1,200 done: on plan, the alert closed
    assertThat(warnings.alertsOf(behind))
        .singleElement()
        .extracting(Alert::state)
        .isEqualTo("resolved");
  }
}
