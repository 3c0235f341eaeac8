package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the warning rules are given, on projects in Minqin (民勤县) that no other test uses:
 *
 * <pre>
 * W-1 2018-01-15–2020-12-31, milestones 开工 due 2019-03-31 (open), 主体完工 due 2019-06-30 done
 *     2019-08-01 (late), 竣工 due 2020-12-31 (open)
 * W-2 2018–2020, plan 2019 1200, reports 2019-01..06 50 each    → by June 300 of 600 expected
 * W-3 2019-07-01–2020-06-30, plan 2019 600 over July–December, reports 2019-07, 08 50 each
 *                                                               → by August 100 of 200 expected
 * W-4 2018–2019-06-30, plan 2019 600 over January–June, reports 100 a month → on plan
 * W-5 2018–2020, plan 2019 1200, reports 2019-01..06 100 each   → on plan
 * </pre>
 */
@PlatformTest
class ProjectWatchTests {

  @Autowired Projects projects;

  @Autowired ProjectWatch watch;

  @Autowired JdbcClient jdbc;

  final DataScope province = DataScope.everything(true);

  long start;

  @BeforeEach
  void projectsInMinqin() {
    Drafts.deleteProjects(jdbc, "W-");
    projects.create(
        Drafts.project("W-1", "620621", "equipment", "building", 9000, "2018-01-15", "2020-12-31"),
        province,
        "test");
    start = milestone("W-1", "开工", "2019-03-31", null);
    milestone("W-1", "主体完工", "2019-06-30", "2019-08-01");
    milestone("W-1", "竣工", "2020-12-31", null);
    projects.create(
        Drafts.project(
            "W-2", "620621", "equipment", "building", 5000, "2018-01-01", "2020-12-31", 2019, 1200),
        province,
        "test");
    reports("W-2", 1, 6, 50);
    projects.create(
        Drafts.project(
            "W-3", "620621", "equipment", "building", 5000, "2019-07-01", "2020-06-30", 2019, 600),
        province,
        "test");
    reports("W-3", 7, 8, 50);
    projects.create(
        Drafts.project(
            "W-4", "620621", "equipment", "completed", 5000, "2018-01-01", "2019-06-30", 2019, 600),
        province,
        "test");
    reports("W-4", 1, 6, 100);
    projects.create(
        Drafts.project(
            "W-5", "620621", "equipment", "building", 5000, "2018-01-01", "2020-12-31", 2019, 1200),
        province,
        "test");
    reports("W-5", 1, 6, 100);
  }

  long milestone(String code, String name, String due, String done) {
    return projects.addMilestone(
        code,
        new MilestoneDraft(name, LocalDate.parse(due), done == null ? null : LocalDate.parse(done)),
        province,
        "test");
  }

  void reports(String code, int fromMonth, int toMonth, long each) {
    for (int m = fromMonth; m <= toMonth; m++) {
      projects.fileReport(
          code, Drafts.report(String.format("2019-%02d", m), each), province, "test");
    }
  }

  List<OverdueMilestone> overdue(String asOf) {
    return watch.overdueMilestones(LocalDate.parse(asOf)).stream()
        .filter(o -> o.projectCode().startsWith("W-"))
        .toList();
  }

  List<InvestmentShortfall> behind(int month, String percent) {
    return watch.investmentBehind(2019, month, new BigDecimal(percent)).stream()
        .filter(s -> s.projectCode().startsWith("W-"))
        .toList();
  }

  @Test
  void aMilestoneNotDoneByItsDueDateIsOverdueByTheDaysSince() {
    assertThat(overdue("2019-07-01"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.projectCode()).isEqualTo("W-1");
              assertThat(o.milestone()).isEqualTo("开工");
              assertThat(o.dueDate()).isEqualTo(LocalDate.parse("2019-03-31"));
              // April 30 + May 31 + June 30 + 1 day into July
              assertThat(o.daysOverdue()).isEqualTo(92);
              assertThat(o.regionCode()).isEqualTo("620621");
              assertThat(o.sector()).isEqualTo("equipment");
            });
    // due on the day asked is not yet overdue; the day after it is
    assertThat(overdue("2020-12-31")).extracting(OverdueMilestone::milestone).containsExactly("开工");
    assertThat(overdue("2021-01-01"))
        .extracting(OverdueMilestone::milestone, OverdueMilestone::daysOverdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("开工", 642L),
            org.assertj.core.groups.Tuple.tuple("竣工", 1L));
  }

  @Test
  void aMilestoneMarkedDoneIsNoLongerOverdue() {
    projects.markDone("W-1", start, LocalDate.parse("2019-07-02"), province, "test");
    assertThat(overdue("2019-07-10")).isEmpty();
    assertThat(overdue("2021-01-01")).extracting(OverdueMilestone::milestone).containsExactly("竣工");
  }

  @Test
  void investmentBehindItsPlanProRataByMoreThanThePercentIsAShortfall() {
    // June: W-2 expects 1200 × 6/12 = 600, has 300: 25 points behind
    assertThat(behind(6, "10"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.projectCode()).isEqualTo("W-2");
              assertThat(s.planned()).isEqualByComparingTo("1200");
              assertThat(s.completed()).isEqualByComparingTo("300");
              assertThat(s.expected()).isEqualByComparingTo("600");
              assertThat(s.shortfall()).isEqualByComparingTo("300");
              assertThat(s.shortfallPoints()).isEqualByComparingTo("25");
            });
    assertThat(behind(6, "25")).isEmpty(); // exactly 25 points is not more than 25
    assertThat(behind(6, "24.99"))
        .extracting(InvestmentShortfall::projectCode)
        .containsExactly("W-2");
  }

  @Test
  void aProjectStartingInTheYearSpreadsItsPlanOverItsOwnMonths() {
    // August: W-3's 600 over July–December expects 600 × 2/6 = 200, has 100: 16.67 points
    // W-2 by August: expects 800, still has 300: 41.67 points; W-5 expects 800, has 600: 16.67;
    // W-4 finished in June on plan
    assertThat(behind(8, "10"))
        .extracting(
            InvestmentShortfall::projectCode,
            s -> s.expected().toPlainString(),
            s -> s.shortfallPoints().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("W-2", "800.00", "41.67"),
            org.assertj.core.groups.Tuple.tuple("W-3", "200.00", "16.67"),
            org.assertj.core.groups.Tuple.tuple("W-5", "800.00", "16.67"));
    // before July W-3's months have not begun: never behind
    assertThat(behind(6, "0")).extracting(InvestmentShortfall::projectCode).containsExactly("W-2");
  }
}
