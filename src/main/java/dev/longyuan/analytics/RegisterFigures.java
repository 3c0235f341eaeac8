package dev.longyuan.analytics;

import java.util.List;
import java.util.Map;

/**
 * A register the platform keeps besides reported values — the enterprise programmes' recognitions,
 * the capacity-reduction ledger — giving, year by year, the figure an indicator defined by {@code
 * register: <series>} takes (docs/plan-format.md, "Indicator definitions"). Modules that keep such
 * registers implement it; the assessment asks every implementation that {@link #keeps keeps} the
 * series and never depends on the module itself.
 */
public interface RegisterFigures {

  /**
   * The version of the register's contents, changed by every committed change to them: results
   * computed from its figures are kept while it stays the same.
   */
  String version();

  /** Whether this register keeps the series, e.g. {@code programme:specialised-sme}. */
  boolean keeps(String series);

  /**
   * The series' figure for each year asked for, in the region (a GB/T 2260 code; its counties
   * included); a year the register has nothing to say about is absent from the answer.
   */
  Map<Integer, RegisterFigure> figures(String series, String regionCode, List<Integer> years);

  /**
   * Whether the series may be shown to the public, as official figures are: recognitions and
   * withdrawals are announced by documents, a utilisation computed from enterprises' reports is
   * not.
   */
  default boolean published(String series) {
    return false;
  }
}
