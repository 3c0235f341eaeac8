package dev.longyuan.reporting.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A file format for data values, with the word used in APIs and on the command line. */
public enum ExchangeFormat {
  /** Long CSV: one value a line, header {@code data_element,reporting_unit,period,…}. */
  CSV("csv", "text/csv; charset=UTF-8", "csv"),
  /** Excel workbook: the long 数据 sheet and form sheets. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** SDMX-CSV 2.0 for the dataflow {@code LONGYUAN:DF_INDUSTRY(1.0)}. */
  SDMX_CSV("sdmx", "application/vnd.sdmx.data+csv; version=2.0.0", "csv"),
  /** JSON: {@code {"values":[…]}}. */
  JSON("json", "application/json", "json");

  private final String word;
  private final String mediaType;
  private final String extension;

  ExchangeFormat(String word, String mediaType, String extension) {
    this.word = word;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String word() {
    return word;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file extension, without the dot; SDMX-CSV shares {@code csv} with the long CSV. */
  public String extension() {
    return extension;
  }

  /** A file name for an export: {@code base.csv}, {@code base.sdmx.csv}, {@code base.xlsx} … */
  public String fileName(String base) {
    return this == SDMX_CSV ? base + ".sdmx.csv" : base + "." + extension;
  }

  public static Optional<ExchangeFormat> fromWord(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.word.equals(w)).findFirst();
  }

  /**
   * Detects the format of an uploaded file from its name and its first bytes (a few hundred are
   * enough; pass what is at hand). A {@code .csv} file is SDMX-CSV when its first header cell is
   * {@code STRUCTURE}, else the long CSV; {@code .xls} files are read as workbooks too. Without a
   * known extension the content decides: a ZIP or OLE2 signature is a workbook, {@code {}} or
   * {@code [} starts JSON.
   */
  public static Optional<ExchangeFormat> detect(String fileName, byte[] head) {
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
      return Optional.of(XLSX);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Optional.of(startsWithStructure(head) ? SDMX_CSV : CSV);
    }
    return sniff(head);
  }

  private static Optional<ExchangeFormat> sniff(byte[] head) {
    if (head.length >= 4
        && ((head[0] == 'P' && head[1] == 'K')
            || (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF))) {
      return Optional.of(XLSX);
    }
    String text = textStart(head);
    if (text.startsWith("{") || text.startsWith("[")) {
      return Optional.of(JSON);
    }
    if (startsWithStructure(head)) {
      return Optional.of(SDMX_CSV);
    }
    return text.contains(",") ? Optional.of(CSV) : Optional.empty();
  }

  private static boolean startsWithStructure(byte[] head) {
    String text = textStart(head);
    if (text.startsWith("\"")) {
      text = text.substring(1);
    }
    // SDMX-CSV 2.0: the first header field is STRUCTURE, maybe with a sub-field delimiter
    // (STRUCTURE[;]); the character after it is the field separator.
    return text.startsWith("STRUCTURE") && !text.startsWith("STRUCTURE_");
  }

  private static String textStart(byte[] head) {
    int from = TextSource.bomLength(head);
    return new String(head, from, Math.min(head.length - from, 256), StandardCharsets.UTF_8)
        .stripLeading();
  }
}
