package dev.longyuan.reporting.exchange;

import java.util.List;

/** The columns of the long layout (CSV and the 数据 sheet): one data value a row. */
enum LongColumn {
  DATA_ELEMENT("data_element", "指标代码", true, List.of("dataelement", "代码")),
  REPORTING_UNIT(
      "reporting_unit",
      "填报单位代码",
      true,
      List.of("reportingunit", "统一社会信用代码", "统一社会信用代码/填报单位代码", "单位代码")),
  PERIOD("period", "报告期", true, List.of("时期")),
  MEASURE("measure", "口径（当月/累计）", true, List.of("口径")),
  VALUE("value", "本期", true, List.of("数值", "本期数")),
  PREVIOUS_YEAR_VALUE("previous_year_value", "上年同期", false, List.of("previousyearvalue", "上年同期数")),
  COMMENT("comment", "备注", false, List.of("说明"));

  private final String word;
  private final String headingZh;
  private final boolean required;
  private final List<String> aliases;

  LongColumn(String word, String headingZh, boolean required, List<String> aliases) {
    this.word = word;
    this.headingZh = headingZh;
    this.required = required;
    this.aliases = aliases;
  }

  /** The CSV heading. */
  String word() {
    return word;
  }

  /** The heading of the 数据 sheet. */
  String headingZh() {
    return headingZh;
  }

  boolean required() {
    return required;
  }

  boolean matches(String normalisedHeading) {
    return normalisedHeading.equals(word)
        || normalisedHeading.equals(HeaderText.normalise(headingZh))
        || aliases.stream().anyMatch(a -> HeaderText.normalise(a).equals(normalisedHeading));
  }
}
