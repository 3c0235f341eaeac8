package dev.longyuan.reporting.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a form sheet's table. A monthly form reads {@code 指标名称 | 代码 | 计量单位 | 本月 | 上年同月 |
 * 1-本月累计 | 上年同期累计}, a yearly one {@code 指标名称 | 代码 | 计量单位 | 本年 | 上年}.
 */
enum FormColumn {
  NAME("指标名称", List.of("指标", "项目")),
  CODE("代码", List.of("指标代码")),
  UNIT("计量单位", List.of("单位")),
  CURRENT("本月", List.of("当月", "本月数")),
  CURRENT_PREVIOUS("上年同月", List.of("上年同期(当月)", "上年本月", "上年同月数")),
  YTD("1-本月累计", List.of("本年累计", "累计", "1-本月", "1至本月累计")),
  YTD_PREVIOUS("上年同期累计", List.of("上年累计", "上年1-本月累计")),
  YEAR("本年", List.of("本期", "本年数", "本年实际")),
  YEAR_PREVIOUS("上年", List.of("上年同期", "上年数", "上年实际")),
  COMMENT("备注", List.of("说明"));

  private final String heading;
  private final List<String> aliases;

  FormColumn(String heading, List<String> aliases) {
    this.heading = heading;
    this.aliases = aliases;
  }

  String heading() {
    return heading;
  }

  static @Nullable FormColumn of(String heading) {
    String h = HeaderText.normalise(heading);
    for (FormColumn column : values()) {
      if (HeaderText.normalise(column.heading).equals(h)
          || column.aliases.stream().anyMatch(a -> HeaderText.normalise(a).equals(h))) {
        return column;
      }
    }
    return null;
  }
}
