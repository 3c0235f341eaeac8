package dev.longyuan.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * A report as written for a plan, a year and a region in one language: 一、总体评价 (overall), 二、主要指标完成情况
 * (indicators), 三、重点任务进展 (chapters), 四、存在的主要问题 (problems) and 五、下一步工作建议 (suggestions). Every
 * sentence is written from the assessment's figures.
 */
public record EvaluationReport(
    String planId,
    ReportType type,
    int year,
    String regionCode,
    String title,
    String subtitle,
    Locale locale,
    List<String> overall,
    List<IndicatorRow> indicators,
    List<ChapterProgress> chapters,
    List<String> problems,
    List<String> suggestions,
    String method) {

  public EvaluationReport {
    overall = List.copyOf(overall);
    indicators = List.copyOf(indicators);
    chapters = List.copyOf(chapters);
    problems = List.copyOf(problems);
    suggestions = List.copyOf(suggestions);
  }

  public String lang() {
    return locale.getLanguage();
  }
}
