package dev.longyuan.reporting.synthetic;

/**
 * What varies about an enterprise from one year to the next: its value-added ratio, revenue against
 * output, margin, how close to loss it comes, and small changes in its efficiency.
 */
record YearDraw(
    double vaRatio,
    double revenueRatio,
    double mainShare,
    double lossScore,
    double lossMargin,
    double margin,
    double quantityNoise,
    double energyNoise) {

  private static final long STREAM = 4;

  static YearDraw of(long seed, Unit unit, Traits traits, YearTargets year) {
    Draws d = Draws.of(seed, STREAM, unit.index(), year.year());
    Archetype.Economics e = unit.archetype().economics();
    double va = clamp(e.vaRatio() * d.logNormal(0.06), 0.08, 0.85);
    double revenue = clamp(StrictMath.exp(0.035 * d.gaussian()), 0.91, 1.09);
    double main = d.between(0.93, 0.985);
    double loss =
        e.lossRisk()
            - 3 * e.priceBeta() * year.ppi()
            + 0.8 * traits.profitability()
            + 0.6 * d.gaussian();
    double lossMargin = clamp(0.045 * d.logNormal(0.8), 0.003, 0.35);
    double cycle = Math.max(0.2, 1 + year.profitCycle() * Math.min(1.5, e.priceBeta()));
    double margin = clamp(e.margin() * cycle * d.logNormal(0.5), 0.002, 0.45);
    return new YearDraw(
        va, revenue, main, loss, lossMargin, margin, d.logNormal(0.03), d.logNormal(0.05));
  }

  private static double clamp(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }
}
