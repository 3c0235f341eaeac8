package dev.longyuan.projects;

import dev.longyuan.reporting.ImportError;
import java.util.List;

/**
 * What an import of a projects workbook did: the rows written of each sheet, or — when any row was
 * refused — nothing written and every refused row listed.
 */
public record ProjectImport(
    int projects, int yearPlans, int milestones, int reports, List<ImportError> errors) {

  public ProjectImport {
    errors = List.copyOf(errors);
  }

  public boolean accepted() {
    return errors.isEmpty();
  }
}
