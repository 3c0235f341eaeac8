package dev.longyuan.analytics;

import dev.longyuan.analytics.IndicatorEngine.ElementPeriod;
import dev.longyuan.analytics.internal.Deflation;
import dev.longyuan.analytics.internal.MirrorQueries;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate behind an indicator's value: which element, for which period and measure, over how
 * many units (and how many of their values are synthetic, 模拟数据), and what it came to (null when no
 * unit reports it). A deflated aggregate ({@code real}, {@code constant}) without a value says why:
 * the units without a price index and what they lacked, or a period before the base year.
 */
public record AggregateFigure(
    String aggregate,
    String dataElement,
    @Nullable String period,
    @Nullable String measure,
    long units,
    long syntheticValues,
    @Nullable BigDecimal value,
    @Nullable String reasonZh,
    @Nullable String reasonEn) {

  /** One aggregate as the user sees it, with why a deflated one has no value. */
  static AggregateFigure of(
      IndicatorExpression.Aggregate aggregate,
      @Nullable ElementPeriod at,
      MirrorQueries.Result result,
      @Nullable Deflation deflation) {
    String reasonZh = null;
    String reasonEn = null;
    if (at != null && aggregate.deflated() && deflation == null) {
      reasonZh =
          aggregate.label() + " 以 " + aggregate.baseYear() + " 年价格计，" + at.period() + " 在基年之前，无值";
      reasonEn =
          aggregate.label()
              + " is at "
              + aggregate.baseYear()
              + " prices: "
              + at.period()
              + " is before that base year and has no value";
    } else if (result.unpriced() != null && deflation != null) {
      String measureZh = deflation.measure().equals("ytd") ? "累计" : "当月";
      reasonZh =
          result.units()
              + " 家企业中有 "
              + result.unpriced().units()
              + " 家没有出厂价格指数："
              + deflation.province()
              + " 既未报送其所属行业大类的、也未报送全部工业的"
              + measureZh
              + "指数（"
              + result.unpriced().missing()
              + "）；只缩减一部分企业的合计不予给出";
      reasonEn =
          "no ex-factory price index for "
              + result.unpriced().units()
              + " of the "
              + result.units()
              + " units: "
              + deflation.province()
              + " reports neither their division's nor the all-industry "
              + deflation.measure()
              + " index ("
              + result.unpriced().missing()
              + "); a sum deflated only in part is not given";
    }
    return new AggregateFigure(
        aggregate.label(),
        aggregate.element(),
        at == null ? null : at.period(),
        at == null ? null : at.measure(),
        result.units(),
        result.syntheticValues(),
        result.value(),
        reasonZh,
        reasonEn);
  }
}
