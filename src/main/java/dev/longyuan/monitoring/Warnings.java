package dev.longyuan.monitoring;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.IndicatorExpression;
import dev.longyuan.analytics.IndicatorValue;
import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.persistence.WarningStore;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Early warnings: the rules, their evaluation against the data (threshold and trend rules on an
 * indicator's 累计 values month by month, against a fixed threshold or the pace a growth target still
 * needs; deviation rules on the plan's assessment, data-quality rules on the units' reports and the
 * regions' own figures) and the alerts they raise, read by the regions in a user's scope.
 */
@Service
public class Warnings {

  private static final Logger log = LoggerFactory.getLogger(Warnings.class);
  private static final DataScope EVERYTHING = DataScope.everything(false);

  private final WarningStore store;
  private final PlanCatalog plans;
  private final IndicatorEngine engine;
  private final PlanAssessor assessor;
  private final ApplicationEventPublisher events;
  private final DataQualityChecks quality;
  private final ProjectRuleChecks projects;
  private final WorkItemChecks workItems;
  private final SmeRequestChecks smeRequests;
  private final QualityChecks productQuality;

  Warnings(
      WarningStore store,
      PlanCatalog plans,
      IndicatorEngine engine,
      PlanAssessor assessor,
      ApplicationEventPublisher events,
      DataQualityChecks quality,
      ProjectRuleChecks projects,
      WorkItemChecks workItems,
      SmeRequestChecks smeRequests,
      QualityChecks productQuality) {
    this.store = store;
    this.plans = plans;
    this.engine = engine;
    this.assessor = assessor;
    this.events = events;
    this.quality = quality;
    this.projects = projects;
    this.workItems = workItems;
    this.smeRequests = smeRequests;
    this.productQuality = productQuality;
  }

  public List<WarningRule> rules(String planId) {
    return store.rules(planId);
  }

  public Optional<WarningRule> rule(String planId, long id) {
    return store.rule(id).filter(r -> r.planId().equals(planId));
  }

  /** Stores a rule (replacing one of the same code), as a migration's seeds are stored. */
  public WarningRule save(WarningRule rule) {
    return store.save(rule);
  }

  /**
   * Changes a rule's severity, threshold, months and whether it is enabled, recording who did.
   *
   * @throws WarningRefused when a value is out of bounds, naming the field
   */
  public WarningRule change(String planId, long id, RuleChange change, String by) {
    WarningRule rule =
        rule(planId, id).orElseThrow(() -> WarningRefused.of("rule", "warnings.error.noRule"));
    if (!WarningRule.SEVERITIES.contains(change.severity())) {
      throw WarningRefused.of("severity", "warnings.error.severity");
    }
    if (change.months() < 1 || change.months() > 24) {
      throw WarningRefused.of("months", "warnings.error.months");
    }
    if (rule.hasThreshold() && change.threshold() == null) {
      throw WarningRefused.of("threshold", "warnings.error.threshold");
    }
    store.update(id, change.severity(), change.threshold(), change.months(), change.enabled(), by);
    return store.rule(id).orElseThrow();
  }

  /** What province staff may change of a rule. */
  public record RuleChange(
      String severity, @Nullable BigDecimal threshold, int months, boolean enabled) {}

  /**
   * Evaluates every enabled rule of a plan against the data as they are now, for the latest year
   * the province has reported in; a rule that cannot be evaluated is logged and left as it was.
   */
  public void evaluate(String planId) {
    Plan plan = plans.plan(planId).orElse(null);
    if (plan == null) {
      return;
    }
    int year = latestYear(plan);
    for (WarningRule rule : store.rules(planId)) {
      if (rule.enabled()) {
        try {
          evaluate(rule, year);
        } catch (RuntimeException e) {
          log.warn("Warning rule {} could not be evaluated: {}", rule.code(), e.getMessage());
        }
      }
    }
  }

  /**
   * Evaluates one rule for a year (threshold and trend rules: the latest month of that year, or of
   * the year before, that has a value; deviation rules: the plan's assessment of that year;
   * data-quality rules: the latest month of that year past the deadline, or with both figures) and
   * records what it found; returns the alerts it opened, each also published as {@link
   * AlertRaised}.
   */
  public List<Alert> evaluate(WarningRule rule, int year) {
    Plan plan = plans.plan(rule.planId()).orElseThrow();
    String version = engine.dataVersion();
    List<Alert.Finding> findings = new ArrayList<>();
    if (rule.comparator().equals("unreported")) {
      // one finding per unit: the region's units already include those of its cities
      findings.addAll(quality.unreported(rule, year));
    } else if (rule.watchesQuality()) {
      // one finding per product category in the rule's region, or per enterprise in its county
      findings.addAll(productQuality.findings(rule));
    } else if (rule.watchesWorkItems()) {
      // one finding per work item, in the region its unit answers for
      findings.addAll(workItems.findings(rule));
    } else if (rule.watchesSmeRequests()) {
      // one finding per request, in its enterprise's county
      findings.addAll(smeRequests.findings(rule));
    } else if (rule.watchesProjects()) {
      // one finding per milestone or project, each in its own county
      findings.addAll(projects.findings(rule, year));
    } else {
      for (String region : regions(plan, rule)) {
        findings.addAll(findings(plan, rule, region, year));
      }
    }
    List<Alert> opened = store.record(rule, findings, version);
    opened.forEach(alert -> events.publishEvent(new AlertRaised(alert)));
    return opened;
  }

  private List<Alert.Finding> findings(Plan plan, WarningRule rule, String region, int year) {
    if (rule.checksData()) {
      Alert.Finding found =
          rule.comparator().equals("unreviewed_flags")
              ? quality.unreviewedFlags(rule, region)
              : quality.officialGap(rule, region, year);
      return found == null ? List.of() : List.of(found);
    }
    if (rule.followsPace()) {
      Alert.Finding finding = belowPace(plan, rule, region, year);
      return finding == null ? List.of() : List.of(finding);
    }
    if (rule.comparesValues()) {
      Alert.Finding finding = compare(rule, region, year);
      return finding == null ? List.of() : List.of(finding);
    }
    return deviations(plan, rule, region, Math.min(year, plan.targetYear()));
  }

  /** The alerts of a rule, newest first (for tests and the rules page). */
  public List<Alert> alertsOf(WarningRule rule) {
    return store.alertsOf(rule.id());
  }

  /** The alerts of a plan in the user's regions that pass the filter. */
  public List<Alert> alerts(String planId, DataScope scope, Alert.Filter filter) {
    String prefix = scope.regionPrefix();
    return prefix == null ? List.of() : store.alerts(planId, prefix, filter);
  }

  /**
   * Records that a person acknowledged an alert of their regions.
   *
   * @throws WarningRefused when there is no such alert in their scope
   */
  public Alert acknowledge(String planId, long id, DataScope scope, String by) {
    Alert alert =
        store
            .alert(id)
            .filter(a -> a.planId().equals(planId) && scope.coversRegion(a.regionCode()))
            .orElseThrow(() -> WarningRefused.of("alert", "warnings.error.noAlert"));
    store.acknowledge(alert.id(), by);
    return store.alert(id).orElseThrow();
  }

  private List<String> regions(Plan plan, WarningRule rule) {
    List<String> regions = new ArrayList<>(List.of(rule.regionCode()));
    if (rule.cities()) {
      plan.regions().stream()
          .filter(r -> r.level() == RegionLevel.PREFECTURE)
          .filter(r -> r.parent() != null && r.parent().value().equals(rule.regionCode()))
          .map(Region::code)
          .forEach(code -> regions.add(code.value()));
    }
    return regions;
  }

  /** The rule's comparison in the latest month with a value and the months before it. */
  private Alert.@Nullable Finding compare(WarningRule rule, String region, int year) {
    List<String> months = new ArrayList<>();
    for (int y = year - 1; y <= year; y++) {
      Period.monthsOf(y).forEach(p -> months.add(p.code()));
    }
    IndicatorExpression expression = engine.parse(rule.expression());
    List<IndicatorValue> values =
        engine.evaluate(expression, EVERYTHING, region, rule.sector(), months, "ytd");
    int latest = values.size() - 1;
    while (latest >= 0 && values.get(latest).value() == null) {
      latest--;
    }
    if (latest < 0 || latest + 1 < rule.months()) {
      return null;
    }
    for (int i = latest; i > latest - rule.months(); i--) {
      BigDecimal value = values.get(i).value();
      if (value == null || !rule.holds(value)) {
        return null;
      }
    }
    return new Alert.Finding(
        region,
        rule.sector(),
        "",
        values.get(latest).value(),
        rule.threshold(),
        months.get(latest),
        "");
  }

  /**
   * The target's cumulative (累计) growth in the latest month with a value and the months before it,
   * each against the pace its year still needs: the average annual growth that takes the judged
   * index from the end of the year before to the target's goal in the target year. It fires when
   * {@code months} consecutive months all fall short; the value is the latest month's growth, the
   * threshold its year's pace, in percent to two places.
   */
  private Alert.@Nullable Finding belowPace(Plan plan, WarningRule rule, String region, int year) {
    String asked =
        plan.province().map(p -> p.code().value()).orElse("").equals(region) ? null : region;
    TargetAssessment target =
        assessor.assess(plan.id(), year, EVERYTHING, asked, rule.sector()).targets().stream()
            .filter(t -> t.targetCode().equals(rule.targetCode()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no target " + rule.targetCode()));
    if (!target.kind().equals("average_annual_growth")) {
      throw new IllegalArgumentException(
          "target " + target.targetCode() + " does not set an average annual growth");
    }
    String definition = rule.expression() != null ? rule.expression() : target.definition();
    if (definition == null) {
      throw new IllegalArgumentException("target " + target.targetCode() + " has no definition");
    }
    boolean higher = target.direction().equals("higher_is_better");
    List<String> months = new ArrayList<>();
    for (int y = year - 1; y <= year; y++) {
      Period.monthsOf(y).forEach(p -> months.add(p.code()));
    }
    List<IndicatorValue> values =
        engine.evaluate(engine.parse(definition), EVERYTHING, region, rule.sector(), months, "ytd");
    int latest = values.size() - 1;
    while (latest >= 0 && values.get(latest).value() == null) {
      latest--;
    }
    if (latest < 0 || latest + 1 < rule.months()) {
      return null;
    }
    for (int i = latest; i > latest - rule.months(); i--) {
      BigDecimal value = values.get(i).value();
      BigDecimal pace = pace(target, Period.parse(months.get(i)).year());
      if (value == null
          || pace == null
          || (higher ? value.compareTo(pace) >= 0 : value.compareTo(pace) <= 0)) {
        return null;
      }
    }
    return new Alert.Finding(
        region,
        rule.sector(),
        target.targetCode(),
        values.get(latest).value(),
        pace(target, Period.parse(months.get(latest)).year()),
        months.get(latest),
        "");
  }

  /**
   * The average annual growth, in percent to two places, that an average-growth target still needs
   * in a year: from the judged index (base year = 100) at the end of the year before to the goal in
   * the target year. None before the base year or after the target year, or when that index is not
   * known.
   */
  static @Nullable BigDecimal pace(TargetAssessment target, int year) {
    int end = year - 1;
    if (target.goal() == null || end < target.baseYear() || year > target.targetYear()) {
      return null;
    }
    Double reached =
        target.judged().stream()
            .filter(p -> p.year() == end)
            .findFirst()
            .map(TargetAssessment.YearPoint::value)
            .orElse(null);
    if (reached == null || reached <= 0) {
      return null;
    }
    double growth = Math.pow(target.goal() / reached, 1.0 / (target.targetYear() - end)) - 1;
    return BigDecimal.valueOf(growth * 100).setScale(2, RoundingMode.HALF_UP);
  }

  /** The plan's targets in a region that are projected to miss, or fell back a label. */
  private List<Alert.Finding> deviations(Plan plan, WarningRule rule, String region, int year) {
    String asked =
        plan.province().map(p -> p.code().value()).orElse("").equals(region) ? null : region;
    PlanAssessment now = assessor.assess(plan.id(), year, EVERYTHING, asked, rule.sector());
    List<TargetAssessment> targets =
        now.targets().stream()
            .filter(t -> rule.targetCode() == null || t.targetCode().equals(rule.targetCode()))
            .toList();
    List<Alert.Finding> findings = new ArrayList<>();
    if (rule.comparator().equals("projected_miss")) {
      for (TargetAssessment t : targets) {
        if (t.seriousMiss() && t.projection() != null) {
          findings.add(
              new Alert.Finding(
                  region,
                  rule.sector(),
                  t.targetCode(),
                  BigDecimal.valueOf(t.projection().value()),
                  t.goal() == null ? t.target() : BigDecimal.valueOf(t.goal()),
                  String.valueOf(t.targetYear()),
                  ""));
        }
      }
      return findings;
    }
    Map<String, ProgressLabel> before =
        assessor.assess(plan.id(), year - 1, EVERYTHING, asked, rule.sector()).targets().stream()
            .collect(Collectors.toMap(TargetAssessment::targetCode, t -> t.progress().label()));
    for (TargetAssessment t : targets) {
      ProgressLabel was = before.get(t.targetCode());
      ProgressLabel is = t.progress().label();
      if (was != null
          && was != ProgressLabel.NOT_ASSESSABLE
          && is != ProgressLabel.NOT_ASSESSABLE
          && is.ordinal() > was.ordinal()) {
        findings.add(
            new Alert.Finding(
                region,
                rule.sector(),
                t.targetCode(),
                t.latestValue(),
                t.target(),
                String.valueOf(year),
                was.word() + ">" + is.word()));
      }
    }
    return findings;
  }

  /** The latest year, up to this one, in which the province's enterprises reported revenue. */
  private int latestYear(Plan plan) {
    String province = plan.province().map(p -> p.code().value()).orElseThrow();
    List<String> years = new ArrayList<>();
    for (int y = Year.now().getValue(); y >= plan.baseYear(); y--) {
      years.add(Period.year(y).code());
    }
    return engine
        .evaluate(engine.parse("count(REV)"), EVERYTHING, province, null, years, "ytd")
        .stream()
        .filter(v -> v.value() != null && v.value().signum() > 0)
        .map(v -> Period.parse(v.period()).year())
        .findFirst()
        .orElse(plan.targetYear());
  }
}
