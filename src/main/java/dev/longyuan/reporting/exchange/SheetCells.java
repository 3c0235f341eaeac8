package dev.longyuan.reporting.exchange;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/** A spreadsheet row as the texts a person sees in its cells. */
final class SheetCells {

  private SheetCells() {}

  /** The cells' texts from column A on; null when the row is missing or blank. */
  static @Nullable String @Nullable [] of(@Nullable Row row) {
    if (row == null || row.getLastCellNum() <= 0) {
      return null;
    }
    @Nullable String[] cells = new String[row.getLastCellNum()];
    boolean blank = true;
    for (int i = 0; i < cells.length; i++) {
      cells[i] = CellText.of(row.getCell(i));
      blank &= cells[i] == null;
    }
    return blank ? null : cells;
  }

  /** An A1-style reference, such as {@code B3}, for messages. */
  static String reference(int rowIndex, int columnIndex) {
    return new CellReference(rowIndex, columnIndex).formatAsString(false);
  }
}
