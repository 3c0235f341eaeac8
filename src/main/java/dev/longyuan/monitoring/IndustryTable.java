package dev.longyuan.monitoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The industry of every region in scope (province, cities, counties) in all industries and in each
 * of the plan's sectors, sub-directions and places (the union of a chain's or base's sectors), for
 * the months of a year so far: {@code period} is the latest month reported, null when none was.
 */
public record IndustryTable(
    String planId, int year, @Nullable String period, Map<Cell, IndustryFigure> cells) {

  /** A region and a sector key; the empty key is all industries. */
  public record Cell(String regionCode, String sector) {}

  /** The key of a place's sectors together. */
  public static String placeKey(String placeCode) {
    return "place:" + placeCode;
  }

  public IndustryTable {
    cells = Map.copyOf(cells);
  }

  /** The figure of a region in a sector key ("" for all industries); NONE when nothing reported. */
  public IndustryFigure at(String regionCode, String sector) {
    return cells.getOrDefault(new Cell(regionCode, sector), IndustryFigure.NONE);
  }

  /** The figures of several regions in a sector key, added up. */
  public IndustryFigure sum(List<String> regionCodes, String sector) {
    IndustryFigure total = IndustryFigure.NONE;
    for (String region : regionCodes) {
      total = total.plus(at(region, sector));
    }
    return total;
  }
}
