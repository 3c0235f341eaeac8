package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.synthetic.Archetype.Line;

/**
 * A synthetic enterprise as the generator sees it: who it is, what kind, the years it is in the 规上
 * panel (inclusive), and its output path before calibration, indexed from {@link
 * Calibration#FIRST_YEAR}.
 */
record Unit(
    int index,
    Enterprise enterprise,
    Archetype archetype,
    Line line,
    int firstYear,
    int lastYear,
    double[] rawOutput) {

  boolean inPanel(int year) {
    return year >= firstYear && year <= lastYear;
  }

  boolean manufacturing() {
    return line.industryClass().startsWith("C");
  }

  double rawOutput(int year) {
    return rawOutput[year - Calibration.FIRST_YEAR];
  }

  String code() {
    return enterprise.creditCode().value();
  }
}
