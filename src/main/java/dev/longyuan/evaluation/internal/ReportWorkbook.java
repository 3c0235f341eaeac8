package dev.longyuan.evaluation.internal;

import dev.longyuan.evaluation.ChapterProgress;
import dev.longyuan.evaluation.EconomyRow;
import dev.longyuan.evaluation.EvaluationReport;
import dev.longyuan.evaluation.IndicatorRow;
import dev.longyuan.evaluation.MonthlyBrief;
import dev.longyuan.evaluation.TargetRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A report's tables as a workbook: the key indicators, the targets by chapter, and the text. */
@Component
public class ReportWorkbook {

  private final MessageSource messages;

  ReportWorkbook(MessageSource messages) {
    this.messages = messages;
  }

  public byte[] write(EvaluationReport report, int baseYear) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      indicators(workbook, report.locale(), report.indicators(), baseYear);
      Sheet targets = workbook.createSheet(text(report, "evaluation.sheet.targets"));
      header(
          targets,
          report,
          "evaluation.column.chapter",
          "evaluation.column.code",
          "evaluation.column.targetName",
          "evaluation.column.target",
          "evaluation.column.actual",
          "evaluation.column.year",
          "evaluation.column.status",
          "evaluation.column.attribute",
          "evaluation.column.note");
      int r = 1;
      for (ChapterProgress chapter : report.chapters()) {
        for (TargetRow row : chapter.targets()) {
          cells(
              targets.createRow(r++),
              chapter.title(),
              row.code(),
              row.name(),
              row.targetText(),
              row.actual(),
              row.actualYear(),
              row.label(),
              row.attribute(),
              row.reason());
        }
      }
      Sheet narrative = workbook.createSheet(text(report, "evaluation.sheet.narrative"));
      header(narrative, report, "evaluation.column.section", "evaluation.column.text");
      r = 1;
      r = sentences(narrative, r, text(report, "evaluation.section.overall"), report.overall());
      r = sentences(narrative, r, text(report, "evaluation.section.problems"), report.problems());
      sentences(narrative, r, text(report, "evaluation.section.suggestions"), report.suggestions());
      narrative.setColumnWidth(1, 120 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] write(MonthlyBrief brief, int baseYear) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Locale locale = brief.locale();
      Sheet economy = workbook.createSheet(text(locale, "evaluation.brief.section.summary"));
      header(
          economy,
          locale,
          "evaluation.column.indicator",
          "evaluation.column.unit",
          "evaluation.brief.column.value",
          "evaluation.brief.column.change",
          "evaluation.column.note");
      int r = 1;
      for (EconomyRow row : brief.economy()) {
        cells(
            economy.createRow(r++),
            row.name(),
            row.unit(),
            row.value(),
            row.change(),
            text(locale, "evaluation.brief.changeKind." + row.changeKind()));
      }
      indicators(workbook, locale, brief.indicators(), baseYear);
      Sheet narrative = workbook.createSheet(text(locale, "evaluation.sheet.narrative"));
      header(narrative, locale, "evaluation.column.section", "evaluation.column.text");
      r = 1;
      r =
          sentences(
              narrative, r, text(locale, "evaluation.brief.section.summary"), brief.summary());
      r =
          sentences(
              narrative, r, text(locale, "evaluation.brief.section.concerns"), brief.concerns());
      sentences(
          narrative, r, text(locale, "evaluation.brief.section.suggestions"), brief.suggestions());
      narrative.setColumnWidth(1, 120 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void indicators(
      XSSFWorkbook workbook, Locale locale, List<IndicatorRow> rows, int baseYear) {
    Sheet indicators = workbook.createSheet(text(locale, "evaluation.sheet.indicators"));
    header(
        indicators,
        locale,
        "evaluation.column.number",
        "evaluation.column.code",
        "evaluation.column.indicator",
        "evaluation.column.unit",
        "evaluation.column.baseline",
        "evaluation.column.target",
        "evaluation.column.actual",
        "evaluation.column.year",
        "evaluation.column.status",
        "evaluation.column.attribute");
    indicators
        .getRow(0)
        .getCell(4)
        .setCellValue(text(locale, "evaluation.column.baseline", String.valueOf(baseYear)));
    int r = 1;
    for (IndicatorRow row : rows) {
      cells(
          indicators.createRow(r++),
          row.number(),
          row.code(),
          row.name(),
          row.unit(),
          row.baseline(),
          row.targetText(),
          row.actual(),
          row.actualYear(),
          row.label(),
          row.attribute());
    }
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private String text(EvaluationReport report, String key, Object... args) {
    return text(report.locale(), key, args);
  }

  private void header(Sheet sheet, EvaluationReport report, String... keys) {
    header(sheet, report.locale(), keys);
  }

  private void header(Sheet sheet, Locale locale, String... keys) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < keys.length; c++) {
      row.createCell(c).setCellValue(text(locale, keys[c], ""));
    }
  }

  private static int sentences(Sheet sheet, int r, String section, List<String> sentences) {
    for (String sentence : sentences) {
      cells(sheet.createRow(r++), section, sentence);
    }
    return r;
  }

  /** Numbers as numbers, so that a spreadsheet can compute with them; nothing for no value. */
  private static void cells(Row row, @Nullable Object... values) {
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      if (value instanceof BigDecimal number) {
        row.createCell(c).setCellValue(number.doubleValue());
      } else if (value instanceof Integer number) {
        row.createCell(c).setCellValue(number);
      } else if (value != null) {
        row.createCell(c).setCellValue(value.toString());
      }
    }
  }
}
