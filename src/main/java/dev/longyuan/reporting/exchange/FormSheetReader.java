package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ValueRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a form sheet as an enterprise fills it: a header block naming the reporting unit and the
 * period, then a table with one data element a row. Each filled row gives up to two values — 当月 (本月
 * with 上年同月) and 累计 (1-本月累计 with 上年同期累计); a yearly form's 本年 with 上年 is 累计. Rows keep their
 * spreadsheet numbers. The column numbering row (甲 乙 丙 1 2 …), rows without numbers and everything
 * from the signature line (单位负责人 … 填表人) down are skipped.
 */
final class FormSheetReader {

  private static final int HEADER_SEARCH_ROWS = 40;
  private static final int VALUE_CELLS = 3;
  private static final Set<String> NUMBERING = Set.of("甲", "乙", "丙", "丁");

  /** Where a form sheet's table starts and which column holds what. */
  record Table(int headerRow, Map<FormColumn, Integer> columns) {

    boolean yearly() {
      return columns.containsKey(FormColumn.YEAR)
          && !columns.containsKey(FormColumn.CURRENT)
          && !columns.containsKey(FormColumn.YTD);
    }

    @Nullable Integer column(FormColumn column) {
      return columns.get(column);
    }
  }

  /** The table of a form sheet; null when the sheet is not a form. */
  static @Nullable Table findTable(Sheet sheet) {
    int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
    for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= last; r++) {
      @Nullable String[] cells = SheetCells.of(sheet.getRow(r));
      if (cells == null) {
        continue;
      }
      Map<FormColumn, Integer> columns = new EnumMap<>(FormColumn.class);
      for (int c = 0; c < cells.length; c++) {
        FormColumn column = cells[c] == null ? null : FormColumn.of(cells[c]);
        if (column != null) {
          columns.putIfAbsent(column, c);
        }
      }
      boolean hasValues =
          columns.containsKey(FormColumn.CURRENT)
              || columns.containsKey(FormColumn.YTD)
              || columns.containsKey(FormColumn.YEAR);
      if (columns.containsKey(FormColumn.CODE) && hasValues) {
        return new Table(r, columns);
      }
    }
    return null;
  }

  void read(Sheet sheet, Table table, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    String name = sheet.getSheetName();
    List<ValueRow> found = new ArrayList<>();
    for (int r = table.headerRow() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      @Nullable String[] cells = SheetCells.of(row);
      if (cells == null) {
        continue;
      }
      if (isSignatureLine(cells)) {
        break;
      }
      String code = cell(cells, table.column(FormColumn.CODE));
      if (code != null && NUMBERING.contains(code)) {
        continue;
      }
      String comment = cell(cells, table.column(FormColumn.COMMENT));
      if (table.yearly()) {
        add(found, r, name, code, Measure.YTD, cells, table, FormColumn.YEAR, comment);
      } else {
        add(found, r, name, code, Measure.CURRENT, cells, table, FormColumn.CURRENT, comment);
        add(found, r, name, code, Measure.YTD, cells, table, FormColumn.YTD, comment);
      }
    }
    if (found.isEmpty()) {
      return; // a blank form: nothing to report, nothing to complain about
    }
    Header header = header(sheet, table, problems);
    if (header == null) {
      return;
    }
    for (ValueRow row : found) {
      rows.accept(
          new ValueRow(
              row.row(),
              name,
              row.dataElement(),
              header.reportingUnit(),
              header.period(),
              row.measure(),
              row.value(),
              row.previousYearValue(),
              row.comment()));
    }
  }

  private static void add(
      List<ValueRow> found,
      int r,
      String sheet,
      @Nullable String code,
      Measure measure,
      @Nullable String[] cells,
      Table table,
      FormColumn valueColumn,
      @Nullable String comment) {
    if (table.column(valueColumn) == null) {
      return;
    }
    String value = cell(cells, table.column(valueColumn));
    String previous = cell(cells, table.column(previousOf(valueColumn)));
    if (value != null || previous != null) {
      found.add(
          new ValueRow(r + 1, sheet, code, null, null, measure.word(), value, previous, comment));
    }
  }

  private static FormColumn previousOf(FormColumn valueColumn) {
    return switch (valueColumn) {
      case CURRENT -> FormColumn.CURRENT_PREVIOUS;
      case YTD -> FormColumn.YTD_PREVIOUS;
      default -> FormColumn.YEAR_PREVIOUS;
    };
  }

  private static @Nullable String cell(@Nullable String[] cells, @Nullable Integer column) {
    return column != null && column < cells.length ? cells[column] : null;
  }

  private static boolean isSignatureLine(@Nullable String[] cells) {
    for (String cell : cells) {
      if (cell != null) {
        return cell.contains("负责人") || cell.contains("填表人") || cell.contains("报出日期");
      }
    }
    return false;
  }

  /** The reporting unit and period of the header block. */
  private record Header(String reportingUnit, String period) {}

  private static @Nullable Header header(Sheet sheet, Table table, Consumer<FileProblem> problems) {
    String sheetName = sheet.getSheetName();
    Map<FormField, Found> fields = new EnumMap<>(FormField.class);
    for (int r = Math.max(sheet.getFirstRowNum(), 0); r < table.headerRow(); r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        scan(row, table.yearly(), fields);
      }
    }
    boolean ok = true;
    for (FormField field : List.of(FormField.REPORTING_UNIT, FormField.PERIOD)) {
      Found found = fields.get(field);
      if (found == null) {
        problems.accept(
            ProblemKind.FORM_MISSING_FIELD.at(0, sheetName, field.label(), field.label()));
        ok = false;
      } else if (found.value() == null) {
        problems.accept(
            ProblemKind.FORM_BLANK_FIELD.at(
                found.row() + 1, sheetName, field.label(), field.label(), found.reference()));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return new Header(
        String.valueOf(fields.get(FormField.REPORTING_UNIT).value()),
        String.valueOf(fields.get(FormField.PERIOD).value()));
  }

  /** A header field found: its row, the cell its value belongs in, and the value if any. */
  private record Found(int row, String reference, @Nullable String value) {}

  /** Finds labels in a row ("报告期" then the value in a cell to the right, or "报告期：2019-07"). */
  private static void scan(Row row, boolean yearly, Map<FormField, Found> fields) {
    for (int c = 0; c < row.getLastCellNum(); c++) {
      String text = CellText.of(row.getCell(c));
      if (text == null) {
        continue;
      }
      String normalised = HeaderText.normalise(text);
      int colon = normalised.indexOf(':');
      String label = colon >= 0 ? normalised.substring(0, colon) : normalised;
      for (FormField field : FormField.values()) {
        if (fields.containsKey(field) || !field.labels(label)) {
          continue;
        }
        String inline = colon >= 0 ? inlineValue(text) : null;
        if (inline != null) {
          String value = field == FormField.PERIOD ? ChinesePeriodText.normalise(inline) : inline;
          fields.put(
              field, new Found(row.getRowNum(), SheetCells.reference(row.getRowNum(), c), value));
        } else {
          fields.put(field, valueRightOf(row, c, field == FormField.PERIOD, yearly));
        }
      }
    }
  }

  private static boolean isLabel(String text) {
    String normalised = HeaderText.normalise(text);
    int colon = normalised.indexOf(':');
    String label = colon >= 0 ? normalised.substring(0, colon) : normalised;
    for (FormField field : FormField.values()) {
      if (field.labels(label)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String inlineValue(String text) {
    int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
    return CellText.trimmed(text.substring(colon + 1));
  }

  /** The first filled cell of the three right of a label (where a merged value cell starts). */
  private static Found valueRightOf(Row row, int labelColumn, boolean period, boolean yearly) {
    int last = Math.min(row.getLastCellNum(), labelColumn + 1 + VALUE_CELLS);
    for (int c = labelColumn + 1; c < last; c++) {
      Cell cell = row.getCell(c);
      String value = period ? CellText.period(cell, yearly) : CellText.of(cell);
      if (value != null && isLabel(value)) {
        break; // the next field's label: this one is blank
      }
      if (value != null) {
        return new Found(row.getRowNum(), SheetCells.reference(row.getRowNum(), c), value);
      }
    }
    return new Found(row.getRowNum(), SheetCells.reference(row.getRowNum(), labelColumn + 1), null);
  }
}
