package dev.longyuan.projects.web;

import dev.longyuan.projects.ProjectFilter;
import dev.longyuan.projects.ProjectStatus;
import org.jspecify.annotations.Nullable;

/** A list's filter from the address: blank parameters are no filter. */
final class ProjectFilters {

  private ProjectFilters() {}

  static ProjectFilter of(
      @Nullable String region,
      @Nullable String sector,
      @Nullable String chain,
      @Nullable String base,
      @Nullable String status,
      @Nullable Integer year) {
    return new ProjectFilter(
        blankless(region),
        blankless(sector),
        blankless(chain),
        blankless(base),
        blankless(status) == null ? null : ProjectStatus.parse(status).orElse(null),
        year);
  }

  static @Nullable String blankless(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
