package dev.longyuan.reporting;

import java.util.List;

/** A statistical form (报表): the elements one kind of unit reports together, in the form's order. */
public record DataSet(
    String code,
    String nameZh,
    String nameEn,
    UnitType unitType,
    String frequency,
    List<DataElement> elements) {

  public DataSet {
    elements = List.copyOf(elements);
  }
}
