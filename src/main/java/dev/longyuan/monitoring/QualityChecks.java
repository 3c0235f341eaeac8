package dev.longyuan.monitoring;

import dev.longyuan.credit.CreditRecords;
import dev.longyuan.credit.PlacedInspection;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The quality safety warnings (kind {@code quality}) over the inspection results of the 12 months
 * to today of the enterprises in the rule's region: a product category — the GB/T 4754 class of the
 * enterprises inspected, narrowed by the rule's sector as a code prefix — whose failure rate
 * exceeds the threshold in percent ({@code category_failure_rate}), counted only over at least
 * {@link #MIN_INSPECTIONS} inspections, since a rate over fewer says little; and an enterprise with
 * at least the threshold's number of failures ({@code repeat_failures}).
 */
@Component
class QualityChecks {

  static final int MIN_INSPECTIONS = 5;

  private final CreditRecords credit;

  QualityChecks(CreditRecords credit) {
    this.credit = credit;
  }

  List<Alert.Finding> findings(WarningRule rule) {
    return findings(rule, LocalDate.now(DataQualityChecks.ZONE));
  }

  /** What the rule finds on a given day. */
  List<Alert.Finding> findings(WarningRule rule, LocalDate today) {
    BigDecimal threshold = rule.threshold() == null ? BigDecimal.ZERO : rule.threshold();
    String prefix = RegionCode.of(rule.regionCode()).prefix();
    String sector = rule.sector() == null ? "" : rule.sector();
    LocalDate from = today.minusMonths(12);
    List<PlacedInspection> inspections =
        credit.inspections(from, today).stream()
            .filter(p -> p.regionCode().startsWith(prefix))
            .filter(p -> p.inspection().categoryCode().startsWith(sector))
            .toList();
    String period = from + "/" + today;
    return rule.comparator().equals("repeat_failures")
        ? repeatFailures(rule, inspections, threshold, period)
        : categoryRates(rule, inspections, threshold, period);
  }

  private static List<Alert.Finding> categoryRates(
      WarningRule rule, List<PlacedInspection> inspections, BigDecimal threshold, String period) {
    Map<String, List<PlacedInspection>> byCategory =
        inspections.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.inspection().categoryCode(), TreeMap::new, Collectors.toList()));
    List<Alert.Finding> findings = new ArrayList<>();
    byCategory.forEach(
        (category, list) -> {
          long failed = list.stream().filter(p -> !p.inspection().passed()).count();
          if (list.size() < MIN_INSPECTIONS) {
            return;
          }
          BigDecimal rate =
              BigDecimal.valueOf(failed * 100)
                  .divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP);
          if (rate.compareTo(threshold) > 0) {
            findings.add(
                new Alert.Finding(
                    rule.regionCode(),
                    category,
                    "QC-" + category,
                    rate,
                    threshold,
                    period,
                    category
                        + " 近12个月监督抽查 "
                        + list.size()
                        + " 批次，不合格 "
                        + failed
                        + " 批次（"
                        + rate.toPlainString()
                        + "%）"));
          }
        });
    return findings;
  }

  private static List<Alert.Finding> repeatFailures(
      WarningRule rule, List<PlacedInspection> inspections, BigDecimal threshold, String period) {
    Map<String, List<PlacedInspection>> failedByEnterprise =
        inspections.stream()
            .filter(p -> !p.inspection().passed())
            .collect(
                Collectors.groupingBy(
                    p -> p.inspection().enterpriseCode(), TreeMap::new, Collectors.toList()));
    List<Alert.Finding> findings = new ArrayList<>();
    failedByEnterprise.forEach(
        (code, failed) -> {
          if (BigDecimal.valueOf(failed.size()).compareTo(threshold) >= 0) {
            PlacedInspection first = failed.get(0);
            findings.add(
                new Alert.Finding(
                    first.regionCode(),
                    first.inspection().categoryCode(),
                    "QE-" + code,
                    BigDecimal.valueOf(failed.size()),
                    threshold,
                    period,
                    first.enterpriseName()
                        + "（"
                        + code
                        + "）近12个月监督抽查不合格 "
                        + failed.size()
                        + " 次："
                        + failed.stream()
                            .map(p -> p.inspection().product() + " " + p.inspection().date())
                            .collect(Collectors.joining("；"))));
          }
        });
    return findings;
  }
}
