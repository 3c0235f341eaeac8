package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.ValueRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The figures Gansu's government and press published for the plan's indicators (shipped as {@code
 * reporting/gansu-published-figures.csv}, each with its source and the sentence it was read from).
 * Those mapped onto a data element become official province values, converted to the element's unit
 * (亿元 → 万元); the rest stay published figures only, as published.
 */
public final class PublishedFigures {

  public static final String RESOURCE = "/reporting/gansu-published-figures.csv";
  public static final String PROVINCE = "620000";

  private PublishedFigures() {}

  /** One published figure, as published, with the data value it maps to, if any. */
  public record Figure(
      int line,
      String code,
      String nameZh,
      String periodText,
      String valueText,
      String unitText,
      String source,
      @Nullable String officialAddress,
      String quote,
      @Nullable String dataElement,
      @Nullable String period,
      @Nullable String measure,
      @Nullable BigDecimal value) {

    /**
     * The figure as an import row of the province, its comment saying what it is and where from.
     */
    public ValueRow asRow() {
      return new ValueRow(
          line,
          null,
          dataElement,
          PROVINCE,
          period,
          measure,
          value.toPlainString(),
          null,
          nameZh + "（" + unitText + "）——" + source);
    }
  }

  public static List<Figure> read() throws IOException {
    try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<Figure> figures = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String element = blankToNull(r.get("data_element"));
        BigDecimal value =
            element == null
                ? null
                : new BigDecimal(r.get("value"))
                    .multiply(new BigDecimal(r.get("factor")))
                    .stripTrailingZeros();
        figures.add(
            new Figure(
                (int) r.getRecordNumber() + 1,
                r.get("code"),
                r.get("name_zh"),
                r.get("period"),
                r.get("value"),
                r.get("unit"),
                r.get("source"),
                blankToNull(r.get("official_address")),
                r.get("quote"),
                element,
                blankToNull(r.get("sdmx_period")),
                blankToNull(r.get("measure")),
                value));
      }
      return figures;
    }
  }

  private static @Nullable String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
