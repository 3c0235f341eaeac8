package dev.longyuan.reporting.synthetic;

/**
 * What stays the same about an enterprise from year to year: how profitable it tends to be, whether
 * and how much it does R&D, its place in the IT survey, and how its footprint departs from its
 * kind's. Drawn from the seed and the unit alone.
 */
record Traits(
    double profitability,
    double rdDraw,
    double rdScale,
    double patentScale,
    double surveyDraw,
    double digitalDraw,
    double ncFactor,
    double keyFactor,
    double energy,
    double water,
    double waste,
    double wasteUse,
    double storedShare) {

  private static final long STREAM = 3;

  static Traits of(long seed, int unit) {
    Draws d = Draws.of(seed, STREAM, unit);
    return new Traits(
        d.gaussian(),
        d.uniform(),
        d.logNormal(0.5),
        d.logNormal(0.6),
        d.uniform(),
        d.uniform(),
        d.logNormal(0.35),
        d.logNormal(0.3),
        d.logNormal(0.2),
        d.logNormal(0.3),
        d.logNormal(0.4),
        d.logNormal(0.1),
        d.uniform() < 0.3 ? d.between(0.02, 0.15) : 0);
  }
}
