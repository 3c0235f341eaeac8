package dev.longyuan.monitoring;

import dev.longyuan.implementation.WorkItems;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules on the annual plans' work items (kind {@code work_item}): a reminder for an item due
 * within the threshold in days and not done ({@code due_soon}), and a warning for an item overdue
 * by more than the threshold in days ({@code work_item_overdue}) — with a larger threshold and a
 * higher severity, the escalation to the lead unit of its task. Judged as of today; each item is
 * one alert, closed when it is done or cancelled (or, for a reminder, once it falls due).
 */
@Component
class WorkItemChecks {

  private final WorkItems workItems;

  WorkItemChecks(WorkItems workItems) {
    this.workItems = workItems;
  }

  List<Alert.Finding> findings(WarningRule rule) {
    return findings(rule, LocalDate.now(DataQualityChecks.ZONE));
  }

  /** What the rule finds on a given day. */
  List<Alert.Finding> findings(WarningRule rule, LocalDate today) {
    BigDecimal threshold = rule.threshold() == null ? BigDecimal.ZERO : rule.threshold();
    String prefix = RegionCode.of(rule.regionCode()).prefix();
    boolean reminder = rule.comparator().equals("due_soon");
    List<Alert.Finding> findings = new ArrayList<>();
    for (WorkItems.OpenItem open : workItems.open(rule.planId())) {
      if (!open.regionCode().startsWith(prefix)) {
        continue;
      }
      long late = ChronoUnit.DAYS.between(open.item().dueDate(), today);
      boolean fires =
          reminder
              ? late <= 0 && -late <= threshold.longValue()
              : BigDecimal.valueOf(late).compareTo(threshold) > 0;
      if (fires) {
        findings.add(
            new Alert.Finding(
                open.regionCode(),
                null,
                "WI-" + open.item().id(),
                BigDecimal.valueOf(reminder ? -late : late),
                threshold,
                open.item().dueDate().toString(),
                open.item().taskCode()
                    + " "
                    + open.item().title()
                    + "（"
                    + open.unitName()
                    + (reminder ? "" : "；牵头单位 " + open.taskLead())
                    + "）"));
      }
    }
    return findings;
  }
}
