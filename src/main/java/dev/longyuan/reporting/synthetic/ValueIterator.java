package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Produces the values lazily, one enterprise-year at a time: year by year, enterprise by enterprise
 * in registry order, first ENT-M (each element, each period, 当月 then 累计), then ENT-Y. Each value
 * carries the same enterprise's value of the year before, or null when it was not in the panel.
 */
final class ValueIterator implements Iterator<ValueRecord> {

  private final long seed;
  private final List<Unit> units;
  private final AnnualBook book;
  private final int toYear;
  private final List<ValueRecord> buffer = new ArrayList<>(256);
  private int position;
  private int year;
  private int unit;
  private Period[] periods;
  private Period[] previousPeriods;

  ValueIterator(long seed, List<Unit> units, AnnualBook book, int fromYear, int toYear) {
    this.seed = seed;
    this.units = units;
    this.book = book;
    this.toYear = toYear;
    this.year = fromYear;
    this.unit = 0;
    setYear(fromYear);
  }

  private void setYear(int y) {
    periods = periods(y);
    previousPeriods = periods(y - 1);
  }

  private static Period[] periods(int year) {
    Period[] p = new Period[MonthlyValues.PERIODS];
    p[0] = Period.month(year, 1);
    for (int i = 1; i < p.length; i++) {
      p[i] = Period.month(year, i + 2);
    }
    return p;
  }

  @Override
  public boolean hasNext() {
    while (position >= buffer.size()) {
      if (year > toYear) {
        return false;
      }
      buffer.clear();
      position = 0;
      Unit u = units.get(unit);
      if (u.inPanel(year)) {
        fill(u, year);
      }
      unit++;
      if (unit == units.size()) {
        unit = 0;
        year++;
        if (year <= toYear) {
          setYear(year);
        }
      }
    }
    return true;
  }

  @Override
  public ValueRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.get(position++);
  }

  private void fill(Unit u, int y) {
    String code = u.code();
    MonthlyValues now = MonthlyValues.of(seed, u, y, book);
    MonthlyValues before = u.inPanel(y - 1) ? MonthlyValues.of(seed, u, y - 1, book) : null;
    for (Element e : Element.values()) {
      boolean monthly =
          e.form() == Element.Form.MONTHLY || e.form() == Element.Form.MONTHLY_DERIVED;
      if (!monthly || (e.isProduct() && !reports(u, e))) {
        continue;
      }
      boolean count = e == Element.LOSS_ENT || e == Element.ENT;
      for (int p = 0; p < MonthlyValues.PERIODS; p++) {
        if (!count) {
          add(
              e,
              code,
              periods[p],
              Measure.CURRENT,
              now.current(e, p),
              before == null ? null : e.decimal(before.current(e, p)));
        }
        add(
            e,
            code,
            periods[p],
            Measure.YTD,
            now.ytd(e, p),
            before == null ? null : e.decimal(before.ytd(e, p)));
      }
    }
    Period period = Period.year(y);
    boolean hadYear = u.inPanel(y - 1);
    for (Element e : Element.values()) {
      if (e.form() != Element.Form.YEARLY_FLOW && e.form() != Element.Form.YEARLY_STOCK) {
        continue;
      }
      Measure measure = e.form() == Element.Form.YEARLY_FLOW ? Measure.YTD : Measure.CURRENT;
      BigDecimal previous = hadYear ? e.decimal(book.get(u.index(), y - 1, e)) : null;
      add(e, code, period, measure, book.get(u.index(), y, e), previous);
    }
  }

  private static boolean reports(Unit u, Element e) {
    return u.line().products().stream().anyMatch(p -> p.element() == e);
  }

  private void add(
      Element e,
      String code,
      Period period,
      Measure measure,
      long steps,
      @Nullable BigDecimal previous) {
    buffer.add(new ValueRecord(e.name(), code, period, measure, e.decimal(steps), previous, null));
  }
}
