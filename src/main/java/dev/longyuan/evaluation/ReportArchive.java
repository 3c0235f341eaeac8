package dev.longyuan.evaluation;

import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.evaluation.internal.ReportDocuments;
import dev.longyuan.evaluation.internal.ReportWorkbook;
import dev.longyuan.evaluation.persistence.ReportStore;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The stored reports. A report asked for is written once, its HTML, PDF and workbook together from
 * one computation of the figures, and stored as version 1 with the data version it was computed at;
 * asking again returns those bytes, whatever the data have become since, until a new version is
 * made on request from the data as they are then. Older versions stay readable.
 */
@Service
public class ReportArchive {

  private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);

  private final EvaluationReports reports;
  private final PlanCatalog plans;
  private final IndicatorEngine engine;
  private final ReportDocuments documents;
  private final ReportWorkbook workbook;
  private final ReportStore store;

  ReportArchive(
      EvaluationReports reports,
      PlanCatalog plans,
      IndicatorEngine engine,
      ReportDocuments documents,
      ReportWorkbook workbook,
      ReportStore store) {
    this.reports = reports;
    this.plans = plans;
    this.engine = engine;
    this.documents = documents;
    this.workbook = workbook;
    this.store = store;
  }

  /**
   * The key of the report asked for, checked against the plan and the user's scope: the year the
   * type implies when none is given, the month of a brief, and the scope's own region by default.
   */
  public ReportKey key(
      String planId,
      String type,
      @Nullable Integer year,
      @Nullable String period,
      @Nullable String region,
      DataScope scope,
      Locale locale) {
    Plan plan =
        plans
            .plan(planId)
            .orElseThrow(
                () ->
                    new EvaluationRefused(
                        "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
    String regionCode = region(plan, region, scope);
    String lang = locale.getLanguage().equals("en") ? "en" : "zh";
    if (type.equals("monthly")) {
      Period month =
          Period.tryParse(period == null ? "" : period)
              .filter(p -> p.frequency() == Period.Frequency.MONTH)
              .orElseThrow(
                  () ->
                      new EvaluationRefused(
                          "period.invalid",
                          "月报须指明月份 period=YYYY-MM：" + period,
                          "a monthly brief needs period=YYYY-MM: " + period));
      return new ReportKey(planId, type, month.year(), month.code(), regionCode, lang);
    }
    ReportType reportType =
        ReportType.fromWord(type)
            .orElseThrow(
                () ->
                    new EvaluationRefused(
                        "type.unknown",
                        "没有“" + type + "”类型的报告：可用 monthly、annual、midterm、final",
                        "no report of type \""
                            + type
                            + "\": use monthly, annual, midterm or final"));
    Integer reportYear = reportType.year(plan, year);
    if (reportYear == null) {
      throw new EvaluationRefused(
          "year.missing", "年度监测报告须指明年份 year", "an annual report needs a year");
    }
    if (reportYear > plan.targetYear()) {
      throw new EvaluationRefused(
          "year.after_target",
          "报告年份 " + reportYear + " 晚于规划目标年 " + plan.targetYear(),
          "the year " + reportYear + " is after the plan's target year " + plan.targetYear());
    }
    if (reportYear < plan.baseYear()) {
      throw new EvaluationRefused(
          "year.before_base",
          "报告年份 " + reportYear + " 早于规划基期 " + plan.baseYear(),
          "the year " + reportYear + " is before the plan's base year " + plan.baseYear());
    }
    return new ReportKey(planId, type, reportYear, "", regionCode, lang);
  }

  private static String region(Plan plan, @Nullable String asked, DataScope scope) {
    String code;
    if (asked != null) {
      code = asked;
    } else if (scope.kind() == DataScope.Kind.REGION) {
      code = scope.region().value();
    } else {
      code = plan.province().map(r -> r.code().value()).orElse("");
    }
    if (plan.region(code).isEmpty()) {
      throw new EvaluationRefused(
          "region.unknown", "规划没有地区“" + code + "”", "the plan has no region \"" + code + "\"");
    }
    if (!scope.coversRegion(code)) {
      throw new EvaluationRefused(
          "scope.outside",
          "地区“" + code + "”不在您的数据范围内",
          "the region \"" + code + "\" is outside your data scope");
    }
    return code;
  }

  /** The latest stored version, or version 1 written now when there is none. */
  public StoredReport latest(ReportKey key, DataScope scope, String actor) {
    return store.find(key, null).orElseGet(() -> write(key, scope, actor, true, step -> {}));
  }

  /** A new version from the data as they are now. */
  public StoredReport newVersion(ReportKey key, DataScope scope, String actor) {
    return write(key, scope, actor, false, step -> {});
  }

  /**
   * A new version, telling each step as it begins ({@link ReportGeneration#STEPS}): nothing is
   * stored until the last, so a failure on the way leaves no version.
   */
  public StoredReport newVersion(
      ReportKey key, DataScope scope, String actor, Consumer<String> progress) {
    return write(key, scope, actor, false, progress);
  }

  /** A version as it was stored. */
  public Optional<StoredReport> version(ReportKey key, int version) {
    return store.find(key, version);
  }

  /** Whether any version of the report is stored. */
  public boolean exists(ReportKey key) {
    return store.exists(key);
  }

  /** The plan's stored versions that the scope covers, the latest first. */
  public List<ReportVersion> versions(String planId, DataScope scope, int limit) {
    String prefix = scope.regionPrefix();
    return prefix == null ? List.of() : store.versions(planId, prefix, limit);
  }

  private StoredReport write(
      ReportKey key, DataScope scope, String actor, boolean onlyFirst, Consumer<String> progress) {
    long started = System.nanoTime();
    // read before the figures: a change made while they are computed makes a later version
    String dataVersion = engine.dataVersion();
    int baseYear = plans.plan(key.planId()).orElseThrow().baseYear();
    Locale locale = Locale.forLanguageTag(key.lang().equals("en") ? "en" : "zh-CN");
    String html;
    byte[] xlsx;
    if (key.type().equals("monthly")) {
      progress.accept("assess");
      MonthlyBrief brief =
          reports.brief(key.planId(), key.period(), scope, key.regionCode(), locale);
      progress.accept("write");
      html = documents.html(brief, baseYear);
      xlsx = workbook.write(brief, baseYear);
    } else {
      EvaluationReport report =
          reports.report(
              key.planId(),
              ReportType.fromWord(key.type()).orElseThrow(),
              key.year(),
              scope,
              key.regionCode(),
              locale,
              progress);
      xlsx = workbook.write(report, baseYear);
      progress.accept("charts");
      html = documents.html(report, baseYear, documents.charts(report));
    }
    progress.accept("pdf");
    byte[] pdf = documents.pdf(html);
    progress.accept("save");
    StoredReport stored =
        store.store(
            key, dataVersion, actor, html.getBytes(StandardCharsets.UTF_8), pdf, xlsx, onlyFirst);
    log.info(
        "Report {} version {} written in {} ms",
        key,
        stored.version().version(),
        (System.nanoTime() - started) / 1_000_000);
    return stored;
  }
}
