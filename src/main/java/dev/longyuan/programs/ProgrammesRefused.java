package dev.longyuan.programs;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.Refusal;
import java.util.List;

/**
 * A change to the programmes or the ledger refused, with every reason: one for a single record, one
 * per bad row for a file.
 */
public class ProgrammesRefused extends Refusal {

  private final List<ImportError> errors;

  public ProgrammesRefused(List<ImportError> errors) {
    super(errors.get(0).code(), errors.get(0).messageZh(), errors.get(0).messageEn());
    this.errors = List.copyOf(errors);
  }

  public ProgrammesRefused(String code, String messageZh, String messageEn) {
    this(List.of(new ImportError(0, "", code, messageZh, messageEn)));
  }

  public List<ImportError> errors() {
    return errors;
  }
}
