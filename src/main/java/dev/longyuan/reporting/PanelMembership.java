package dev.longyuan.reporting;

/**
 * Whether an enterprise was above designated size (规模以上, revenue ≥ 2000万元) in a year. The panel
 * changes every year, so growth is computed over the enterprises in the panel of the later year.
 */
public record PanelMembership(CreditCode creditCode, int year, boolean aboveScale) {}
