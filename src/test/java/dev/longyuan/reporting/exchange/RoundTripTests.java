package dev.longyuan.reporting.exchange;

import static dev.longyuan.reporting.exchange.Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTests {

  static final List<ValueRecord> VALUES =
      List.of(
          new ValueRecord(
              "VA",
              "620100",
              Period.month(2019, 1),
              Measure.YTD,
              new BigDecimal("1662.0"),
              new BigDecimal("1500.25"),
              "含新投产企业, \"甲\" 厂"),
          new ValueRecord(
              "GO",
              "91620100MA00000001",
              Period.month(2019, 7),
              Measure.CURRENT,
              new BigDecimal("0.1"),
              null,
              null),
          new ValueRecord(
              "GDP",
              "620000",
              Period.year(2019),
              Measure.YTD,
              new BigDecimal("8718.3"),
              null,
              "\n"),
          new ValueRecord(
              "ENERGY",
              "620000",
              Period.quarter(2019, 3),
              Measure.YTD,
              new BigDecimal("123456789012345678.123456789"),
              new BigDecimal("-5"),
              null),
          new ValueRecord(
              "ENT",
              "620100",
              Period.month(2019, 12),
              Measure.CURRENT,
              new BigDecimal("1E+3"),
              new BigDecimal("0.00"),
              null));

  private final ValueFileWriter writer = new ValueFileWriter();
  private final ValueFileReader reader = new ValueFileReader();

  private byte[] write(ExchangeFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(format, VALUES, out);
    return out.toByteArray();
  }

  private static List<List<String>> asText(List<ValueRecord> values) {
    return values.stream()
        .map(
            v ->
                java.util.Arrays.asList(
                    v.dataElement(),
                    v.reportingUnit(),
                    v.period().code(),
                    v.measure().word(),
                    v.value().toPlainString(),
                    v.previousYearValue() == null ? null : v.previousYearValue().toPlainString(),
                    v.comment() == null || v.comment().isBlank() ? null : v.comment().strip()))
        .toList();
  }

  private static List<List<String>> rowsAsText(List<ValueRow> rows) {
    return rows.stream()
        .map(
            r ->
                java.util.Arrays.asList(
                    r.dataElement(),
                    r.reportingUnit(),
                    r.period(),
                    r.measure(),
                    r.value(),
                    r.previousYearValue(),
                    r.comment()))
        .toList();
  }

  @ParameterizedTest
  @EnumSource(ExchangeFormat.class)
  void whatIsWrittenReadsBackAsTheSameData(ExchangeFormat format) throws IOException {
    ReadResult result = reader.read(format, bytes(write(format)));

    assertThat(result.problems()).isEmpty();
    assertThat(rowsAsText(result.rows())).isEqualTo(asText(VALUES));
  }

  @ParameterizedTest
  @EnumSource(ExchangeFormat.class)
  void whatIsWrittenIsDetectedAsItsFormatFromItsFileName(ExchangeFormat format) throws IOException {
    byte[] file = write(format);

    assertThat(ExchangeFormat.detect(format.fileName("values"), file)).contains(format);
  }

  @Nested
  class Files {

    @Test
    void csvHasTheExactHeaderAfterAByteOrderMark() throws IOException {
      String csv = new String(write(ExchangeFormat.CSV), StandardCharsets.UTF_8);

      assertThat(csv)
          .startsWith(
              "\uFEFFdata_element,reporting_unit,period,measure,value,previous_year_value,comment\r\n"
                  + "VA,620100,2019-01/02,ytd,1662.0,1500.25,");
    }

    @Test
    void sdmxWritesJanuaryFebruaryAsAnIsoInterval() throws IOException {
      String sdmx = new String(write(ExchangeFormat.SDMX_CSV), StandardCharsets.UTF_8);

      assertThat(sdmx.lines().toList())
          .startsWith(
              "STRUCTURE,STRUCTURE_ID,ACTION,DATA_ELEMENT,REPORTING_UNIT,TIME_PERIOD,MEASURE,"
                  + "OBS_VALUE,PREVIOUS_YEAR_VALUE,COMMENT",
              "dataflow,LONGYUAN:DF_INDUSTRY(1.0),I,VA,620100,2019-01-01/P2M,ytd,1662.0,1500.25,"
                  + "\"含新投产企业, \"\"甲\"\" 厂\"");
    }

    @Test
    void jsonWritesNumbersAsNumbersAtFullPrecision() throws IOException {
      String json = new String(write(ExchangeFormat.JSON), StandardCharsets.UTF_8);

      assertThat(json)
          .startsWith(
              "{\"values\":[{\"dataElement\":\"VA\",\"reportingUnit\":\"620100\","
                  + "\"period\":\"2019-01/02\",\"measure\":\"ytd\",\"value\":1662.0,"
                  + "\"previousYearValue\":1500.25,")
          .contains("\"value\":123456789012345678.123456789")
          .contains("\"value\":1000,");
    }
  }
}
