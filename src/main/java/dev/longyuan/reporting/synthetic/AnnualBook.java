package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.synthetic.Archetype.Product;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The annual total of every element for every enterprise in every year it is in the panel, in the
 * element's smallest step, calibrated: value added to the base-year level and the growth path,
 * losses to the 亏损面 and 亏损额 of each year; R&D, patents and the IT survey by {@link InnovationBook}.
 * Months are split from these totals later, so 累计 in December equals them.
 */
final class AnnualBook {

  private final List<Unit> units;
  private final Calibration calibration;
  private final int years;
  private final long[] values;
  private final Traits[] traits;

  private AnnualBook(List<Unit> units, Calibration calibration, int lastYear, long seed) {
    this.units = units;
    this.calibration = calibration;
    this.years = lastYear - Calibration.FIRST_YEAR + 1;
    this.values = new long[units.size() * years * Element.COUNT];
    this.traits = new Traits[units.size()];
    for (Unit unit : units) {
      traits[unit.index()] = Traits.of(seed, unit.index());
    }
  }

  static AnnualBook build(long seed, Universe universe, Calibration calibration) {
    AnnualBook book = new AnnualBook(universe.units(), calibration, universe.lastYear(), seed);
    book.fill(seed, universe);
    return book;
  }

  long get(int unit, int year, Element element) {
    return values[slot(unit, year, element)];
  }

  void set(int unit, int year, Element element, long steps) {
    values[slot(unit, year, element)] = steps;
  }

  private int slot(int unit, int year, Element element) {
    return ((unit * years) + (year - Calibration.FIRST_YEAR)) * Element.COUNT + element.ordinal();
  }

  Traits traits(int unit) {
    return traits[unit];
  }

  Calibration calibration() {
    return calibration;
  }

  private void fill(long seed, Universe universe) {
    int last = universe.lastYear();
    YearDraw[][] draws = new YearDraw[units.size()][years];
    int[][] panels = new int[years][];
    for (int y = Calibration.FIRST_YEAR; y <= last; y++) {
      int[] panel = universe.panel(y);
      panels[y - Calibration.FIRST_YEAR] = panel;
      for (int u : panel) {
        draws[u][y - Calibration.FIRST_YEAR] =
            YearDraw.of(seed, units.get(u), traits[u], calibration.year(y));
      }
    }
    double[] factors = factors(draws, panels, last);
    for (int y = Calibration.FIRST_YEAR; y <= last; y++) {
      int yi = y - Calibration.FIRST_YEAR;
      output(panels[yi], y, factors[yi], draws);
      profit(panels[yi], y, draws);
      footprint(panels[yi], y, draws);
      new InnovationBook(this, units).fill(panels[yi], y);
    }
  }

  private double rawValueAdded(int u, int year, YearDraw[][] draws) {
    return units.get(u).rawOutput(year) * draws[u][year - Calibration.FIRST_YEAR].vaRatio();
  }

  /** Scale of each year that gives the base-year level and, over continuing units, the growth. */
  private double[] factors(YearDraw[][] draws, int[][] panels, int last) {
    double[] f = new double[years];
    int base = calibration.baseYear();
    double sum = 0;
    for (int u : panels[base - Calibration.FIRST_YEAR]) {
      sum += rawValueAdded(u, base, draws);
    }
    f[base - Calibration.FIRST_YEAR] = calibration.valueAddedBase() / sum;
    for (int y = base + 1; y <= last; y++) {
      double[] pair = continuing(y, draws);
      double g = 1 + calibration.year(y).nominalGrowth();
      f[y - Calibration.FIRST_YEAR] = g * f[y - 1 - Calibration.FIRST_YEAR] * pair[0] / pair[1];
    }
    for (int y = base - 1; y >= Calibration.FIRST_YEAR; y--) {
      double[] pair = continuing(y + 1, draws);
      double g = 1 + calibration.year(y + 1).nominalGrowth();
      f[y - Calibration.FIRST_YEAR] = f[y + 1 - Calibration.FIRST_YEAR] * pair[1] / (g * pair[0]);
    }
    return f;
  }

  /** Σ raw value added of the units in the panel of both years: {previous year, year}. */
  private double[] continuing(int year, YearDraw[][] draws) {
    double before = 0;
    double now = 0;
    for (Unit unit : units) {
      if (unit.inPanel(year) && unit.inPanel(year - 1)) {
        before += rawValueAdded(unit.index(), year - 1, draws);
        now += rawValueAdded(unit.index(), year, draws);
      }
    }
    return new double[] {before, now};
  }

  private void output(int[] panel, int year, double factor, YearDraw[][] draws) {
    int yi = year - Calibration.FIRST_YEAR;
    double[] va = new double[panel.length];
    double total = 0;
    for (int i = 0; i < panel.length; i++) {
      int u = panel[i];
      YearDraw d = draws[u][yi];
      double go = factor * units.get(u).rawOutput(year);
      double rev = go * d.revenueRatio();
      set(u, year, Element.GO, Element.GO.toSteps(go));
      set(u, year, Element.REV, Element.REV.toSteps(rev));
      set(u, year, Element.MBR, Element.MBR.toSteps(rev * d.mainShare()));
      va[i] = go * d.vaRatio();
      total += va[i];
    }
    long target =
        year == calibration.baseYear()
            ? Element.VA.toSteps(calibration.valueAddedBase())
            : Element.VA.toSteps(total);
    long[] parts = Apportion.of(target, va);
    for (int i = 0; i < panel.length; i++) {
      set(panel[i], year, Element.VA, parts[i]);
    }
  }

  /** Exactly round(亏损面 × n) loss-makers whose losses add up to the year's 亏损额. */
  private void profit(int[] panel, int year, YearDraw[][] draws) {
    int yi = year - Calibration.FIRST_YEAR;
    YearTargets targets = calibration.year(year);
    int losers = (int) Math.round(targets.lossShare() * panel.length);
    Integer[] order = new Integer[panel.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -draws[panel[i]][yi].lossScore())
            .thenComparingInt(i -> i));
    double[] raw = new double[losers];
    for (int k = 0; k < losers; k++) {
      int u = panel[order[k]];
      raw[k] = get(u, year, Element.MBR) * draws[u][yi].lossMargin();
    }
    long minimum = 10;
    long[] losses =
        Apportion.of(Element.PROFIT.toSteps(targets.lossAmount()) - minimum * losers, raw);
    for (int k = 0; k < order.length; k++) {
      int u = panel[order[k]];
      if (k < losers) {
        set(u, year, Element.PROFIT, -(losses[k] + minimum));
      } else {
        long profit = Math.round(get(u, year, Element.MBR) * draws[u][yi].margin());
        set(u, year, Element.PROFIT, Math.max(1, profit));
      }
    }
  }

  /** Output at 2015 prices of a kind, the base of physical quantities. */
  double physical(Unit unit, int year) {
    double beta = unit.archetype().economics().priceBeta();
    int base = calibration.baseYear();
    double index = 1;
    for (int y = base + 1; y <= year; y++) {
      index *= Math.max(0.5, 1 + beta * calibration.year(y).ppi());
    }
    for (int y = year + 1; y <= base; y++) {
      index /= Math.max(0.5, 1 + beta * calibration.year(y).ppi());
    }
    return get(unit.index(), year, Element.GO) / 10.0 / index;
  }

  private void footprint(int[] panel, int year, YearDraw[][] draws) {
    int yi = year - Calibration.FIRST_YEAR;
    int since = year - calibration.baseYear();
    for (int u : panel) {
      Unit unit = units.get(u);
      Traits t = traits[u];
      YearDraw d = draws[u][yi];
      Archetype.Footprint f = unit.archetype().footprint();
      double physical = physical(unit, year);
      for (Product product : unit.line().products()) {
        double quantity = physical / product.valuePerUnit() * d.quantityNoise();
        set(u, year, product.element(), product.element().toSteps(quantity));
      }
      double energy = physical * f.energy() * t.energy() * StrictMath.pow(0.975, since);
      set(u, year, Element.ENERGY, Element.ENERGY.toSteps(energy * d.energyNoise()));
      double water = physical * f.water() * t.water() * StrictMath.pow(0.97, since) / 10_000;
      set(u, year, Element.WATER, Element.WATER.toSteps(water));
      double generated = physical * f.wasteGenerated() * t.waste() / 10_000;
      long generatedSteps = Element.SW_GEN.toSteps(generated);
      double use = Math.min(0.98, f.wasteUtilised() * t.wasteUse() * (1 + 0.03 * since));
      set(u, year, Element.SW_GEN, generatedSteps);
      set(u, year, Element.SW_UTIL, Math.round(generatedSteps * use));
      set(u, year, Element.SW_STOCK, Math.round(generatedSteps * t.storedShare()));
    }
  }
}
