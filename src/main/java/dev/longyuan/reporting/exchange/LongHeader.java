package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The header row of a long layout: which cell holds which column. */
final class LongHeader {

  private static final LongColumn[] COLUMNS = LongColumn.values();

  private final int[] cellOf;
  private final boolean[] used;

  private LongHeader(int[] cellOf, boolean[] used) {
    this.cellOf = cellOf;
    this.used = used;
  }

  /**
   * Reads a header row, in English or Chinese headings, in any order. Reports every unknown,
   * repeated or missing column and returns null when there is one: the rows below cannot then be
   * read safely.
   */
  static @Nullable LongHeader parse(
      @Nullable String[] cells,
      int row,
      @Nullable String sheet,
      boolean chinese,
      Consumer<FileProblem> problems) {
    int[] cellOf = new int[COLUMNS.length];
    Arrays.fill(cellOf, -1);
    boolean[] used = new boolean[cells.length];
    boolean ok = true;
    for (int i = 0; i < cells.length; i++) {
      String heading = cells[i];
      if (heading == null) {
        continue;
      }
      LongColumn column = find(HeaderText.normalise(heading));
      if (column == null) {
        problems.accept(
            ProblemKind.HEADER_UNKNOWN_COLUMN.at(row, sheet, heading, heading, expected(chinese)));
        ok = false;
      } else if (cellOf[column.ordinal()] >= 0) {
        problems.accept(ProblemKind.HEADER_DUPLICATE_COLUMN.at(row, sheet, heading, heading));
        ok = false;
      } else {
        cellOf[column.ordinal()] = i;
        used[i] = true;
      }
    }
    for (LongColumn column : COLUMNS) {
      if (column.required() && cellOf[column.ordinal()] < 0) {
        String name = chinese ? column.headingZh() : column.word();
        problems.accept(ProblemKind.HEADER_MISSING_COLUMN.at(row, sheet, name, name));
        ok = false;
      }
    }
    return ok ? new LongHeader(cellOf, used) : null;
  }

  private static @Nullable LongColumn find(String normalised) {
    for (LongColumn column : COLUMNS) {
      if (column.matches(normalised)) {
        return column;
      }
    }
    return null;
  }

  private static String expected(boolean chinese) {
    return Arrays.stream(COLUMNS)
        .map(c -> chinese ? c.headingZh() : c.word())
        .collect(Collectors.joining(chinese ? "、" : ", "));
  }

  /** The number of cells holding something but under no column; 0 when the row fits the header. */
  int strayCells(@Nullable String[] cells) {
    int stray = 0;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null && (i >= used.length || !used[i])) {
        stray++;
      }
    }
    return stray;
  }

  /** The cell index of a column, or -1 when the header has no such column. */
  int cellOf(LongColumn column) {
    return cellOf[column.ordinal()];
  }

  int width() {
    return used.length;
  }

  ValueRow row(int row, @Nullable String sheet, @Nullable String[] cells, TextPool pool) {
    return new ValueRow(
        row,
        sheet,
        pool.shared(cell(LongColumn.DATA_ELEMENT, cells)),
        pool.shared(cell(LongColumn.REPORTING_UNIT, cells)),
        pool.shared(cell(LongColumn.PERIOD, cells)),
        pool.shared(MeasureText.normalise(cell(LongColumn.MEASURE, cells))),
        cell(LongColumn.VALUE, cells),
        cell(LongColumn.PREVIOUS_YEAR_VALUE, cells),
        cell(LongColumn.COMMENT, cells));
  }

  private @Nullable String cell(LongColumn column, @Nullable String[] cells) {
    int i = cellOf[column.ordinal()];
    return i >= 0 && i < cells.length ? cells[i] : null;
  }
}
