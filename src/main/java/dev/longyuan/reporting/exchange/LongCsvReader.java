package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads the long CSV layout: {@code data_element,reporting_unit,period,measure,value,…}. */
final class LongCsvReader {

  void read(InputStream in, Consumer<ValueRow> rows, Consumer<FileProblem> problems) {
    TextPool pool = new TextPool();
    CsvCells.walk(
        in,
        new CsvCells.Visitor() {
          private @Nullable LongHeader header;

          @Override
          public boolean header(int line, @Nullable String[] cells) {
            header = LongHeader.parse(cells, line, null, false, problems);
            return header != null;
          }

          @Override
          public void record(int line, @Nullable String[] cells) {
            LongHeader h = header;
            if (h == null) {
              return;
            }
            int stray = h.strayCells(cells);
            if (stray > 0) {
              problems.accept(
                  ProblemKind.ROW_EXTRA_CELLS.at(line, null, null, cells.length, h.width()));
              return;
            }
            rows.accept(h.row(line, null, cells, pool));
          }
        },
        problems);
  }
}
