package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads SDMX-CSV 2.0 (sdmx-twg/sdmx-csv, data message field guide): columns in any order, custom
 * and optional columns ignored, the separator after {@code STRUCTURE}, ACTION absent meaning
 * Information. I, A and R rows are upserts; D rows are reported, as imports do not delete.
 */
final class SdmxCsvReader {

  private static final SdmxColumn[] COLUMNS = SdmxColumn.values();

  void read(InputStream in, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    TextPool pool = new TextPool();
    Map<String, String> periods = new HashMap<>();
    CsvCells.walk(
        in,
        new CsvCells.Visitor() {
          private int @Nullable [] cellOf;

          private String period(String written) {
            return periods.size() < 10_000
                ? periods.computeIfAbsent(written, SdmxPeriod::read)
                : SdmxPeriod.read(written);
          }

          @Override
          public boolean header(int line, @Nullable String[] cells) {
            cellOf = columns(cells, line, problems);
            return cellOf != null;
          }

          @Override
          public void record(int line, @Nullable String[] cells) {
            int[] at = cellOf;
            if (at == null) {
              return;
            }
            Row row = new Row(at, cells);
            if (!structureOk(row, line, problems) || !actionOk(row, line, problems)) {
              return;
            }
            String period = row.code(SdmxColumn.TIME_PERIOD);
            rows.accept(
                new ValueRow(
                    line,
                    null,
                    pool.shared(row.code(SdmxColumn.DATA_ELEMENT)),
                    pool.shared(row.code(SdmxColumn.REPORTING_UNIT)),
                    period == null ? null : period(period),
                    pool.shared(MeasureText.normalise(row.code(SdmxColumn.MEASURE))),
                    row.text(SdmxColumn.OBS_VALUE),
                    row.text(SdmxColumn.PREVIOUS_YEAR_VALUE),
                    row.text(SdmxColumn.COMMENT)));
          }
        },
        problems);
  }

  private static int @Nullable [] columns(
      @Nullable String[] cells, int line, Consumer<FileProblem> problems) {
    int[] cellOf = new int[COLUMNS.length];
    Arrays.fill(cellOf, -1);
    boolean ok = true;
    for (int i = 0; i < cells.length; i++) {
      String heading = cells[i];
      SdmxColumn column = heading == null ? null : SdmxColumn.of(heading);
      if (heading == null || column == null) {
        continue;
      }
      if (cellOf[column.ordinal()] >= 0) {
        problems.accept(ProblemKind.HEADER_DUPLICATE_COLUMN.at(line, null, heading, heading));
        ok = false;
      }
      cellOf[column.ordinal()] = i;
    }
    for (SdmxColumn column : COLUMNS) {
      if (column.required() && cellOf[column.ordinal()] < 0) {
        problems.accept(
            ProblemKind.HEADER_MISSING_COLUMN.at(line, null, column.name(), column.name()));
        ok = false;
      }
    }
    return ok ? cellOf : null;
  }

  private static boolean structureOk(Row row, int line, Consumer<FileProblem> problems) {
    String type = row.text(SdmxColumn.STRUCTURE);
    String id = row.code(SdmxColumn.STRUCTURE_ID);
    boolean ok =
        type != null
            && type.toLowerCase(Locale.ROOT).equals(SdmxColumn.STRUCTURE_TYPE)
            && id != null
            && isOurDataflow(id);
    if (!ok) {
      problems.accept(
          ProblemKind.SDMX_WRONG_STRUCTURE.at(
              line,
              null,
              SdmxColumn.STRUCTURE_ID.name(),
              String.valueOf(type),
              String.valueOf(id)));
    }
    return ok;
  }

  private static boolean isOurDataflow(String id) {
    return id.equals(SdmxColumn.DATAFLOW)
        || id.equals("LONGYUAN:DF_INDUSTRY(1.0.0)")
        || id.equals("LONGYUAN:DF_INDUSTRY");
  }

  private static boolean actionOk(Row row, int line, Consumer<FileProblem> problems) {
    String action = row.code(SdmxColumn.ACTION);
    String column = SdmxColumn.ACTION.name();
    switch (action == null ? "I" : action.toUpperCase(Locale.ROOT)) {
      case "I", "A", "R" -> {
        return true;
      }
      case "D" -> problems.accept(ProblemKind.SDMX_ACTION_UNSUPPORTED.at(line, null, column));
      default -> problems.accept(ProblemKind.SDMX_ACTION_UNKNOWN.at(line, null, column, action));
    }
    return false;
  }

  /** One record seen through the header. */
  private record Row(int[] cellOf, @Nullable String[] cells) {

    @Nullable String text(SdmxColumn column) {
      int i = cellOf[column.ordinal()];
      return i >= 0 && i < cells.length ? cells[i] : null;
    }

    /** A coded component: its ID, without a {@code ": name"} label. */
    @Nullable String code(SdmxColumn column) {
      String text = text(column);
      return text == null ? null : SdmxColumn.code(text);
    }
  }
}
