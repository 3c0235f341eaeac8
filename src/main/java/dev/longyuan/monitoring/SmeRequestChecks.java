package dev.longyuan.monitoring;

import dev.longyuan.shared.RegionCode;
import dev.longyuan.smeservices.Breach;
import dev.longyuan.smeservices.ServiceLevels;
import dev.longyuan.smeservices.ServiceRequests;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rule on the SME service network's requests (kind {@code sme_request}): a request past its
 * service level — not acknowledged, or not resolved, by its deadline — by at least the threshold in
 * working days ({@code sla_breached}; 0 for any breach). Each request is one alert, in its
 * enterprise's county, closed when it is resolved.
 */
@Component
class SmeRequestChecks {

  private final ServiceLevels levels;

  SmeRequestChecks(ServiceLevels levels) {
    this.levels = levels;
  }

  List<Alert.Finding> findings(WarningRule rule) {
    return findings(rule, LocalDate.now(ServiceRequests.BEIJING));
  }

  /** What the rule finds on a given day. */
  List<Alert.Finding> findings(WarningRule rule, LocalDate today) {
    BigDecimal threshold = rule.threshold() == null ? BigDecimal.ZERO : rule.threshold();
    String prefix = RegionCode.of(rule.regionCode()).prefix();
    List<Alert.Finding> findings = new ArrayList<>();
    for (Breach breach : levels.breaches(today)) {
      if (!breach.regionCode().startsWith(prefix)
          || BigDecimal.valueOf(breach.workingDaysLate()).compareTo(threshold) < 0) {
        continue;
      }
      findings.add(
          new Alert.Finding(
              breach.regionCode(),
              null,
              "SME-" + breach.requestId(),
              BigDecimal.valueOf(breach.workingDaysLate()),
              threshold,
              breach.due().toString(),
              breach.title()
                  + "（"
                  + (breach.deadline().equals("resolve") ? "未按时办结" : "未按时受理")
                  + "；现由 "
                  + breach.nodeNameZh()
                  + "）"));
    }
    return findings;
  }
}
