package dev.longyuan.reporting.synthetic;

/**
 * Monthly profiles of output, January to December: the Spring Festival dip in 1–2月 and the December
 * push of most industry, the winter stop of building materials in Gansu, heating in the cold
 * months, river flow for hydropower, spring wind and summer sun.
 */
enum Seasonality {
  GENERAL(0.90, 0.80, 0.98, 0.99, 1.00, 1.04, 0.97, 0.98, 1.03, 1.01, 1.06, 1.16),
  CONTINUOUS(1.00, 0.91, 1.00, 0.98, 1.00, 1.00, 0.99, 1.00, 0.99, 1.01, 1.02, 1.06),
  CONSTRUCTION(0.42, 0.33, 0.80, 1.10, 1.22, 1.22, 1.16, 1.16, 1.22, 1.21, 0.92, 0.62),
  FOOD(0.98, 0.74, 0.86, 0.85, 0.87, 0.90, 0.90, 0.95, 1.10, 1.25, 1.30, 1.33),
  THERMAL(1.13, 1.00, 1.01, 0.92, 0.89, 0.92, 1.01, 1.02, 0.92, 0.95, 1.08, 1.21),
  HEAT(2.00, 1.70, 1.30, 0.40, 0.12, 0.10, 0.10, 0.10, 0.12, 0.50, 1.60, 2.00),
  HYDRO(0.62, 0.55, 0.70, 0.90, 1.10, 1.30, 1.45, 1.40, 1.30, 1.10, 0.85, 0.70),
  WIND(0.82, 0.90, 1.20, 1.30, 1.25, 1.00, 0.85, 0.80, 0.85, 0.95, 1.00, 0.92),
  SOLAR(0.75, 0.83, 1.00, 1.10, 1.20, 1.16, 1.15, 1.10, 1.00, 0.95, 0.85, 0.76);

  private final double[] months;

  Seasonality(double... months) {
    this.months = months;
  }

  /** Weight of a calendar month, 1 to 12. */
  double month(int month) {
    return months[month - 1];
  }

  /** Processes that run round the clock rarely stop for the Spring Festival. */
  boolean continuous() {
    return this != GENERAL && this != CONSTRUCTION && this != FOOD;
  }
}
