package dev.longyuan.reporting.synthetic;

/**
 * What the synthetic panel is calibrated to in one year.
 *
 * @param realGrowth real growth of value added over the same panel (0.068 is 6.8%)
 * @param ppi change of the ex-factory price index (−0.09 is 91.0 with last year = 100)
 * @param lossShare share of loss-making enterprises, December 累计 (亏损面)
 * @param lossAmount 亏损企业亏损额, 万元
 * @param profitCycle how good the year is for margins, −1 to 1 (scaled by a sector's price beta)
 * @param rdIntensity R&D expenditure over main business revenue, manufacturing
 * @param patentsPerYi valid invention patents per 亿元 of main business revenue, manufacturing
 * @param digitalShare share of surveyed enterprises using digital R&D design tools
 * @param ncShare share of key processes under numerical control
 */
public record YearTargets(
    int year,
    double realGrowth,
    double ppi,
    double lossShare,
    double lossAmount,
    double profitCycle,
    double rdIntensity,
    double patentsPerYi,
    double digitalShare,
    double ncShare) {

  /** Growth of value added at current prices. */
  public double nominalGrowth() {
    return (1 + realGrowth) * (1 + ppi) - 1;
  }
}
