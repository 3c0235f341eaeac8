package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the long 数据 sheet: a header row (Chinese or English headings, any order) and one value a
 * row below it. Rows are numbered as the spreadsheet shows them.
 */
final class LongSheetReader {

  static final String SHEET_NAME = "数据";

  /** Whether a sheet is a long sheet: named 数据 (or data), or headed 指标代码 … 报告期 …. */
  static boolean isLongSheet(Sheet sheet) {
    String name = HeaderText.normalise(sheet.getSheetName());
    if (name.equals(SHEET_NAME) || name.equals("data")) {
      return true;
    }
    for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 4); r++) {
      @Nullable String[] cells = SheetCells.of(sheet.getRow(r));
      if (cells != null) {
        return has(cells, LongColumn.DATA_ELEMENT) && has(cells, LongColumn.PERIOD);
      }
    }
    return false;
  }

  private static boolean has(@Nullable String[] cells, LongColumn column) {
    for (String cell : cells) {
      if (cell != null && column.matches(HeaderText.normalise(cell))) {
        return true;
      }
    }
    return false;
  }

  void read(Sheet sheet, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    String name = sheet.getSheetName();
    TextPool pool = new TextPool();
    LongHeader header = null;
    for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      @Nullable String[] cells = SheetCells.of(row);
      if (cells == null) {
        continue;
      }
      if (header == null) {
        header = LongHeader.parse(cells, r + 1, name, true, problems);
        if (header == null) {
          return;
        }
        continue;
      }
      if (header.strayCells(cells) > 0) {
        problems.accept(
            ProblemKind.ROW_EXTRA_CELLS.at(r + 1, name, null, cells.length, header.width()));
        continue;
      }
      int periodCell = header.cellOf(LongColumn.PERIOD);
      String period = CellText.period(row.getCell(periodCell), false);
      if (period != null) {
        cells[periodCell] = period;
      }
      rows.accept(header.row(r + 1, name, cells, pool));
    }
  }
}
