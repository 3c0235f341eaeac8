package dev.longyuan.projects;

import org.jspecify.annotations.Nullable;

/**
 * Which projects a list shows: in a region (a city's code takes its counties too), of a plan
 * sector, chain, base and status; {@code year} chooses the year whose planned and completed
 * investment the list sums (all years when null).
 */
public record ProjectFilter(
    @Nullable String region,
    @Nullable String sector,
    @Nullable String chain,
    @Nullable String base,
    @Nullable ProjectStatus status,
    @Nullable Integer year) {

  public static ProjectFilter none() {
    return new ProjectFilter(null, null, null, null, null, null);
  }
}
