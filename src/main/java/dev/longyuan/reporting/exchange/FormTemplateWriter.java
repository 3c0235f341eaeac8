package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ValueRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a form as an Excel workbook for enterprises to fill: the form sheet (title, 表号, header
 * block for the unit's code, name and period, a note on 1–2月, the table with its numbering row, and
 * the signature line) and an empty long 数据 sheet. Only the cells to fill are unlocked; the sheet is
 * protected without a password, so codes are not changed by accident.
 *
 * <pre>
 *   指标名称 | 代码 | 计量单位 | 本月 | 上年同月 | 1-本月累计 | 上年同期累计   (monthly form)
 *   指标名称 | 代码 | 计量单位 | 本年 | 上年                               (yearly form, 累计)
 * </pre>
 */
public final class FormTemplateWriter {

  static final int UNIT_ROW = 2;
  static final int NAME_ROW = 3;
  static final int PERIOD_ROW = 4;
  static final int TABLE_HEADER_ROW = 7;

  private static final List<FormColumn> MONTHLY =
      List.of(
          FormColumn.NAME,
          FormColumn.CODE,
          FormColumn.UNIT,
          FormColumn.CURRENT,
          FormColumn.CURRENT_PREVIOUS,
          FormColumn.YTD,
          FormColumn.YTD_PREVIOUS);
  private static final List<FormColumn> YEARLY =
      List.of(
          FormColumn.NAME,
          FormColumn.CODE,
          FormColumn.UNIT,
          FormColumn.YEAR,
          FormColumn.YEAR_PREVIOUS);
  private static final String[] NUMBERING = {"甲", "乙", "丙", "1", "2", "3", "4"};

  /** An empty template. */
  public void writeTemplate(FormLayout form, OutputStream out) throws IOException {
    write(form, null, out);
  }

  /** The form filled with one unit's values for one period, e.g. to download what was reported. */
  public void writeFilled(FormLayout form, FormFilling filling, OutputStream out)
      throws IOException {
    write(form, filling, out);
  }

  private void write(FormLayout form, @Nullable FormFilling filling, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetStyles styles = SheetStyles.of(workbook);
      XSSFSheet sheet = workbook.createSheet(form.sheetName());
      List<FormColumn> columns = form.frequency() == FormLayout.Frequency.MONTH ? MONTHLY : YEARLY;
      int last = columns.size() - 1;

      cell(sheet, 0, 0, form.nameZh(), styles.title());
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
      cell(sheet, 1, 0, "表号：" + form.code(), styles.label());

      field(
          sheet,
          UNIT_ROW,
          FormField.REPORTING_UNIT,
          filling == null ? null : filling.reportingUnit(),
          styles);
      field(
          sheet,
          NAME_ROW,
          FormField.UNIT_NAME,
          filling == null ? null : filling.unitName(),
          styles);
      field(
          sheet,
          PERIOD_ROW,
          FormField.PERIOD,
          filling == null ? null : filling.period().code(),
          styles);

      cell(sheet, 5, 0, note(form.frequency()), styles.note());
      sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, last));
      sheet.getRow(5).setHeightInPoints(48);

      Row header = sheet.createRow(TABLE_HEADER_ROW);
      Row numbering = sheet.createRow(TABLE_HEADER_ROW + 1);
      for (int c = 0; c <= last; c++) {
        header.createCell(c).setCellValue(columns.get(c).heading());
        header.getCell(c).setCellStyle(styles.header());
        numbering.createCell(c).setCellValue(NUMBERING[c]);
        numbering.getCell(c).setCellStyle(styles.header());
      }
      header.setHeightInPoints(30);

      Map<String, ValueRecord> values = index(form, filling);
      DecimalCells decimals = new DecimalCells(workbook, styles.input());
      int r = TABLE_HEADER_ROW + 2;
      for (FormLine line : form.lines()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, line.nameZh(), styles.text());
        cell(row, 1, line.code(), styles.code());
        cell(row, 2, line.unit(), styles.text());
        for (int c = 3; c <= last; c++) {
          row.createCell(c).setCellStyle(styles.input());
        }
        if (form.frequency() == FormLayout.Frequency.MONTH) {
          fill(row, 3, values.get(line.code() + "/" + Measure.CURRENT), decimals);
          fill(row, 5, values.get(line.code() + "/" + Measure.YTD), decimals);
        } else {
          fill(row, 3, values.get(line.code() + "/" + Measure.YTD), decimals);
        }
      }
      cell(sheet, r + 1, 0, "单位负责人：　　　　　统计负责人：　　　　　填表人：　　　　　报出日期：　　年　　月　　日", styles.label());

      int[] widths = {40, 14, 12, 16, 16, 16, 16};
      for (int c = 0; c <= last; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, TABLE_HEADER_ROW + 2);
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
      sheet.protectSheet("");

      LongSheetWriter.header(workbook.createSheet(LongSheetReader.SHEET_NAME), styles);
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static String note(FormLayout.Frequency frequency) {
    return frequency == FormLayout.Frequency.MONTH
        ? "注：报告期写作 2019-07（年-月）。1–2月合并为一期报送，报告期写作 2019-01/02，不单独报送2月；"
            + "“本月”填1–2月合计。“上年同月”“上年同期累计”填上年同一时期的数据。灰色代码列请勿改动。"
        : "注：报告期写作 2019（年份）。“本年”填全年数据，“上年”填上一年的数据。灰色代码列请勿改动。";
  }

  private static void field(
      XSSFSheet sheet, int r, FormField field, @Nullable String value, SheetStyles styles) {
    cell(sheet, r, 0, field.label(), styles.label());
    Row row = sheet.getRow(r);
    for (int c = 1; c <= 2; c++) {
      row.createCell(c).setCellStyle(styles.inputText());
    }
    if (value != null) {
      row.getCell(1).setCellValue(value);
    }
    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
  }

  private static Map<String, ValueRecord> index(FormLayout form, @Nullable FormFilling filling) {
    Map<String, ValueRecord> values = new HashMap<>();
    if (filling != null) {
      for (ValueRecord v : filling.values()) {
        if (v.reportingUnit().equals(filling.reportingUnit())
            && v.period().equals(filling.period())) {
          values.put(v.dataElement() + "/" + v.measure(), v);
        }
      }
    }
    return values;
  }

  private static void fill(Row row, int column, @Nullable ValueRecord v, DecimalCells decimals) {
    if (v == null) {
      return;
    }
    decimals.set(row.getCell(column), v.value());
    BigDecimal previous = v.previousYearValue();
    if (previous != null) {
      decimals.set(row.getCell(column + 1), previous);
    }
  }

  private static void cell(XSSFSheet sheet, int r, int c, String text, CellStyle style) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    cell(row, c, text, style);
  }

  private static void cell(Row row, int c, String text, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }
}
