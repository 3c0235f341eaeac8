package dev.longyuan.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A warning rule, stored as data: its {@code kind} ({@code threshold}, {@code trend} or {@code
 * deviation}), its {@code severity} ({@code info}, {@code warning}, {@code severe}), the region it
 * watches (with {@code cities}, each city of that province as well) and the sector, if any. A
 * threshold or trend rule compares an indicator {@code expression}'s 累计 value with {@code
 * threshold} by {@code comparator} and fires when {@code months} consecutive months all satisfy it;
 * a trend rule {@code below_pace} instead compares the 累计 growth of the average-growth target
 * {@code targetCode} (its indicator's definition, or {@code expression} when given) with the annual
 * growth the target still needs from the latest year-end to its goal, and has no threshold; a
 * deviation rule fires for a target of the plan ({@code targetCode}, or any when null) that is
 * binding and projected to miss ({@code projected_miss}) or whose progress label is worse than a
 * year earlier ({@code worsened}). A data-quality rule watches {@code dataItem}: a data set whose
 * month a unit has not reported {@code threshold} days after the month's end ({@code unreported}),
 * or an additive element whose region figure and enterprise sum differ by more than {@code
 * threshold} percent of the region figure ({@code official_gap}); or the values of a region that a
 * soft check flagged for review and that have waited unreviewed more than {@code threshold} days
 * ({@code unreviewed_flags}, no data item). A project rule watches the key projects of its region:
 * a milestone overdue by more than {@code threshold} days ({@code milestone_overdue}), or a year's
 * investment behind its plan, pro rata, by more than {@code threshold} points ({@code
 * investment_behind}). A work-item rule watches the annual plans' work items whose units answer for
 * its region: a reminder {@code threshold} days before the due date ({@code due_soon}), or an item
 * overdue by more than {@code threshold} days ({@code work_item_overdue}). An SME-request rule
 * watches the service network's requests of its region's enterprises: one past its service level by
 * at least {@code threshold} working days ({@code sla_breached}). A quality rule watches the
 * product-quality inspections of its region's enterprises in the last 12 months: a category's
 * failure rate above {@code threshold} percent ({@code category_failure_rate}), or an enterprise
 * with at least {@code threshold} failures ({@code repeat_failures}).
 */
public record WarningRule(
    long id,
    String code,
    String planId,
    String kind,
    String severity,
    String nameZh,
    String nameEn,
    String regionCode,
    boolean cities,
    @Nullable String sector,
    @Nullable String expression,
    @Nullable String targetCode,
    @Nullable String dataItem,
    String comparator,
    @Nullable BigDecimal threshold,
    int months,
    boolean enabled,
    @Nullable String updatedBy,
    @Nullable OffsetDateTime updatedAt) {

  public static final java.util.List<String> SEVERITIES =
      java.util.List.of("info", "warning", "severe");

  /** Whether a value satisfies the rule's comparison with its threshold. */
  public boolean holds(BigDecimal value) {
    int c = value.compareTo(threshold == null ? BigDecimal.ZERO : threshold);
    return switch (comparator) {
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      default -> false;
    };
  }

  /** Whether it compares an indicator's value with a threshold (threshold and trend rules). */
  public boolean comparesValues() {
    return expression != null && !followsPace();
  }

  /**
   * Whether it compares a growth target's cumulative growth with the pace the target still needs
   * ({@code below_pace}), rather than with a threshold.
   */
  public boolean followsPace() {
    return comparator.equals("below_pace");
  }

  /** Whether it checks the data themselves (kind {@code data_quality}). */
  public boolean checksData() {
    return kind.equals("data_quality");
  }

  /** Whether it watches the annual plans' work items (kind {@code work_item}). */
  public boolean watchesWorkItems() {
    return kind.equals("work_item");
  }

  /** Whether it watches the inspection results of product quality (kind {@code quality}). */
  public boolean watchesQuality() {
    return kind.equals("quality");
  }

  /** Whether it watches the key projects (kind {@code project}). */
  public boolean watchesProjects() {
    return kind.equals("project");
  }

  /** Whether it watches the SME service network's requests (kind {@code sme_request}). */
  public boolean watchesSmeRequests() {
    return kind.equals("sme_request");
  }

  /** Whether it has a threshold staff may change (all but deviation and pace rules). */
  public boolean hasThreshold() {
    return comparesValues()
        || checksData()
        || watchesProjects()
        || watchesWorkItems()
        || watchesSmeRequests()
        || watchesQuality();
  }
}
