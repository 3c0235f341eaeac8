package dev.longyuan.reporting.exchange;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the workbooks Longyuan writes. Input cells are the only unlocked ones. */
record SheetStyles(
    CellStyle title,
    CellStyle label,
    CellStyle note,
    CellStyle header,
    CellStyle text,
    CellStyle code,
    CellStyle input,
    CellStyle inputText) {

  static SheetStyles of(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font grey = workbook.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    short textFormat = workbook.createDataFormat().getFormat("@");

    CellStyle title = workbook.createCellStyle();
    title.setFont(big);
    title.setAlignment(HorizontalAlignment.CENTER);

    CellStyle label = workbook.createCellStyle();
    label.setFont(bold);

    CellStyle note = workbook.createCellStyle();
    note.setFont(grey);
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);

    CellStyle header = bordered(workbook);
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    CellStyle text = bordered(workbook);
    text.setDataFormat(textFormat);

    CellStyle code = bordered(workbook);
    code.setDataFormat(textFormat);
    code.setAlignment(HorizontalAlignment.CENTER);
    code.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    code.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    CellStyle input = bordered(workbook);
    input.setLocked(false);

    CellStyle inputText = bordered(workbook);
    inputText.setLocked(false);
    inputText.setDataFormat(textFormat);

    return new SheetStyles(title, label, note, header, text, code, input, inputText);
  }

  private static CellStyle bordered(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
