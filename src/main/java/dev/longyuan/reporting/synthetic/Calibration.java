package dev.longyuan.reporting.synthetic;

import java.util.List;

/**
 * The totals and paths the panel reproduces. The 2015 values are the published baselines of the
 * Gansu 13th five-year industrial plan; 2016–2020 follow a plausible path that falls a little short
 * of the plan's 2020 targets; 2014 is internal history that gives 2015 its 上年同期.
 *
 * @param valueAddedBase Σ VA of the base-year panel, 万元 (1662.0 亿元)
 */
public record Calibration(int baseYear, double valueAddedBase, List<YearTargets> years) {

  public static final int FIRST_YEAR = 2014;
  public static final int LAST_YEAR = 2020;

  public Calibration {
    years = List.copyOf(years);
    for (int i = 0; i < years.size(); i++) {
      if (years.get(i).year() != FIRST_YEAR + i) {
        throw new IllegalArgumentException("years must run from " + FIRST_YEAR + " one by one");
      }
    }
  }

  public static Calibration gansu13thFyp() {
    return new Calibration(
        2015,
        16_620_000.0,
        List.of(
            new YearTargets(2014, 0.084, -0.060, 0.262, 485_000, 0.10, 0.0057, 0.18, 0.43, 0.28),
            new YearTargets(2015, 0.068, -0.090, 0.317, 723_000, -0.40, 0.0060, 0.20, 0.45, 0.30),
            new YearTargets(2016, 0.068, -0.035, 0.301, 668_000, -0.15, 0.0064, 0.23, 0.48, 0.32),
            new YearTargets(2017, 0.049, 0.095, 0.256, 498_000, 0.35, 0.0070, 0.26, 0.50, 0.35),
            new YearTargets(2018, 0.052, 0.045, 0.242, 461_000, 0.45, 0.0077, 0.29, 0.53, 0.38),
            new YearTargets(2019, 0.066, -0.008, 0.238, 524_000, 0.25, 0.0083, 0.32, 0.57, 0.42),
            new YearTargets(2020, 0.065, -0.025, 0.229, 551_000, 0.15, 0.0088, 0.35, 0.60, 0.45)));
  }

  public YearTargets year(int year) {
    return years.get(year - FIRST_YEAR);
  }
}
