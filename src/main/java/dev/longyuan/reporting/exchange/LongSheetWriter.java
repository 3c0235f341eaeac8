package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes values as a workbook with the long 数据 sheet: Chinese headings, one value a row, the
 * measure as 当月/累计, codes and periods as text (so Excel does not turn 2019-07 into a date), values
 * as numbers showing their reported decimals. Streams, so large exports stay small in memory.
 */
final class LongSheetWriter {

  private static final int[] WIDTHS = {14, 22, 14, 16, 16, 16, 30};

  void write(Iterable<ValueRecord> values, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
      SheetStyles styles = SheetStyles.of(workbook);
      Sheet sheet = workbook.createSheet(LongSheetReader.SHEET_NAME);
      header(sheet, styles);
      DecimalCells decimals = new DecimalCells(workbook, styles.text());
      int r = 1;
      for (ValueRecord v : values) {
        Row row = sheet.createRow(r++);
        text(row, 0, v.dataElement(), styles);
        text(row, 1, v.reportingUnit(), styles);
        text(row, 2, v.period().code(), styles);
        text(row, 3, v.measure().nameZh(), styles);
        decimals.set(row.createCell(4), v.value());
        if (v.previousYearValue() != null) {
          decimals.set(row.createCell(5), v.previousYearValue());
        }
        if (v.comment() != null) {
          text(row, 6, v.comment(), styles);
        }
      }
      workbook.write(out);
    }
  }

  /** The heading row of a 数据 sheet, its column widths, and text format for the code columns. */
  static void header(Sheet sheet, SheetStyles styles) {
    Row row = sheet.createRow(0);
    LongColumn[] columns = LongColumn.values();
    for (int c = 0; c < columns.length; c++) {
      row.createCell(c).setCellValue(columns[c].headingZh());
      row.getCell(c).setCellStyle(styles.header());
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    for (int c = 0; c <= 3; c++) {
      sheet.setDefaultColumnStyle(c, styles.text());
    }
    sheet.createFreezePane(0, 1);
  }

  private static void text(Row row, int column, String text, SheetStyles styles) {
    row.createCell(column).setCellValue(text);
    row.getCell(column).setCellStyle(styles.text());
  }
}
