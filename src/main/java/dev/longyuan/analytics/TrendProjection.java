package dev.longyuan.analytics;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.jspecify.annotations.Nullable;

/** Projects a yearly series to a target year: see {@link Projection}. */
final class TrendProjection {

  /** The two-sided coverage of the band. */
  static final double COVERAGE = 0.80;

  private TrendProjection() {}

  /** Years and values with a value; null when fewer than two years have one. */
  static @Nullable Projection project(List<Integer> years, List<Double> values, int targetYear) {
    if (years.size() < 2) {
      return null;
    }
    boolean positive = values.stream().allMatch(v -> v > 0);
    if (years.size() == 2) {
      int span = years.get(1) - years.get(0);
      double first = values.get(0);
      double last = values.get(1);
      if (positive) {
        double growth = Math.pow(last / first, 1.0 / span);
        return new Projection(
            targetYear,
            last * Math.pow(growth, targetYear - years.get(1)),
            null,
            null,
            "compound growth of two years");
      }
      double slope = (last - first) / span;
      return new Projection(
          targetYear,
          last + slope * (targetYear - years.get(1)),
          null,
          null,
          "straight line of two years");
    }
    SimpleRegression fit = new SimpleRegression();
    for (int i = 0; i < years.size(); i++) {
      fit.addData(years.get(i), positive ? Math.log(values.get(i)) : values.get(i));
    }
    int n = years.size();
    double centre = fit.predict(targetYear);
    double meanYear = years.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double sxx = fit.getXSumSquares();
    double se =
        Math.sqrt(
            fit.getMeanSquareError() * (1 + 1.0 / n + Math.pow(targetYear - meanYear, 2) / sxx));
    double t = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + COVERAGE / 2);
    double low = centre - t * se;
    double high = centre + t * se;
    return positive
        ? new Projection(
            targetYear, Math.exp(centre), Math.exp(low), Math.exp(high), "log-linear least squares")
        : new Projection(targetYear, centre, low, high, "linear least squares");
  }
}
