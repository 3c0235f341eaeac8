package dev.longyuan.reporting.synthetic;

/**
 * What to generate: the seed, about how many enterprises are above designated size each year, and
 * the years (within 2015–2020, the plan period with its base year).
 */
public record SyntheticOptions(long seed, int enterprises, int fromYear, int toYear) {

  public static final int MIN_ENTERPRISES = 100;
  public static final int MAX_ENTERPRISES = 50_000;

  public SyntheticOptions {
    if (enterprises < MIN_ENTERPRISES || enterprises > MAX_ENTERPRISES) {
      throw new IllegalArgumentException(
          "enterprises must be " + MIN_ENTERPRISES + " to " + MAX_ENTERPRISES + ": " + enterprises);
    }
    if (fromYear < Calibration.FIRST_YEAR + 1
        || toYear > Calibration.LAST_YEAR
        || fromYear > toYear) {
      throw new IllegalArgumentException(
          "years must lie within "
              + (Calibration.FIRST_YEAR + 1)
              + "-"
              + Calibration.LAST_YEAR
              + ": "
              + fromYear
              + "-"
              + toYear);
    }
  }

  /** Options from a year range written as {@code 2015-2020} or {@code 2018}. */
  public static SyntheticOptions of(long seed, int enterprises, String years) {
    String[] parts = years.strip().split("-", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("years must be written 2015-2020: " + years);
    }
    try {
      int from = Integer.parseInt(parts[0].strip());
      int to = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : from;
      return new SyntheticOptions(seed, enterprises, from, to);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("years must be written 2015-2020: " + years, e);
    }
  }

  /** The demonstration data set shipped with the application. */
  public static SyntheticOptions demonstration() {
    return new SyntheticOptions(20_150_101L, 2000, 2015, 2020);
  }
}
