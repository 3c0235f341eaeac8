package dev.longyuan.reporting;

/**
 * What is reported (统计指标项): its unit and precision are declared once; {@code aggregation} says
 * whether values add up across units ({@code sum}) or never do ({@code none}: rates, indices);
 * {@code kind} says whether it accumulates over time ({@code flow}, reported 当月 and 累计) or is a
 * level at the end of the period ({@code stock}).
 */
public record DataElement(
    String code,
    String nameZh,
    String nameEn,
    String unit,
    int precision,
    String aggregation,
    String kind,
    String frequency,
    String scope,
    String reportedBy) {

  public boolean isStock() {
    return kind.equals("stock");
  }

  public boolean isYearly() {
    return frequency.equals("year");
  }

  public boolean reportableBy(UnitType unitType) {
    return reportedBy.equals("both") || reportedBy.equals(unitType.word());
  }

  /** Counts (precision 0, stock) must be whole and not negative. */
  public boolean isCount() {
    return precision == 0 && isStock();
  }
}
