package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ValueRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic synthetic panel of Gansu industrial enterprises (模拟数据): the registry, the 规上
 * panel of each year, and the ENT-M and ENT-Y values. The same options always give the same data;
 * the 2015 totals reproduce the published baselines of the 13th five-year industrial plan (see
 * {@link Calibration}). Enterprises and panel are held in memory; the values, about two hundred per
 * enterprise and year, are produced lazily on each call of {@link #values()}.
 */
public final class SyntheticPanel {

  private final SyntheticOptions options;
  private final Calibration calibration;
  private final AnnualBook book;
  private final List<Unit> reported;
  private final List<Enterprise> enterprises;
  private final List<PanelMembership> panel;

  private SyntheticPanel(SyntheticOptions options, Calibration calibration) {
    this.options = options;
    this.calibration = calibration;
    Universe universe =
        Universe.build(options.seed(), options.enterprises(), options.toYear(), calibration);
    this.book = AnnualBook.build(options.seed(), universe, calibration);
    this.reported =
        universe.units().stream()
            .filter(u -> u.lastYear() >= options.fromYear() && u.firstYear() <= options.toYear())
            .toList();
    this.enterprises = reported.stream().map(Unit::enterprise).toList();
    List<PanelMembership> memberships = new ArrayList<>();
    for (int year = options.fromYear(); year <= options.toYear(); year++) {
      for (Unit unit : reported) {
        if (unit.inPanel(year)) {
          memberships.add(new PanelMembership(unit.enterprise().creditCode(), year, true));
        }
      }
    }
    this.panel = List.copyOf(memberships);
  }

  public static SyntheticPanel generate(SyntheticOptions options) {
    return new SyntheticPanel(options, Calibration.gansu13thFyp());
  }

  public static SyntheticPanel generate(long seed, int enterprises, int fromYear, int toYear) {
    return generate(new SyntheticOptions(seed, enterprises, fromYear, toYear));
  }

  public SyntheticOptions options() {
    return options;
  }

  public Calibration calibration() {
    return calibration;
  }

  /** Every enterprise in the panel of at least one of the years, all marked synthetic. */
  public List<Enterprise> enterprises() {
    return enterprises;
  }

  /** Who is above designated size in each year, year by year: only {@code aboveScale} rows. */
  public List<PanelMembership> panel() {
    return panel;
  }

  /** The values, freshly generated on each call, in a fixed order. */
  public Stream<ValueRecord> values() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            valueIterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  public Iterator<ValueRecord> valueIterator() {
    return new ValueIterator(options.seed(), reported, book, options.fromYear(), options.toYear());
  }
}
