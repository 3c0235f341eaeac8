package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes SDMX-CSV 2.0: one observation a line for the dataflow {@code LONGYUAN:DF_INDUSTRY(1.0)},
 * action I (information), 1–2月 as {@code YYYY-01-01/P2M}. UTF-8 without a byte order mark, CRLF.
 */
final class SdmxCsvWriter {

  void write(Iterable<ValueRecord> values, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(writer);
    printer.printRecord(Arrays.stream(SdmxColumn.values()).map(SdmxColumn::name).toList());
    for (ValueRecord v : values) {
      printer.printRecord(
          SdmxColumn.STRUCTURE_TYPE,
          SdmxColumn.DATAFLOW,
          "I",
          v.dataElement(),
          v.reportingUnit(),
          SdmxPeriod.write(v.period()),
          v.measure().word(),
          v.value().toPlainString(),
          LongCsvWriter.plain(v.previousYearValue()),
          v.comment());
    }
    printer.flush();
  }
}
