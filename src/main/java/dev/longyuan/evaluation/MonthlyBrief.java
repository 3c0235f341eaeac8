package dev.longyuan.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The monthly 工业经济运行分析 brief for a region and a month (YYYY-MM), in one language: 一、运行概况 (the
 * economy for the months so far beside 上年同期), 二、主要指标进展 (the key indicators as assessed for the
 * month's year), 三、需要关注的问题 and 四、工作建议, each sentence written from those figures.
 */
public record MonthlyBrief(
    String planId,
    String period,
    int year,
    String regionCode,
    String title,
    String subtitle,
    Locale locale,
    List<EconomyRow> economy,
    List<String> summary,
    List<IndicatorRow> indicators,
    List<String> concerns,
    List<String> suggestions) {

  public MonthlyBrief {
    economy = List.copyOf(economy);
    summary = List.copyOf(summary);
    indicators = List.copyOf(indicators);
    concerns = List.copyOf(concerns);
    suggestions = List.copyOf(suggestions);
  }

  public String lang() {
    return locale.getLanguage();
  }
}
