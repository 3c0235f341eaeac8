package dev.longyuan.monitoring.web;

import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.analytics.YearValue;
import dev.longyuan.monitoring.IndicatorDetail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * The figures behind a target's chart as a file, one row a year: the value and where it comes from,
 * the value judged and the path the target requires — the page's table, for a spreadsheet.
 */
final class IndicatorDataFile {

  static final List<String> HEADER =
      List.of("year", "value", "source", "data_element", "value_judged", "required_path");

  private IndicatorDataFile() {}

  static List<List<@Nullable Object>> rows(
      @Nullable TargetAssessment target, List<IndicatorDetail.PathPoint> requiredPath) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    if (target == null) {
      return rows;
    }
    Map<Integer, Double> path = IndicatorChart.requiredByYear(requiredPath);
    for (int i = 0; i < target.series().size(); i++) {
      YearValue v = target.series().get(i);
      List<@Nullable Object> row = new ArrayList<>();
      row.add(v.year());
      row.add(v.value());
      row.add(v.source());
      row.add(v.element());
      row.add(i < target.judged().size() ? target.judged().get(i).value() : null);
      row.add(path.get(v.year()));
      rows.add(row);
    }
    return rows;
  }

  /**
   * The target's file as a download named {@code name.format}; 400 for a format other than csv or
   * xlsx. {@code sheet} names the workbook's sheet.
   */
  static ResponseEntity<byte[]> download(
      String format,
      String name,
      String sheet,
      @Nullable TargetAssessment target,
      List<IndicatorDetail.PathPoint> requiredPath)
      throws IOException {
    return download(format, name, sheet, HEADER, rows(target, requiredPath));
  }

  /** Any table as a download named {@code name.format}, CSV or a workbook of one sheet. */
  static ResponseEntity<byte[]> download(
      String format,
      String name,
      String sheet,
      List<String> headers,
      List<List<@Nullable Object>> rows)
      throws IOException {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: csv or xlsx");
    }
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(
            csv
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"")
        .body(csv ? csv(headers, rows) : xlsx(sheet, headers, rows));
  }

  /** A table as CSV, with a byte-order mark so that a spreadsheet opens the UTF-8 as UTF-8. */
  static byte[] csv(List<String> headers, List<List<@Nullable Object>> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter csv =
        new CSVPrinter(
            new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get())) {
      for (List<@Nullable Object> row : rows) {
        csv.printRecord(row.stream().map(IndicatorDataFile::text).toList());
      }
    }
    return bytes.toByteArray();
  }

  /** A table as a workbook of one sheet, numbers as numbers. */
  static byte[] xlsx(String sheetName, List<String> headers, List<List<@Nullable Object>> rows)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      int r = 1;
      for (List<@Nullable Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return value == null ? null : value.toString();
  }
}
