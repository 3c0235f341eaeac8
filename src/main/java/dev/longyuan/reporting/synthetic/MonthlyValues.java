package dev.longyuan.reporting.synthetic;

/**
 * One enterprise's ENT-M values for one year: the annual totals of the {@link AnnualBook} split
 * over the eleven periods 1–2月, 3月 … 12月 by a seasonal profile with noise, as 当月 and 累计. Losses and
 * the loss-making flag follow from 累计 profit, so 亏损企业亏损额 and 亏损企业单位数 are on the 累计 basis as
 * published.
 */
final class MonthlyValues {

  static final int PERIODS = 11;
  private static final long STREAM = 5;

  private final long[][] current = new long[Element.COUNT][];
  private final long[][] ytd = new long[Element.COUNT][];

  private MonthlyValues() {}

  static MonthlyValues of(long seed, Unit unit, int year, AnnualBook book) {
    MonthlyValues m = new MonthlyValues();
    Draws d = Draws.of(seed, STREAM, unit.index(), year);
    double[] output = shape(d, unit.archetype().seasonality(), year);
    double[] profit = new double[PERIODS];
    for (int p = 0; p < PERIODS; p++) {
      profit[p] = output[p] * d.logNormal(0.25);
    }
    for (Element e : Element.values()) {
      if (e.form() != Element.Form.MONTHLY) {
        continue;
      }
      long annual = book.get(unit.index(), year, e);
      double[] weights = e == Element.PROFIT ? profit : output;
      long[] parts = Apportion.of(Math.abs(annual), weights);
      if (annual < 0) {
        for (int p = 0; p < PERIODS; p++) {
          parts[p] = -parts[p];
        }
      }
      m.put(e, parts);
    }
    long[] profitYtd = m.ytd[Element.PROFIT.ordinal()];
    long[] lossYtd = new long[PERIODS];
    long[] lossFlag = new long[PERIODS];
    long[] one = new long[PERIODS];
    for (int p = 0; p < PERIODS; p++) {
      lossYtd[p] = Math.max(0, -profitYtd[p]);
      lossFlag[p] = profitYtd[p] < 0 ? 1 : 0;
      one[p] = 1;
    }
    m.putYtd(Element.LOSS, lossYtd);
    m.ytd[Element.LOSS_ENT.ordinal()] = lossFlag;
    m.ytd[Element.ENT.ordinal()] = one;
    return m;
  }

  /** Weights of the eleven periods: calendar months with noise, January and February together. */
  private static double[] shape(Draws d, Seasonality season, int year) {
    double[] months = new double[13];
    for (int month = 1; month <= 12; month++) {
      months[month] = season.month(month) * d.logNormal(0.04);
    }
    if (season.continuous() && d.uniform() < 0.2) {
      months[4 + d.below(6)] *= 0.45; // planned maintenance stop
    }
    if (year == 2020) { // the epidemic in early 2020
      double hit = season.continuous() ? 0.95 : 0.80;
      months[1] *= hit;
      months[2] *= hit;
      months[3] *= season.continuous() ? 0.98 : 0.92;
    }
    double[] periods = new double[PERIODS];
    periods[0] = months[1] + months[2];
    for (int p = 1; p < PERIODS; p++) {
      periods[p] = months[p + 2];
    }
    return periods;
  }

  private void put(Element e, long[] parts) {
    current[e.ordinal()] = parts;
    long[] running = new long[PERIODS];
    long sum = 0;
    for (int p = 0; p < PERIODS; p++) {
      sum += parts[p];
      running[p] = sum;
    }
    ytd[e.ordinal()] = running;
  }

  private void putYtd(Element e, long[] running) {
    long[] parts = new long[PERIODS];
    for (int p = 0; p < PERIODS; p++) {
      parts[p] = running[p] - (p == 0 ? 0 : running[p - 1]);
    }
    current[e.ordinal()] = parts;
    ytd[e.ordinal()] = running;
  }

  /** 当月 of an element in a period (0 is 1–2月); undefined for the counts. */
  long current(Element e, int period) {
    return current[e.ordinal()][period];
  }

  long ytd(Element e, int period) {
    return ytd[e.ordinal()][period];
  }
}
