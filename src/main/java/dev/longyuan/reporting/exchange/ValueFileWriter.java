package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes values in any exchange format; what {@link ValueFileReader} reads back from it is the same
 * data (values as {@code BigDecimal.toPlainString()}). The stream is flushed, not closed. Iterates
 * the values once, so a lazily fetched sequence streams through.
 */
public final class ValueFileWriter {

  public void write(ExchangeFormat format, Iterable<ValueRecord> values, OutputStream out)
      throws IOException {
    switch (format) {
      case CSV -> new LongCsvWriter().write(values, out);
      case SDMX_CSV -> new SdmxCsvWriter().write(values, out);
      case JSON -> new JsonValueWriter().write(values, out);
      case XLSX -> new LongSheetWriter().write(values, out);
    }
    out.flush();
  }
}
