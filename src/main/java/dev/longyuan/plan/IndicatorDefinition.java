package dev.longyuan.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator's values are found in the data: an expression computing it bottom-up from
 * enterprises' reported values (the analytics module's language: {@code sum(RD_EXP) / sum(MBR) *
 * 100}), restricted to some industries where the indicator covers only them (规模以上制造业); the data
 * elements in which a region's own official figure of the indicator is reported, in order of
 * preference (a later one is a proxy, 代理口径, and is shown as such); and the element in which an
 * official cumulative change against the plan's base year is published (万元工业增加值用水量较2015年下降56%). At
 * least one of them is given.
 */
public record IndicatorDefinition(
    @Nullable String expression,
    @Nullable String industries,
    List<String> official,
    @Nullable String officialChange) {

  public IndicatorDefinition {
    official = List.copyOf(official);
  }
}
