package dev.longyuan.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The industry of a region (or a part of it) for the months of a year so far (累计), from its
 * enterprises' approved reports, in 万元 as reported: value added, the parts its growth on the
 * comparable base is computed from, revenue, profit and how many enterprises reported value added.
 * Kept as sums so that the figures of several regions or sectors add up before a rate is taken.
 *
 * <p>{@code valueAddedReal} is this year's value added of the enterprises that reported a year
 * earlier too, at last year's prices; null when some of them have no price index, and then the
 * growth is at current prices ({@link #atCurrentPrices()}).
 */
public record IndustryFigure(
    @Nullable BigDecimal valueAdded,
    @Nullable BigDecimal valueAddedReal,
    @Nullable BigDecimal valueAddedSame,
    @Nullable BigDecimal valueAddedBefore,
    @Nullable BigDecimal revenue,
    @Nullable BigDecimal profit,
    long enterprises) {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final IndustryFigure NONE =
      new IndustryFigure(null, null, null, null, null, null, 0);

  /** The two together: sums add; a real value unknown in either is unknown in both. */
  public IndustryFigure plus(IndustryFigure other) {
    boolean realKnown = realKnown() && other.realKnown();
    return new IndustryFigure(
        add(valueAdded, other.valueAdded),
        realKnown ? add(valueAddedReal, other.valueAddedReal) : null,
        add(valueAddedSame, other.valueAddedSame),
        add(valueAddedBefore, other.valueAddedBefore),
        add(revenue, other.revenue),
        add(profit, other.profit),
        enterprises + other.enterprises);
  }

  /** Whether the comparable-price value is known (or there is nothing to price). */
  private boolean realKnown() {
    return valueAddedReal != null || valueAddedSame == null;
  }

  /** Whether the growth had to be taken at current prices for want of a price index. */
  public boolean atCurrentPrices() {
    return valueAddedReal == null && valueAddedSame != null;
  }

  /** 增加值增速 (%) on the comparable base; null without a year-earlier value to compare. */
  public @Nullable BigDecimal growth() {
    BigDecimal now = valueAddedReal != null ? valueAddedReal : valueAddedSame;
    if (now == null || valueAddedBefore == null || valueAddedBefore.signum() <= 0) {
      return null;
    }
    return now.multiply(HUNDRED).divide(valueAddedBefore, MathContext.DECIMAL64).subtract(HUNDRED);
  }

  /** The value added in 亿元. */
  public @Nullable BigDecimal valueAddedYi() {
    return yi(valueAdded);
  }

  public @Nullable BigDecimal revenueYi() {
    return yi(revenue);
  }

  public @Nullable BigDecimal profitYi() {
    return yi(profit);
  }

  /** This figure's value added as a percentage of the whole's; null when either is unknown. */
  public @Nullable BigDecimal shareOf(IndustryFigure whole) {
    if (valueAdded == null || whole.valueAdded == null || whole.valueAdded.signum() <= 0) {
      return null;
    }
    return valueAdded.multiply(HUNDRED).divide(whole.valueAdded, MathContext.DECIMAL64);
  }

  private static @Nullable BigDecimal yi(@Nullable BigDecimal wan) {
    return wan == null ? null : wan.divide(TEN_THOUSAND, MathContext.DECIMAL64);
  }

  private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b : b == null ? a : a.add(b);
  }
}
