package dev.longyuan.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * The projects a filter selects with their planned and completed investment (of the filter's year,
 * or of all years), the sums of both and of total investment, and the same per city for the map.
 */
public record ProjectList(
    List<Row> projects,
    BigDecimal totalInvestment,
    BigDecimal planned,
    BigDecimal completed,
    List<CityTotal> cities) {

  public ProjectList {
    projects = List.copyOf(projects);
    cities = List.copyOf(cities);
  }

  /** A project in the list, with its investment planned and completed in the filter's years. */
  public record Row(Project project, BigDecimal planned, BigDecimal completed) {}

  /** A city's (prefecture's) count of the listed projects and their total investment (万元). */
  public record CityTotal(
      String code, String nameZh, String nameEn, int projects, BigDecimal totalInvestment) {}
}
