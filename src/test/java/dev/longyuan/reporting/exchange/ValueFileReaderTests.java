package dev.longyuan.reporting.exchange;

import static dev.longyuan.reporting.exchange.Samples.bytes;
import static dev.longyuan.reporting.exchange.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.longyuan.reporting.ValueRow;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueFileReaderTests {

  private final ValueFileReader reader = new ValueFileReader();

  private ReadResult csv(String text) {
    return reader.read(ExchangeFormat.CSV, utf8(text));
  }

  @Nested
  class LongCsv {

    @Test
    void readsEachLineAsARowNumberedAsTheFileShowsIt() {
      ReadResult result =
          csv(
              """
              data_element,reporting_unit,period,measure,value,previous_year_value,comment
              VA,620100,2019-07,ytd,123.40,110,

              GO , 91620100MA00000001 ,2019-01/02,current,  1662 ,,"含 ""新增"" 产能, 说明"
              """);

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(2, null, "VA", "620100", "2019-07", "ytd", "123.40", "110", null),
              new ValueRow(
                  4,
                  null,
                  "GO",
                  "91620100MA00000001",
                  "2019-01/02",
                  "current",
                  "1662",
                  null,
                  "含 \"新增\" 产能, 说明"));
    }

    @Test
    void takesTheColumnsInAnyOrderAndWithoutTheOptionalOnes() {
      ReadResult result =
          csv("value,measure,period,reporting_unit,data_element\n5.5,累计,2019,620000,GDP\n");

      assertThat(result.rows())
          .containsExactly(
              new ValueRow(2, null, "GDP", "620000", "2019", "ytd", "5.5", null, null));
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
      ReadResult result =
          csv("\uFEFFdata_element,reporting_unit,period,measure,value\nVA,620100,2019-07,ytd,1\n");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).extracting(ValueRow::dataElement).containsExactly("VA");
    }

    @Test
    void readsGb18030AsExcelOnChineseWindowsSavesIt() {
      String text =
          "data_element,reporting_unit,period,measure,value,comment\n"
              + "VA,620100,2019-07,ytd,1,新投产\n";

      ReadResult result =
          reader.read(ExchangeFormat.CSV, bytes(text.getBytes(Charset.forName("GB18030"))));

      assertThat(result.rows()).extracting(ValueRow::comment).containsExactly("新投产");
    }

    @Test
    void skipsLinesWithOnlyEmptyCells() {
      ReadResult result =
          csv("data_element,reporting_unit,period,measure,value\n,,,,\nVA,620100,2019-07,ytd,1\n");

      assertThat(result.rows()).extracting(ValueRow::row).containsExactly(3);
    }

    @Test
    void reportsMissingAndUnknownColumnsOnTheHeaderLineInBothLanguages() {
      ReadResult result = csv("data_element,reporting_unit,period,valeu\nVA,620100,2019-07,1\n");

      assertThat(result.rows()).isEmpty();
      assertThat(result.problems())
          .extracting(FileProblem::row, FileProblem::column, FileProblem::code)
          .containsExactlyInAnyOrder(
              tuple(1, "valeu", "header.unknown_column"),
              tuple(1, "measure", "header.missing_column"),
              tuple(1, "value", "header.missing_column"));
      FileProblem unknown = result.problems().get(0);
      assertThat(unknown.messageZh()).contains("无法识别的列“valeu”");
      assertThat(unknown.messageEn()).contains("Unknown column \"valeu\"");
    }

    @Test
    void reportsARowWithMoreCellsThanTheHeaderAndKeepsTheOthers() {
      ReadResult result =
          csv(
              "data_element,reporting_unit,period,measure,value\n"
                  + "VA,620100,2019-07,ytd,1,662\n"
                  + "GO,620100,2019-07,ytd,2\n");

      assertThat(result.rows()).extracting(ValueRow::row).containsExactly(3);
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.code()).isEqualTo("row.extra_cells");
              });
    }

    @Test
    void reportsAnUnclosedQuoteWithItsLine() {
      ReadResult result =
          csv(
              "data_element,reporting_unit,period,measure,value,comment\nVA,620100,2019-07,ytd,1,\"oops\n");

      assertThat(result.problems()).extracting(FileProblem::code).containsExactly("csv.malformed");
      assertThat(result.problems().get(0).row()).isEqualTo(2);
    }

    @Test
    void reportsAnEmptyFile() {
      assertThat(csv("\n\n").problems())
          .extracting(FileProblem::code)
          .containsExactly("file.empty");
    }

    @Test
    void readsSemicolonSeparatedFilesFromEuropeanExcel() {
      ReadResult result =
          csv("data_element;reporting_unit;period;measure;value\nVA;620100;2019;ytd;1\n");

      assertThat(result.rows()).extracting(ValueRow::reportingUnit).containsExactly("620100");
    }
  }

  @Nested
  class SdmxCsv {

    private static final String HEADER =
        "STRUCTURE,STRUCTURE_ID,ACTION,DATA_ELEMENT,REPORTING_UNIT,TIME_PERIOD,MEASURE,OBS_VALUE,"
            + "PREVIOUS_YEAR_VALUE,COMMENT\n";

    private ReadResult sdmx(String text) {
      return reader.read(ExchangeFormat.SDMX_CSV, utf8(text));
    }

    @Test
    void readsObservationsAndTurnsTheJanuaryFebruaryIntervalIntoItsPeriod() {
      ReadResult result =
          sdmx(
              HEADER
                  + "dataflow,LONGYUAN:DF_INDUSTRY(1.0),I,VA,620100,2019-01-01/P2M,ytd,98.7,90,\n"
                  + "dataflow,LONGYUAN:DF_INDUSTRY(1.0),A,VA,620100,2019-Q3,current,1,,\n"
                  + "dataflow,LONGYUAN:DF_INDUSTRY(1.0),R,GDP,620000,2019,ytd,2,,修订\n");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(2, null, "VA", "620100", "2019-01/02", "ytd", "98.7", "90", null),
              new ValueRow(3, null, "VA", "620100", "2019-Q3", "current", "1", null, null),
              new ValueRow(4, null, "GDP", "620000", "2019", "ytd", "2", null, "修订"));
    }

    @Test
    void reportsDeletionsAsUnsupportedAndReadsTheOtherRows() {
      ReadResult result =
          sdmx(
              HEADER
                  + "dataflow,LONGYUAN:DF_INDUSTRY(1.0),D,VA,620100,2019-07,ytd,-,,\n"
                  + "dataflow,LONGYUAN:DF_INDUSTRY(1.0),I,VA,620100,2019-08,ytd,5,,\n");

      assertThat(result.rows()).extracting(ValueRow::row).containsExactly(3);
      FileProblem problem = result.problems().get(0);
      assertThat(problem.row()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo("ACTION");
      assertThat(problem.code()).isEqualTo("sdmx.action_unsupported");
      assertThat(problem.messageZh()).contains("不支持删除");
      assertThat(problem.messageEn()).contains("Deletion (ACTION=D) is not supported");
    }

    @Test
    void reportsRowsOfAnotherDataflow() {
      ReadResult result =
          sdmx(HEADER + "dataflow,ESTAT:NA_MAIN(1.6.0),I,VA,620100,2019-07,ytd,5,,\n");

      assertThat(result.problems())
          .extracting(FileProblem::row, FileProblem::code)
          .containsExactly(tuple(2, "sdmx.wrong_structure"));
    }

    @Test
    void followsTheSpecificationOnOptionalColumnsLabelsAndSeparators() {
      // no ACTION column (Information assumed), a custom column, labels=both, ';' as separator
      ReadResult result =
          sdmx(
              "STRUCTURE[|];STRUCTURE_ID;DATA_ELEMENT: 指标;REPORTING_UNIT;TIME_PERIOD;MEASURE;"
                  + "OBS_VALUE;UPDATED\n"
                  + "dataflow;LONGYUAN:DF_INDUSTRY(1.0): 工业;VA: 工业增加值;620100;2019-M07;ytd;"
                  + "5;2021-01-22\n");

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(2, null, "VA", "620100", "2019-07", "ytd", "5", null, null));
    }

    @Test
    void reportsAMissingDimension() {
      ReadResult result =
          sdmx("STRUCTURE,STRUCTURE_ID,ACTION,DATA_ELEMENT,TIME_PERIOD,MEASURE,OBS_VALUE\n");

      assertThat(result.problems())
          .extracting(FileProblem::column, FileProblem::code)
          .containsExactly(tuple("REPORTING_UNIT", "header.missing_column"));
    }
  }

  @Nested
  class Json {

    private ReadResult json(String text) {
      return reader.read(ExchangeFormat.JSON, utf8(text));
    }

    @Test
    void readsNumbersAsWrittenAndNumbersAsStrings() {
      ReadResult result =
          json(
              """
              {"values":[
                {"dataElement":"VA","reportingUnit":"620100","period":"2019-07","measure":"ytd",
                 "value":123.40,"previousYearValue":110.0,"comment":"含新投产"},
                {"dataElement":"GO","reportingUnit":620100,"period":"2019-01/02","measure":"current",
                 "value":"98765432109876543210.123456789"}
              ]}
              """);

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(1, null, "VA", "620100", "2019-07", "ytd", "123.40", "110.0", "含新投产"),
              new ValueRow(
                  2,
                  null,
                  "GO",
                  "620100",
                  "2019-01/02",
                  "current",
                  "98765432109876543210.123456789",
                  null,
                  null));
    }

    @Test
    void acceptsABareArray() {
      ReadResult result =
          json("[{\"dataElement\":\"VA\",\"value\":1e3}, {}, {\"dataElement\":\"GO\"}]");

      assertThat(result.rows()).extracting(ValueRow::row).containsExactly(1, 3);
      assertThat(result.rows().get(0).value()).isEqualTo("1000");
    }

    @Test
    void reportsUnknownFieldsAndWrongTypesWithTheirPosition() {
      ReadResult result =
          json(
              "{\"values\":[{\"dataElement\":\"VA\",\"vaule\":1},"
                  + "{\"dataElement\":\"VA\",\"value\":[1]}, 7]}");

      assertThat(result.rows()).isEmpty();
      assertThat(result.problems())
          .extracting(FileProblem::row, FileProblem::column, FileProblem::code)
          .containsExactly(
              tuple(1, "vaule", "json.unknown_field"),
              tuple(2, "value", "json.wrong_type"),
              tuple(3, null, "json.not_an_object"));
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
      ReadResult result = json("{\"values\":[\n{\"dataElement\":\"VA\",,}\n]}");

      FileProblem problem = result.problems().get(0);
      assertThat(problem.code()).isEqualTo("json.malformed");
      assertThat(problem.messageEn()).startsWith("Malformed JSON (line 2, column");
      assertThat(problem.messageZh()).startsWith("JSON 格式错误（第 2 行");
    }

    @Test
    void reportsJsonWithoutValues() {
      assertThat(json("{\"data\":[]}").problems())
          .extracting(FileProblem::code)
          .containsExactly("json.no_values");
    }
  }

  @Nested
  class UnknownFiles {

    @Test
    void aCsvNamedFileWithTheSdmxHeaderIsReadAsSdmx() {
      ReadResult result =
          reader.read(
              "export.csv",
              utf8(
                  "STRUCTURE,STRUCTURE_ID,ACTION,DATA_ELEMENT,REPORTING_UNIT,TIME_PERIOD,MEASURE,"
                      + "OBS_VALUE\ndataflow,LONGYUAN:DF_INDUSTRY(1.0),I,VA,620100,2019,ytd,1\n"));

      assertThat(result.rows()).extracting(ValueRow::period).containsExactly("2019");
    }

    @Test
    void anUnknownFormatIsReported() {
      assertThat(reader.read("scan.pdf", utf8("%PDF-1.7")).problems())
          .extracting(FileProblem::code)
          .containsExactly("file.unknown_format");
    }

    @Test
    void aZipThatIsNotAWorkbookIsReportedAsUnreadable() throws java.io.IOException {
      java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
      try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
        out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
        out.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }

      assertThat(reader.read(ExchangeFormat.XLSX, bytes(zip.toByteArray())).problems())
          .extracting(FileProblem::row, FileProblem::code)
          .containsExactly(tuple(0, "file.unreadable"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsReported() {
      assertThat(reader.read(ExchangeFormat.XLSX, utf8("data_element\n")).problems())
          .extracting(FileProblem::code)
          .containsExactly("xlsx.not_a_workbook");
    }
  }
}
