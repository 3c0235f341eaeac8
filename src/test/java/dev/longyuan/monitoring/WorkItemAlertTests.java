package dev.longyuan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.implementation.WorkItems;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders and warnings on the work items of 2018, for 嘉峪关市人民政府 (whose region no other test's work
 * items use): a reminder in the week before the due date, a warning once overdue, raised once and
 * closed when the item is reported done; the escalation after 30 days names the task's lead.
 */
@PlatformTest
class WorkItemAlertTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String JIAYUGUAN = "620200";

  @Autowired WorkItems workItems;

  @Autowired WorkItemChecks checks;

  @Autowired Warnings warnings;

  @Autowired JdbcClient jdbc;

  long item;

  @BeforeEach
  void anItemForJiayuguan() {
    jdbc.sql("DELETE FROM work_item WHERE plan_id = :p AND year = 2018").param("p", PLAN).update();
    jdbc.sql("DELETE FROM warning_rule WHERE code LIKE 'work-item-tests-%'").update();
    item =
        workItems.add(
            PLAN,
            2018,
            "TK-5.1.4-01",
            "推荐嘉峪关市“专精特新”企业",
            "推荐名单",
            LocalDate.parse("2018-06-30"),
            "city-620200",
            "admin",
            "test");
  }

  WarningRule rule(String comparator, String threshold) {
    return warnings.save(
        new WarningRule(
            0,
            "work-item-tests-" + comparator + "-" + threshold,
            PLAN,
            "work_item",
            "warning",
            "测试规则",
            "Test rule",
            JIAYUGUAN,
            false,
            null,
            null,
            null,
            null,
            comparator,
            new BigDecimal(threshold),
            1,
            true,
            "work-item-tests",
            null));
  }

  @Test
  void aReminderInTheWeekBeforeTheDueDateAndNotBefore() {
    WarningRule reminder = rule("due_soon", "7");

    assertThat(checks.findings(reminder, LocalDate.parse("2018-06-22"))).isEmpty();
    assertThat(checks.findings(reminder, LocalDate.parse("2018-06-27")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.regionCode()).isEqualTo(JIAYUGUAN);
              assertThat(f.subject()).isEqualTo("WI-" + item);
              assertThat(f.value()).isEqualByComparingTo("3");
              assertThat(f.detail()).isEqualTo("TK-5.1.4-01 推荐嘉峪关市“专精特新”企业（嘉峪关市人民政府）");
            });
    assertThat(checks.findings(reminder, LocalDate.parse("2018-07-01"))).isEmpty();
  }

  @Test
  void anOverdueItemRaisesOneWarningClosedWhenReportedDoneAndEscalatesToItsLead() {
    WarningRule overdue = rule("work_item_overdue", "0");

    assertThat(warnings.evaluate(overdue, 2020)).singleElement();
    assertThat(warnings.evaluate(overdue, 2020)).isEmpty();
    assertThat(checks.findings(rule("work_item_overdue", "30"), LocalDate.parse("2018-08-15")))
        .singleElement()
        .satisfies(
            f -> {
              // 46 days after June 30, more than the 30 that escalate
              assertThat(f.value()).isEqualByComparingTo("46");
              assertThat(f.detail()).endsWith("；牵头单位 gxt）");
            });

    workItems.report(
        PLAN,
        item,
        "2018-Q3",
        "done",
        "已推荐8户",
        null,
        List.of(),
        DataScope.everything(true),
        "admin",
        "test");
    warnings.evaluate(overdue, 2020);

    assertThat(warnings.alertsOf(overdue))
        .singleElement()
        .extracting(Alert::state)
        .isEqualTo("resolved");
  }
}
