package dev.longyuan.reporting.exchange;

import org.jspecify.annotations.Nullable;

/**
 * A structural problem with an import file: where it is, a stable code and the reason in Chinese
 * and English. {@code row} is the number a person sees (the line of a CSV file counting the header
 * as 1, the row of a spreadsheet, the position in a JSON array from 1), or 0 for the file as a
 * whole; {@code sheet} names the spreadsheet sheet, and {@code column} the column or field
 * concerned, where there is one.
 */
public record FileProblem(
    int row,
    @Nullable String sheet,
    @Nullable String column,
    String code,
    String messageZh,
    String messageEn) {

  /** Whether this problem stops the whole file (or sheet) from being read, not just one row. */
  public boolean wholeFile() {
    return row == 0;
  }
}
