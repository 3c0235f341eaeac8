package dev.longyuan.reporting.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes decimals into cells so that reading them back gives the same text: a number cell whose
 * format shows the decimals the value was reported with ({@code 1662.0} shows as {@code 1,662.0}),
 * or a text cell when a double cannot hold the value (more than 15 significant digits).
 */
final class DecimalCells {

  private final Workbook workbook;
  private final CellStyle base;
  private final Map<Integer, CellStyle> byScale = new HashMap<>();

  DecimalCells(Workbook workbook, CellStyle base) {
    this.workbook = workbook;
    this.base = base;
  }

  void set(Cell cell, BigDecimal value) {
    String text = value.toPlainString();
    int scale = Math.max(value.scale(), 0);
    String format = format(scale);
    double number = value.doubleValue();
    if (CellText.number(number, format).equals(text)) {
      cell.setCellValue(number);
      cell.setCellStyle(byScale.computeIfAbsent(scale, s -> style(format)));
    } else {
      cell.setCellValue(text);
      cell.setCellStyle(base);
    }
  }

  private static String format(int scale) {
    return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
  }

  private CellStyle style(String format) {
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(base);
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
