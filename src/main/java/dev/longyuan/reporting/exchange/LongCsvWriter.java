package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the long CSV layout, UTF-8 with a byte order mark so that Excel shows the Chinese of
 * comments correctly; lines end in CRLF (RFC 4180).
 */
final class LongCsvWriter {

  void write(Iterable<ValueRecord> values, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(writer);
    printer.printRecord(Arrays.stream(LongColumn.values()).map(LongColumn::word).toList());
    for (ValueRecord v : values) {
      printer.printRecord(
          v.dataElement(),
          v.reportingUnit(),
          v.period().code(),
          v.measure().word(),
          v.value().toPlainString(),
          plain(v.previousYearValue()),
          v.comment());
    }
    printer.flush();
  }

  static @Nullable String plain(@Nullable BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
