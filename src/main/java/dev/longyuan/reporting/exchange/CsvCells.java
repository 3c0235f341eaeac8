package dev.longyuan.reporting.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Walks a CSV file (RFC 4180) line by line: cells trimmed, empty cells null, fully blank lines
 * skipped, each record numbered by the line it starts on (the header is line 1).
 */
final class CsvCells {

  /** What to do with the header and the records below it. */
  interface Visitor {
    /** Returns false when the header is unusable, which ends the walk. */
    boolean header(int line, @Nullable String[] cells);

    void record(int line, @Nullable String[] cells);
  }

  private CsvCells() {}

  static void walk(InputStream in, Visitor visitor, Consumer<FileProblem> problems) {
    long lastLine = 0;
    try {
      TextSource source = TextSource.open(in);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(source.delimiter())
              .setTrim(true)
              .setIgnoreEmptyLines(false)
              .get();
      try (CSVParser parser = format.parse(source.reader())) {
        boolean headerSeen = false;
        for (CSVRecord record : parser) {
          int line = (int) lastLine + 1;
          lastLine = parser.getCurrentLineNumber();
          @Nullable String[] cells = cells(record);
          if (cells == null) {
            continue;
          }
          if (!headerSeen) {
            headerSeen = true;
            if (!visitor.header(line, cells)) {
              return;
            }
          } else {
            visitor.record(line, cells);
          }
        }
        if (!headerSeen) {
          problems.accept(ProblemKind.FILE_EMPTY.whole());
        }
      }
    } catch (UncheckedIOException e) {
      problems.accept(problem(e.getCause(), (int) lastLine + 1));
    } catch (IOException e) {
      problems.accept(problem(e, (int) lastLine + 1));
    }
  }

  private static FileProblem problem(IOException e, int line) {
    if (e instanceof CharacterCodingException) {
      return ProblemKind.FILE_ENCODING.at(line, null, null);
    }
    String message = String.valueOf(e.getMessage());
    return message.contains("EOF") || message.contains("encapsulated")
        ? ProblemKind.CSV_MALFORMED.at(line, null, null, message)
        : ProblemKind.FILE_UNREADABLE.at(line, null, null, message);
  }

  /** The trimmed cells, empty ones null; null when the whole line is blank. */
  private static @Nullable String @Nullable [] cells(CSVRecord record) {
    int size = record.size();
    @Nullable String[] cells = new String[size];
    boolean blank = true;
    for (int i = 0; i < size; i++) {
      String cell = record.get(i);
      if (!cell.isEmpty()) {
        cells[i] = cell;
        blank = false;
      }
    }
    return blank ? null : cells;
  }
}
