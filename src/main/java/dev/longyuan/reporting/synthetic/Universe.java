package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.synthetic.Anchors.Anchor;
import dev.longyuan.reporting.synthetic.Archetype.Line;
import dev.longyuan.reporting.synthetic.GansuCounties.County;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every enterprise that is ever in the panel from {@link Calibration#FIRST_YEAR} on, with the years
 * it is above designated size. Each year some enterprises fall out (mostly small ones, which drop
 * below 2000万元 of revenue or close) and about as many newly reach the threshold.
 */
final class Universe {

  /** Revenue (万元) of the smallest enterprise drawn, before calibration: safely above 2000万元. */
  static final double FLOOR = 2400;

  private static final long STREAM = 1;
  private static final long STREAM_UNIT = 2;

  /** How the drawn (non-anchor) enterprises divide among the archetypes. */
  private static final double[] POPULATION_SHARES =
      Arrays.stream(Archetype.values()).mapToDouble(k -> k.population().share()).toArray();

  private final List<Unit> units;
  private final int lastYear;

  private Universe(List<Unit> units, int lastYear) {
    this.units = List.copyOf(units);
    this.lastYear = lastYear;
  }

  List<Unit> units() {
    return units;
  }

  int lastYear() {
    return lastYear;
  }

  /** Indices of the units in the panel of a year, ascending. */
  int[] panel(int year) {
    return units.stream().filter(u -> u.inPanel(year)).mapToInt(Unit::index).toArray();
  }

  static Universe build(long seed, int size, int lastYear, Calibration calibration) {
    return new Builder(seed, size, lastYear, calibration).build();
  }

  /** A unit while the panel is being drawn: its last year is not known yet. */
  private static final class Draft {
    final Archetype archetype;
    final Line line;
    final County county;
    final int firstYear;
    final double[] rawOutput;
    final boolean anchor;
    int lastYear = Integer.MAX_VALUE;

    Draft(Archetype archetype, Line line, County county, int firstYear, double[] raw, boolean a) {
      this.archetype = archetype;
      this.line = line;
      this.county = county;
      this.firstYear = firstYear;
      this.rawOutput = raw;
      this.anchor = a;
    }
  }

  private static final class Builder {
    private final long seed;
    private final int size;
    private final int lastYear;
    private final Calibration calibration;
    private final Draws draws;
    private final List<Draft> drafts = new ArrayList<>();

    Builder(long seed, int size, int lastYear, Calibration calibration) {
      this.seed = seed;
      this.size = size;
      this.lastYear = lastYear;
      this.calibration = calibration;
      this.draws = Draws.of(seed, STREAM);
    }

    Universe build() {
      int first = Calibration.FIRST_YEAR;
      for (Anchor anchor : Anchors.ALL) {
        Line line =
            anchor.archetype().lines().stream()
                .filter(l -> l.industryClass().equals(anchor.industryClass()))
                .findFirst()
                .orElseThrow();
        add(
            anchor.archetype(),
            line,
            GansuCounties.county(anchor.county()),
            first,
            anchor.outputYi() * 10_000,
            true);
      }
      Archetype[] kinds = Archetype.values();
      long[] counts = Apportion.of(Math.max(0, size - Anchors.ALL.size()), POPULATION_SHARES);
      List<Archetype> rest = new ArrayList<>();
      for (int k = 0; k < kinds.length; k++) {
        for (long i = 0; i < counts[k]; i++) {
          rest.add(kinds[k]);
        }
      }
      draws.shuffle(rest);
      for (Archetype kind : rest) {
        double revenue =
            kind.population().medianRevenue() * draws.logNormal(kind.population().sigma());
        if (revenue < FLOOR) {
          revenue = FLOOR * (1 + 0.8 * draws.uniform());
        }
        addDrawn(kind, first, revenue);
      }
      for (int year = first + 1; year <= lastYear; year++) {
        churn(year);
      }
      return new Universe(freeze(), lastYear);
    }

    private void addDrawn(Archetype kind, int year, double revenue) {
      Line line = kind.lines().get(draws.below(kind.lines().size()));
      add(kind, line, kind.placement().draw(draws), year, revenue, false);
    }

    private void add(Archetype kind, Line line, County county, int year, double output, boolean a) {
      Draws own = Draws.of(seed, STREAM_UNIT, drafts.size());
      double[] raw = new double[lastYear - Calibration.FIRST_YEAR + 1];
      double trend = 0.03 * own.gaussian() + (year > Calibration.FIRST_YEAR ? 0.04 : 0);
      double level = output;
      for (int y = year; y <= lastYear; y++) {
        if (y > year) {
          double price = 1 + kind.economics().priceBeta() * calibration.year(y).ppi();
          level *= StrictMath.exp(trend + 0.07 * own.gaussian()) * Math.max(0.5, price);
        }
        raw[y - Calibration.FIRST_YEAR] = level;
      }
      drafts.add(new Draft(kind, line, county, year, raw, a));
    }

    private void churn(int year) {
      List<Draft> active = drafts.stream().filter(d -> d.lastYear == Integer.MAX_VALUE).toList();
      double rate = 0.055 + 0.035 * draws.uniform();
      int exits = (int) Math.round(rate * active.size());
      int index = year - Calibration.FIRST_YEAR - 1;
      double[] keys = new double[active.size()];
      for (int i = 0; i < keys.length; i++) {
        Draft d = active.get(i);
        double weight = d.anchor ? 0 : StrictMath.pow(d.rawOutput[index], -0.6);
        double u = draws.uniform();
        keys[i] = weight == 0 ? Double.NEGATIVE_INFINITY : StrictMath.log(u) / weight;
      }
      Integer[] order = new Integer[keys.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order, Comparator.comparingDouble((Integer i) -> -keys[i]).thenComparingInt(i -> i));
      for (int k = 0; k < exits; k++) {
        active.get(order[k]).lastYear = year - 1;
      }
      int entrants =
          Math.max(
              0,
              size - (active.size() - exits) + (int) Math.round(0.006 * size * draws.gaussian()));
      Archetype[] kinds = Archetype.values();
      for (int i = 0; i < entrants; i++) {
        addDrawn(
            kinds[draws.pick(POPULATION_SHARES)],
            year,
            FLOOR * StrictMath.exp(1.1 * draws.uniform()));
      }
    }

    private List<Unit> freeze() {
      Identities identities = new Identities();
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        Draws who = Draws.of(seed, STREAM_UNIT, i, 1);
        Ownership ownership =
            d.anchor
                ? Ownership.STATE
                : Ownership.values()[who.pick(d.archetype.ownershipWeights())];
        String word = d.line.words().get(who.below(d.line.words().size()));
        String name = identities.name(who, d.county, word, ownership);
        CreditCode code = identities.creditCode(who, d.county);
        double revenue = d.rawOutput[d.firstYear - Calibration.FIRST_YEAR];
        double employees =
            revenue / d.archetype.population().revenuePerEmployee() * who.logNormal(0.35);
        SizeClass sizeClass = Identities.sizeClass(employees, revenue);
        Enterprise enterprise =
            new Enterprise(
                code,
                name,
                RegionCode.of(d.county.code()),
                IndustryCode.of(d.line.industryClass()),
                sizeClass,
                ownership.nameZh(),
                true);
        int last = Math.min(d.lastYear, lastYear);
        units.add(new Unit(i, enterprise, d.archetype, d.line, d.firstYear, last, d.rawOutput));
      }
      return units;
    }
  }
}
