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
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormTemplateWriterTests {

  private static final FormLayout FORM =
      new FormLayout(
          "ENT-M",
          "规模以上工业企业主要经济指标月报",
          FormLayout.Frequency.MONTH,
          List.of(new FormLine("GO", "工业总产值（当年价格）", "万元"), new FormLine("VA", "工业增加值（现价）", "万元")));

  private final FormTemplateWriter writer = new FormTemplateWriter();

  private XSSFWorkbook template() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTemplate(FORM, out);
    return new XSSFWorkbook(bytes(out.toByteArray()));
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    java.util.List<String> texts = new java.util.ArrayList<>();
    row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
    return texts;
  }

  @Nested
  class Template {

    @Test
    void namesTheSheetWithTheFormCodeFirstWithinExcelsLimit() {
      FormLayout yearly =
          new FormLayout("ENT-Y", "规模以上工业企业年报（科技、资源环境、两化融合）", FormLayout.Frequency.YEAR, List.of());

      assertThat(FORM.sheetName()).isEqualTo("ENT-M 规模以上工业企业主要经济指标月报");
      assertThat(yearly.sheetName()).startsWith("ENT-Y ").hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void laysOutTheHeaderBlockTheNoteAndTheTable() throws IOException {
      try (XSSFWorkbook book = template()) {
        Sheet sheet = book.getSheetAt(0);

        assertThat(book.getSheetName(0)).isEqualTo(FORM.sheetName());
        assertThat(book.getSheetName(1)).isEqualTo("数据");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(FORM.nameZh());
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码/填报单位代码");
        assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("单位名称");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("报告期");
        assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).contains("2019-01/02");
        assertThat(texts(sheet.getRow(7)))
            .containsExactly("指标名称", "代码", "计量单位", "本月", "上年同月", "1-本月累计", "上年同期累计");
        assertThat(texts(sheet.getRow(9))).startsWith("工业总产值（当年价格）", "GO", "万元");
        assertThat(texts(book.getSheet("数据").getRow(0)))
            .containsExactly("指标代码", "填报单位代码", "报告期", "口径（当月/累计）", "本期", "上年同期", "备注");
      }
    }

    @Test
    void locksEverythingButTheCellsToFillAndKeepsTheHeadingsBold() throws IOException {
      try (XSSFWorkbook book = template()) {
        XSSFSheet sheet = book.getSheetAt(0);

        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getRow(9).getCell(1).getCellStyle().getLocked()).isTrue();
        assertThat(sheet.getRow(9).getCell(3).getCellStyle().getLocked()).isFalse();
        assertThat(sheet.getRow(4).getCell(1).getCellStyle().getLocked()).isFalse();
        assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
        assertThat(
                book.getFontAt(sheet.getRow(7).getCell(0).getCellStyle().getFontIndex()).getBold())
            .isTrue();
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
      }
    }
  }

  @Nested
  class Filled {

    @Test
    void aFilledFormReadsBackAsItsValues() throws IOException {
      Period period = Period.month(2019, 7);
      List<ValueRecord> values =
          List.of(
              new ValueRecord(
                  "VA",
                  "620100",
                  period,
                  Measure.CURRENT,
                  new BigDecimal("10.0"),
                  new BigDecimal("9.5"),
                  null),
              new ValueRecord(
                  "VA", "620100", period, Measure.YTD, new BigDecimal("70.0"), null, null),
              new ValueRecord(
                  "VA", "620200", period, Measure.YTD, new BigDecimal("1"), null, null));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.writeFilled(FORM, new FormFilling("620100", "兰州市", period, values), out);

      ReadResult result = new ValueFileReader().read(ExchangeFormat.XLSX, bytes(out.toByteArray()));

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(
                  11, FORM.sheetName(), "VA", "620100", "2019-07", "current", "10.0", "9.5", null),
              new ValueRow(
                  11, FORM.sheetName(), "VA", "620100", "2019-07", "ytd", "70.0", null, null));
    }
  }
}
