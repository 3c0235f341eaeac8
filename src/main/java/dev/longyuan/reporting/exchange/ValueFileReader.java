package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns an import file into {@link ValueRow}s, faithfully and without judging the values: cells
 * trimmed, empty cells null, numbers as written, blank lines skipped, every row numbered as a
 * person sees it. Problems with the file's structure (an unknown column, malformed JSON, a deletion
 * in SDMX-CSV …) are reported with row, column, a stable code and both languages; a row with such a
 * problem is left out. Thread-safe and stateless.
 */
public final class ValueFileReader {

  private static final int DETECT_BYTES = 512;

  /** Reads a whole file into memory as rows. */
  public ReadResult read(ExchangeFormat format, InputStream in) {
    List<ValueRow> rows = new ArrayList<>();
    List<FileProblem> problems = read(format, in, rows::add);
    return new ReadResult(rows, problems);
  }

  /**
   * Streams the rows of a file to {@code rows} as they are read, for large files, and returns the
   * problems found.
   */
  public List<FileProblem> read(ExchangeFormat format, InputStream in, Consumer<ValueRow> rows) {
    List<FileProblem> problems = new ArrayList<>();
    switch (format) {
      case CSV -> new LongCsvReader().read(in, rows, problems::add);
      case SDMX_CSV -> new SdmxCsvReader().read(in, rows, problems::add);
      case JSON -> new JsonValueReader().read(in, rows, problems::add);
      case XLSX -> new WorkbookReader().read(in, rows, problems::add);
    }
    return problems;
  }

  /**
   * Reads an uploaded file whose format is told by its name and first bytes (see {@link
   * ExchangeFormat#detect}); a file of no known format gives the problem {@code
   * file.unknown_format}.
   */
  public ReadResult read(String fileName, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    Optional<ExchangeFormat> format;
    try {
      buffered.mark(DETECT_BYTES);
      byte[] head = buffered.readNBytes(DETECT_BYTES);
      buffered.reset();
      format = ExchangeFormat.detect(fileName, head);
    } catch (IOException e) {
      return new ReadResult(
          List.of(), List.of(ProblemKind.FILE_UNREADABLE.whole(String.valueOf(e.getMessage()))));
    }
    if (format.isEmpty()) {
      return new ReadResult(List.of(), List.of(ProblemKind.FILE_UNKNOWN_FORMAT.whole(fileName)));
    }
    return read(format.get(), buffered);
  }
}
