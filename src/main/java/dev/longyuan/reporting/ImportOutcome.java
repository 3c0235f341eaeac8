package dev.longyuan.reporting;

import java.util.List;

/**
 * What an import did: with no errors, how many values it created, updated and left unchanged (none
 * written on a dry run); with errors, every bad row, and nothing written.
 */
public record ImportOutcome(
    long importId,
    boolean dryRun,
    int rows,
    int created,
    int updated,
    int unchanged,
    List<ImportError> errors) {

  public ImportOutcome {
    errors = List.copyOf(errors);
  }

  public boolean accepted() {
    return errors.isEmpty();
  }
}
