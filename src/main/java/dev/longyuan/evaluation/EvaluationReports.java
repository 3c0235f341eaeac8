package dev.longyuan.evaluation;

import dev.longyuan.analytics.PlanAssessment;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.ProgressLabel;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.monitoring.IndicatorDetails;
import dev.longyuan.monitoring.MonitoringOverview;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.Target;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes a plan's evaluation reports from its assessment: the indicator table and the targets by
 * chapter exactly as {@link PlanAssessor#assess} judges them for the same plan, year and region,
 * and the narrative from those figures.
 */
@Service
public class EvaluationReports {

  private final PlanCatalog plans;
  private final PlanAssessor assessor;
  private final MessageSource messages;
  private final MonitoringOverview monitoring;

  EvaluationReports(
      PlanCatalog plans,
      PlanAssessor assessor,
      MessageSource messages,
      MonitoringOverview monitoring) {
    this.plans = plans;
    this.assessor = assessor;
    this.messages = messages;
    this.monitoring = monitoring;
  }

  /**
   * The monthly brief for the months of a year up to {@code period} (YYYY-MM): the economy as the
   * overview computes it, and the key indicators as assessed for that year.
   */
  public MonthlyBrief brief(
      String planId, String period, DataScope scope, @Nullable String region, Locale locale) {
    Plan plan = plan(planId);
    Period month =
        Period.tryParse(period)
            .filter(p -> p.frequency() == Period.Frequency.MONTH)
            .orElseThrow(
                () ->
                    new EvaluationRefused(
                        "period.invalid",
                        "月报须指明月份 period=YYYY-MM：" + period,
                        "a monthly brief needs period=YYYY-MM: " + period));
    PlanAssessment assessment = assessor.assess(planId, month.year(), scope, region, null);
    Texts texts = new Texts(messages, locale);
    Map<String, TargetAssessment> byTarget =
        assessment.targets().stream()
            .collect(Collectors.toMap(TargetAssessment::targetCode, Function.identity()));
    BriefWriter writer =
        new BriefWriter(
            texts,
            monitoring.economy(scope, assessment.regionCode(), month),
            assessment,
            month.lastMonth());
    List<String> concerns = writer.concerns();
    String regionName = regionName(plan, assessment.regionCode(), texts);
    return new MonthlyBrief(
        plan.id(),
        month.code(),
        month.year(),
        assessment.regionCode(),
        texts.text("evaluation.title.monthly", regionName, month.code()),
        texts.text(
            "evaluation.brief.subtitle",
            texts.chinese() ? plan.titleZh() : plan.titleEn(),
            month.code()),
        locale,
        writer.rows(),
        writer.summary(),
        indicatorRows(plan, byTarget, texts),
        concerns,
        writer.suggestions(concerns));
  }

  private Plan plan(String planId) {
    return plans
        .plan(planId)
        .orElseThrow(
            () ->
                new EvaluationRefused(
                    "plan.unknown", "没有规划“" + planId + "”", "no plan \"" + planId + "\""));
  }

  private static String regionName(Plan plan, String code, Texts texts) {
    return plan.region(code).map(r -> texts.chinese() ? r.nameZh() : r.nameEn()).orElse(code);
  }

  /** The report in the user's scope; the region defaults to the scope's own. */
  public EvaluationReport report(
      String planId,
      ReportType type,
      @Nullable Integer year,
      DataScope scope,
      @Nullable String region,
      Locale locale) {
    return report(planId, type, year, scope, region, locale, step -> {});
  }

  /**
   * The report, telling each step as it begins: {@code assess} (the plan's assessment for the year
   * and region), then {@code write} (the tables and the narrative from its figures).
   */
  public EvaluationReport report(
      String planId,
      ReportType type,
      @Nullable Integer year,
      DataScope scope,
      @Nullable String region,
      Locale locale,
      Consumer<String> progress) {
    Plan plan = plan(planId);
    Integer reportYear = type.year(plan, year);
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
    progress.accept("assess");
    PlanAssessment assessment = assessor.assess(planId, reportYear, scope, region, null);
    progress.accept("write");
    Texts texts = new Texts(messages, locale);
    boolean zh = texts.chinese();
    Map<String, TargetAssessment> byTarget =
        assessment.targets().stream()
            .collect(Collectors.toMap(TargetAssessment::targetCode, Function.identity()));
    String regionName = regionName(plan, assessment.regionCode(), texts);
    Narrative narrative = new Narrative(texts, plan, assessment);
    return new EvaluationReport(
        plan.id(),
        type,
        reportYear,
        assessment.regionCode(),
        texts.text(
            "evaluation.title." + type.word(),
            zh ? plan.titleZh() : plan.titleEn(),
            String.valueOf(reportYear)),
        texts.text("evaluation.subtitle", regionName, String.valueOf(reportYear)),
        locale,
        narrative.overall(),
        indicatorRows(plan, byTarget, texts),
        chapters(plan, byTarget, texts),
        narrative.problems(),
        narrative.suggestions(),
        assessment.method());
  }

  /** The series the target was judged on, the years with a value. */
  private static List<IndicatorRow.YearFigure> judged(@Nullable TargetAssessment target) {
    if (target == null) {
      return List.of();
    }
    return target.judged().stream()
        .filter(p -> p.value() != null)
        .map(p -> new IndicatorRow.YearFigure(p.year(), p.value()))
        .toList();
  }

  private static List<IndicatorRow> indicatorRows(
      Plan plan, Map<String, TargetAssessment> byTarget, Texts texts) {
    List<IndicatorRow> rows = new ArrayList<>();
    plan.indicators().stream()
        .sorted(Comparator.comparingInt(Indicator::number))
        .forEach(
            indicator -> {
              // the target the indicator serves, as the overview's card takes it
              TargetAssessment target =
                  indicator.targets().stream()
                      .map(byTarget::get)
                      .filter(Objects::nonNull)
                      .findFirst()
                      .orElse(null);
              ProgressLabel label =
                  target == null ? ProgressLabel.NOT_ASSESSABLE : target.progress().label();
              rows.add(
                  new IndicatorRow(
                      indicator.number(),
                      indicator.code(),
                      texts.chinese() ? indicator.nameZh() : indicator.nameEn(),
                      indicator.unit(),
                      indicator.baseline(),
                      plan.baseYear(),
                      // a revised target says so, with the plan's original beside
                      target != null && target.revision() != null
                          ? texts.targetText(target)
                          : indicator.targetText(),
                      target == null ? null : target.latestValue(),
                      target == null ? null : target.latestYear(),
                      target == null ? null : target.targetCode(),
                      label.word(),
                      texts.label(label),
                      texts.text("attribute." + indicator.attribute().word()),
                      judged(target),
                      target == null
                          ? List.of()
                          : IndicatorDetails.requiredPath(target).stream()
                              .map(p -> new IndicatorRow.YearFigure(p.year(), p.value()))
                              .toList(),
                      target == null || target.measuredAs() == null
                          ? null
                          : texts.chinese() ? target.measuredAs().zh() : target.measuredAs().en()));
            });
    return rows;
  }

  private static List<ChapterProgress> chapters(
      Plan plan, Map<String, TargetAssessment> byTarget, Texts texts) {
    Map<String, List<TargetRow>> byChapter = new LinkedHashMap<>();
    plan.targets().stream()
        .sorted(Comparator.comparing((Target t) -> chapterNumber(t.section())))
        .forEach(
            target -> {
              TargetAssessment judged = byTarget.get(target.code());
              if (judged == null) {
                return;
              }
              byChapter
                  .computeIfAbsent(chapterOf(target.section()), c -> new ArrayList<>())
                  .add(targetRow(judged, texts));
            });
    List<ChapterProgress> chapters = new ArrayList<>();
    byChapter.forEach(
        (chapter, rows) -> {
          String title =
              plan.section(chapter)
                  .map(s -> texts.chinese() ? s.titleZh() : s.titleEn())
                  .orElse(chapter);
          chapters.add(new ChapterProgress(chapter, title, rows));
        });
    return chapters;
  }

  static TargetRow targetRow(TargetAssessment t, Texts texts) {
    ProgressLabel label = t.progress().label();
    return new TargetRow(
        t.targetCode(),
        texts.chinese() ? t.nameZh() : t.nameEn(),
        texts.text("attribute." + t.attribute()),
        texts.targetText(t),
        t.latestValue(),
        t.latestYear(),
        label.word(),
        texts.label(label),
        texts.chinese() ? t.reasonZh() : t.reasonEn());
  }

  private static String chapterOf(String section) {
    int dot = section.indexOf('.');
    return dot < 0 ? section : section.substring(0, dot);
  }

  private static int chapterNumber(String section) {
    try {
      return Integer.parseInt(chapterOf(section));
    } catch (NumberFormatException notNumbered) {
      return Integer.MAX_VALUE;
    }
  }
}
