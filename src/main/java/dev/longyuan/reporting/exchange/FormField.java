package dev.longyuan.reporting.exchange;

import java.util.List;

/** The fields of a form sheet's header block, above its table. */
enum FormField {
  REPORTING_UNIT("统一社会信用代码/填报单位代码", List.of("统一社会信用代码", "填报单位代码", "单位代码", "统一社会信用代码(填报单位代码)")),
  UNIT_NAME("单位名称", List.of("单位详细名称", "填报单位名称", "填报单位")),
  PERIOD("报告期", List.of("报告期别", "报告期(yyyy-mm)"));

  private final String label;
  private final List<String> aliases;

  FormField(String label, List<String> aliases) {
    this.label = label;
    this.aliases = aliases;
  }

  String label() {
    return label;
  }

  /** The field a label cell names; a label may carry its value after a colon. */
  boolean labels(String normalisedCell) {
    return HeaderText.normalise(label).equals(normalisedCell)
        || aliases.stream().anyMatch(a -> HeaderText.normalise(a).equals(normalisedCell));
  }
}
