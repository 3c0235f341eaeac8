package dev.longyuan.credit;

import dev.longyuan.reporting.ImportError;
import java.util.List;

/** What an inspection file did: the results recorded, or every refused row and nothing recorded. */
public record InspectionImport(int recorded, List<ImportError> errors) {

  public boolean accepted() {
    return errors.isEmpty();
  }
}
