package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.SizeClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ENT-Y innovation elements of one year, calibrated over manufacturing (section C): R&D
 * expenditure to the year's R&D intensity, valid invention patents to patents per 亿元 of main
 * business revenue, and the IT–industry integration survey to its shares of digital design tools
 * and NC key processes. Mining and utilities do R&D too, at their own (lower) rates.
 */
final class InnovationBook {

  private final AnnualBook book;
  private final List<Unit> units;

  InnovationBook(AnnualBook book, List<Unit> units) {
    this.book = book;
    this.units = units;
  }

  void fill(int[] panel, int year) {
    YearTargets targets = book.calibration().year(year);
    int since = year - book.calibration().baseYear();
    double[] rd = new double[panel.length];
    boolean[] manufacturing = new boolean[panel.length];
    long mbrManufacturing = 0;
    long mbrOther = 0;
    double rdManufacturing = 0;
    for (int i = 0; i < panel.length; i++) {
      Unit unit = units.get(panel[i]);
      Traits t = book.traits(unit.index());
      Archetype.Innovation in = unit.archetype().innovation();
      double chance = Math.min(0.95, in.rdProbability() * sizeFactor(unit) * (1 + 0.07 * since));
      long mbr = book.get(unit.index(), year, Element.MBR);
      rd[i] = t.rdDraw() < chance ? mbr * in.rdIntensity() * t.rdScale() : 0;
      manufacturing[i] = unit.manufacturing();
      if (manufacturing[i]) {
        mbrManufacturing += mbr;
        rdManufacturing += rd[i];
      } else {
        mbrOther += mbr;
      }
    }
    long rdTarget = Math.round(targets.rdIntensity() * mbrManufacturing);
    long[] rdC = Apportion.of(rdTarget, only(rd, manufacturing, true));
    double scale = rdManufacturing > 0 ? rdTarget / rdManufacturing : 0;
    double[] patentWeights = new double[panel.length];
    for (int i = 0; i < panel.length; i++) {
      int u = panel[i];
      long steps = manufacturing[i] ? rdC[i] : Math.round(rd[i] * scale);
      book.set(u, year, Element.RD_EXP, steps);
      patentWeights[i] = StrictMath.pow(steps, 0.85) * book.traits(u).patentScale();
    }
    long patentsC = Math.round(targets.patentsPerYi() * mbrManufacturing / 10.0 / 10_000);
    long patentsOther = Math.round(0.3 * targets.patentsPerYi() * mbrOther / 10.0 / 10_000);
    long[] c = Apportion.of(patentsC, only(patentWeights, manufacturing, true));
    long[] other = Apportion.of(patentsOther, only(patentWeights, manufacturing, false));
    for (int i = 0; i < panel.length; i++) {
      book.set(panel[i], year, Element.PATENTS, manufacturing[i] ? c[i] : other[i]);
    }
    survey(panel, year, targets, since);
  }

  private static double[] only(double[] weights, boolean[] manufacturing, boolean which) {
    double[] out = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = manufacturing[i] == which ? weights[i] : 0;
    }
    return out;
  }

  private static double sizeFactor(Unit unit) {
    SizeClass size = unit.enterprise().sizeClass();
    return switch (size) {
      case LARGE -> 2.2;
      case MEDIUM -> 1.4;
      case SMALL -> 0.8;
      case MICRO -> 0.4;
    };
  }

  /** Who is surveyed (manufacturing only), who uses digital design tools, NC key processes. */
  private void survey(int[] panel, int year, YearTargets targets, int since) {
    List<Integer> surveyed = new ArrayList<>();
    for (int u : panel) {
      Unit unit = units.get(u);
      double coverage = 0.93 + 0.07 * since;
      double chance = unit.archetype().innovation().itProbability() * sizeFactor(unit) * coverage;
      if (unit.manufacturing() && book.traits(u).surveyDraw() < Math.min(0.97, chance * 0.6)) {
        surveyed.add(u);
      }
    }
    int n = surveyed.size();
    long digital = Math.round(targets.digitalShare() * n);
    Integer[] order = new Integer[n];
    double[] keys = new double[n];
    long[] key = new long[n];
    double[] ncWeights = new double[n];
    long keyTotal = 0;
    for (int i = 0; i < n; i++) {
      int u = surveyed.get(i);
      Unit unit = units.get(u);
      Traits t = book.traits(u);
      order[i] = i;
      double w = unit.archetype().innovation().itProbability() * sizeFactor(unit);
      keys[i] = StrictMath.log(Math.max(1e-12, t.digitalDraw())) / w;
      double output = book.get(u, year, Element.GO) / 10.0;
      double processes = t.keyFactor() * (3 + 2.2 * StrictMath.log(Math.max(1, output / 2000)));
      key[i] = Math.max(2, Math.round(processes));
      keyTotal += key[i];
      double share = unit.archetype().innovation().ncShare() * t.ncFactor();
      ncWeights[i] = key[i] * Math.max(0.02, Math.min(0.98, share));
      book.set(u, year, Element.IT_SURVEYED, 1);
      book.set(u, year, Element.IT_KEY_PROC, key[i]);
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -keys[i]).thenComparingInt(i -> i));
    for (int k = 0; k < digital; k++) {
      book.set(surveyed.get(order[k]), year, Element.IT_DIGITAL_RD, 1);
    }
    long[] nc = Apportion.capped(Math.round(targets.ncShare() * keyTotal), ncWeights, key);
    for (int i = 0; i < n; i++) {
      book.set(surveyed.get(i), year, Element.IT_NC_PROC, nc[i]);
    }
  }
}
