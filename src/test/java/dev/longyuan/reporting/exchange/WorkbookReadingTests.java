package dev.longyuan.reporting.exchange;

import static dev.longyuan.reporting.exchange.Samples.bytes;
import static dev.longyuan.reporting.exchange.Samples.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.longyuan.reporting.ValueRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkbookReadingTests {

  private final ValueFileReader reader = new ValueFileReader();

  private ReadResult read(byte[] workbook) {
    return reader.read(ExchangeFormat.XLSX, bytes(workbook));
  }

  private static void row(Sheet sheet, int index, Object... cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      Object cell = cells[c];
      if (cell instanceof String text) {
        row.createCell(c).setCellValue(text);
      } else if (cell instanceof Number number) {
        row.createCell(c).setCellValue(number.doubleValue());
      }
    }
  }

  @Nested
  class LongSheet {

    @Test
    void readsChineseHeadingsAndTranslatesTheMeasure() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "指标代码", "填报单位代码", "报告期", "口径（当月/累计）", "本期", "上年同期", "备注");
      row(sheet, 1, "VA", 620100, "2019-07", "累计", 1662.0, 0.1, "新投产");
      row(sheet, 3, "GO", "620100", "2019-01/02", "当月", 12.5);

      ReadResult result = read(workbook(book));

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(2, "数据", "VA", "620100", "2019-07", "ytd", "1662", "0.1", "新投产"),
              new ValueRow(4, "数据", "GO", "620100", "2019-01/02", "current", "12.5", null, null));
    }

    @Test
    void acceptsTheEnglishColumnWordsAndHalfWidthBrackets() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "data_element", "reporting_unit", "报告期", "口径(当月/累计)", "value");
      row(sheet, 1, "VA", "620100", "2019", "ytd", 3);

      assertThat(read(workbook(book)).rows())
          .extracting(ValueRow::measure, ValueRow::value)
          .containsExactly(tuple("ytd", "3"));
    }

    @Test
    void givesBackAPeriodExcelTurnedIntoADate() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "指标代码", "填报单位代码", "报告期", "口径", "本期");
      row(sheet, 1, "VA", "620100", null, "累计", 1);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm"));
      sheet.getRow(1).createCell(2).setCellValue(LocalDate.of(2019, 7, 1));
      sheet.getRow(1).getCell(2).setCellStyle(date);

      assertThat(read(workbook(book)).rows())
          .extracting(ValueRow::period)
          .containsExactly("2019-07");
    }

    @Test
    void reportsAMissingColumnWithTheSheetAndRow() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 2, "指标代码", "填报单位代码", "报告期", "本期");

      assertThat(read(workbook(book)).problems())
          .extracting(FileProblem::row, FileProblem::sheet, FileProblem::column, FileProblem::code)
          .containsExactly(tuple(3, "数据", "口径（当月/累计）", "header.missing_column"));
    }

    @Test
    void reportsAWorkbookWithoutDataOrForms() {
      Workbook book = new XSSFWorkbook();
      row(book.createSheet("说明"), 0, "填表说明");

      assertThat(read(workbook(book)).problems())
          .extracting(FileProblem::code)
          .containsExactly("xlsx.no_data_sheet");
    }
  }

  @Nested
  class NumericCells {

    private List<String> values(double... numbers) {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "指标代码", "填报单位代码", "报告期", "口径", "本期");
      for (int i = 0; i < numbers.length; i++) {
        row(sheet, i + 1, "VA", "620100", "2019", "ytd", numbers[i]);
      }
      return read(workbook(book)).rows().stream().map(ValueRow::value).toList();
    }

    @Test
    void comeOutAsPlainDecimalsWithoutFloatNoise() {
      assertThat(values(1662.0, 0.1, 0.1 + 0.2, 1e10, 123456789.123, -0.0, 1.5e-7))
          .containsExactly("1662", "0.1", "0.3", "10000000000", "123456789.123", "0", "0.00000015");
    }

    @Test
    void showTheDecimalsOfAFixedFormatAndThePercentOfAPercentFormat() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "指标代码", "填报单位代码", "报告期", "口径", "本期", "上年同期");
      row(sheet, 1, "VA", "620100", "2019", "ytd", 1662, 0.052);
      CellStyle fixed = book.createCellStyle();
      fixed.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
      sheet.getRow(1).getCell(4).setCellStyle(fixed);
      sheet.getRow(1).getCell(5).setCellStyle(percent);

      assertThat(read(workbook(book)).rows())
          .extracting(ValueRow::value, ValueRow::previousYearValue)
          .containsExactly(tuple("1662.00", "5.2"));
    }

    @Test
    void formulasGiveTheirResult() throws IOException {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("数据");
      row(sheet, 0, "指标代码", "填报单位代码", "报告期", "口径", "本期");
      row(sheet, 1, "VA", "620100", "2019", "ytd");
      sheet.getRow(1).createCell(4).setCellFormula("0.1+0.2");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();

      assertThat(read(workbook(book)).rows()).extracting(ValueRow::value).containsExactly("0.3");
    }
  }

  @Nested
  class FormSheets {

    private static final FormLayout MONTHLY =
        new FormLayout(
            "ENT-M",
            "规模以上工业企业主要经济指标月报",
            FormLayout.Frequency.MONTH,
            List.of(
                new FormLine("GO", "工业总产值（当年价格）", "万元"),
                new FormLine("VA", "工业增加值（现价）", "万元"),
                new FormLine("REV", "营业收入", "万元")));

    private static final FormLayout YEARLY =
        new FormLayout(
            "ENT-Y",
            "规模以上工业企业年报（科技、资源环境、两化融合）",
            FormLayout.Frequency.YEAR,
            List.of(
                new FormLine("RD_EXP", "R&D经费内部支出", "万元"),
                new FormLine("PATENTS", "有效发明专利数", "件")));

    private Workbook template(FormLayout form) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new FormTemplateWriter().writeTemplate(form, out);
      return WorkbookFactory.create(bytes(out.toByteArray()));
    }

    private static void set(Sheet sheet, int row, int column, Object value) {
      if (value instanceof String text) {
        sheet.getRow(row).getCell(column).setCellValue(text);
      } else {
        sheet.getRow(row).getCell(column).setCellValue(((Number) value).doubleValue());
      }
    }

    @Test
    void aFilledMonthlyTemplateGivesBothMeasuresWithTheirPreviousYear() throws IOException {
      Workbook book = template(MONTHLY);
      Sheet sheet = book.getSheetAt(0);
      set(sheet, 2, 1, "91620100MA00000001");
      set(sheet, 3, 1, "兰州某某化工有限公司");
      set(sheet, 4, 1, "2019-01/02");
      // rows 10 to 12: GO, VA, REV; columns D to G: 本月, 上年同月, 1-本月累计, 上年同期累计
      set(sheet, 9, 3, 1200.5);
      set(sheet, 9, 4, 1100);
      set(sheet, 9, 5, 1200.5);
      set(sheet, 9, 6, 1100);
      set(sheet, 10, 5, 300);
      set(sheet, 10, 6, 280.25);

      ReadResult result = read(workbook(book));

      String name = MONTHLY.sheetName();
      String unit = "91620100MA00000001";
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .containsExactly(
              new ValueRow(10, name, "GO", unit, "2019-01/02", "current", "1200.5", "1100", null),
              new ValueRow(10, name, "GO", unit, "2019-01/02", "ytd", "1200.5", "1100", null),
              new ValueRow(11, name, "VA", unit, "2019-01/02", "ytd", "300", "280.25", null));
    }

    @Test
    void aFilledYearlyTemplateGivesYearToDateValues() throws IOException {
      Workbook book = template(YEARLY);
      Sheet sheet = book.getSheetAt(0);
      set(sheet, 2, 1, "620100");
      set(sheet, 4, 1, "2019年");
      set(sheet, 10, 3, 12);
      set(sheet, 10, 4, 9);

      assertThat(read(workbook(book)).rows())
          .containsExactly(
              new ValueRow(
                  11, YEARLY.sheetName(), "PATENTS", "620100", "2019", "ytd", "12", "9", null));
    }

    @Test
    void aFormWithValuesButNoPeriodIsReportedOnce() throws IOException {
      Workbook book = template(MONTHLY);
      Sheet sheet = book.getSheetAt(0);
      set(sheet, 2, 1, "620100");
      set(sheet, 9, 3, 1);
      set(sheet, 10, 3, 2);

      ReadResult result = read(workbook(book));

      assertThat(result.rows()).isEmpty();
      FileProblem problem = result.problems().get(0);
      assertThat(problem)
          .extracting(FileProblem::row, FileProblem::sheet, FileProblem::column, FileProblem::code)
          .containsExactly(5, MONTHLY.sheetName(), "报告期", "form.blank_field");
      assertThat(problem.messageZh()).contains("B5");
      assertThat(problem.messageEn()).contains("B5");
    }

    @Test
    void anUnfilledTemplateGivesNothingAndNoProblem() throws IOException {
      ReadResult result = read(workbook(template(MONTHLY)));

      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).isEmpty();
    }

    @Test
    void readsAFormLaidOutByHandWithInlineLabelsAndAChinesePeriod() {
      Workbook book = new XSSFWorkbook();
      Sheet sheet = book.createSheet("月报");
      row(sheet, 0, "统一社会信用代码：91620100MA00000001");
      row(sheet, 1, "报告期：2019年7月");
      row(sheet, 3, "指标名称", "代码", "计量单位", "本月", "1-本月累计");
      row(sheet, 4, "工业增加值", "VA", "万元", 10, 70);
      row(sheet, 6, "单位负责人：张三", null, null, "填表人：李四");

      assertThat(read(workbook(book)).rows())
          .extracting(ValueRow::row, ValueRow::period, ValueRow::measure, ValueRow::value)
          .containsExactly(tuple(5, "2019-07", "current", "10"), tuple(5, "2019-07", "ytd", "70"));
    }
  }
}
