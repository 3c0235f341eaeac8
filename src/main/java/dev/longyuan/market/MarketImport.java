package dev.longyuan.market;

import dev.longyuan.reporting.ImportError;
import java.util.List;

/** What an import of the market workbook did: the rows stored, or every refused row and none. */
public record MarketImport(int demands, int supplies, List<ImportError> errors) {

  public boolean accepted() {
    return errors.isEmpty();
  }
}
