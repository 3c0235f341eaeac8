package dev.longyuan.monitoring;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.Reconciliation;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.DataSet;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.FlaggedBacklog;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.StoredValue;
import dev.longyuan.reporting.ValueQuery;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The data-quality rules' checks: which units have not reported a monthly data set N days after the
 * month's end, where a region's own figure and its enterprises' sum differ by more than X%, and how
 * many values flagged for review have waited unreviewed more than N days.
 */
@Component
class DataQualityChecks {

  /** The days after a month's end are counted in the province's time. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DataScope EVERYTHING = DataScope.everything(false);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ReportingService reporting;
  private final IndicatorEngine engine;
  private final Approvals approvals;

  DataQualityChecks(ReportingService reporting, IndicatorEngine engine, Approvals approvals) {
    this.reporting = reporting;
    this.engine = engine;
    this.approvals = approvals;
  }

  /**
   * The values of the region's units that a soft check flagged for review and that have waited
   * unreviewed (neither approved nor returned) more than the rule's threshold in days: the value is
   * how many, the period the oldest one's, the detail the day it has waited since.
   */
  Alert.@Nullable Finding unreviewedFlags(WarningRule rule, String region) {
    long days = rule.threshold() == null ? 0 : rule.threshold().longValue();
    FlaggedBacklog backlog =
        approvals.unreviewedFlags(
            DataScope.region(RegionCode.of(region)), OffsetDateTime.now().minusDays(days));
    if (backlog.values() == 0 || backlog.oldestSince() == null) {
      return null;
    }
    return new Alert.Finding(
        region,
        null,
        "",
        BigDecimal.valueOf(backlog.values()),
        rule.threshold(),
        java.util.Objects.requireNonNullElse(backlog.oldestPeriod(), ""),
        backlog.oldestSince().atZoneSameInstant(ZONE).toLocalDate().toString());
  }

  /**
   * Each enterprise of the rule's region (and sector) that has no value of the data set for the
   * latest month of the year whose end is more than the rule's threshold in days past: the value is
   * the days since the month's end, the subject the unit's credit code, the detail the data set.
   */
  List<Alert.Finding> unreported(WarningRule rule, int year) {
    DataSet set =
        reporting.dataSets().stream()
            .filter(s -> s.code().equals(rule.dataItem()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no data set " + rule.dataItem()));
    if (!set.frequency().equals("month")) {
      throw new IllegalArgumentException("data set " + set.code() + " is not monthly");
    }
    long days = rule.threshold() == null ? 0 : rule.threshold().longValue();
    LocalDate today = LocalDate.now(ZONE);
    Period month = null;
    LocalDate end = null;
    for (Period p : Period.monthsOf(year)) {
      LocalDate e = YearMonth.of(year, p.lastMonth()).atEndOfMonth();
      if (today.isAfter(e.plusDays(days))) {
        month = p;
        end = e;
      }
    }
    if (month == null) {
      return List.of();
    }
    Set<String> elements =
        set.elements().stream().map(DataElement::code).collect(Collectors.toSet());
    Set<String> reported = new HashSet<>();
    for (StoredValue v :
        reporting.values(
            new ValueQuery(
                null,
                null,
                month.code(),
                null,
                null,
                Integer.MAX_VALUE,
                0,
                DataScope.region(RegionCode.of(rule.regionCode()))))) {
      if (elements.contains(v.dataElement())) {
        reported.add(v.reportingUnit());
      }
    }
    long overdue = ChronoUnit.DAYS.between(end, today);
    List<Alert.Finding> findings = new ArrayList<>();
    for (Enterprise e :
        reporting.enterprises(EVERYTHING, rule.regionCode(), rule.sector(), Integer.MAX_VALUE, 0)) {
      if (!e.synthetic() && !reported.contains(e.creditCode().value())) {
        findings.add(
            new Alert.Finding(
                e.regionCode().value(),
                rule.sector(),
                e.creditCode().value(),
                BigDecimal.valueOf(overdue),
                rule.threshold(),
                month.code(),
                set.code()));
      }
    }
    return findings;
  }

  /**
   * The region's own figure of the rule's element against its enterprises' sum in the latest month
   * of the year (累计) that has both: a finding when they differ by more than the threshold, in
   * percent of the region's figure (the value, to two places; the detail is {@code figure/sum}).
   */
  Alert.@Nullable Finding officialGap(WarningRule rule, String region, int year) {
    String element = rule.dataItem();
    List<Period> months = new ArrayList<>(Period.monthsOf(year));
    java.util.Collections.reverse(months);
    for (Period month : months) {
      Reconciliation r = engine.reconcile(EVERYTHING, element, region, month.code(), "ytd");
      BigDecimal figure = r.regionFigure();
      BigDecimal sum = r.enterpriseSum();
      if (figure == null || sum == null || figure.signum() == 0) {
        continue;
      }
      BigDecimal gap =
          figure
              .subtract(sum)
              .abs()
              .multiply(HUNDRED)
              .divide(figure.abs(), 2, RoundingMode.HALF_UP);
      return rule.threshold() != null && gap.compareTo(rule.threshold()) > 0
          ? new Alert.Finding(
              region,
              null,
              element,
              gap,
              rule.threshold(),
              month.code(),
              figure.stripTrailingZeros().toPlainString()
                  + "/"
                  + sum.stripTrailingZeros().toPlainString())
          : null;
    }
    return null;
  }
}
