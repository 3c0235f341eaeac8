package dev.longyuan.credit.internal;

import dev.longyuan.credit.InspectionDraft;
import dev.longyuan.reporting.ImportError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The inspection workbook: one sheet 抽查结果 with Chinese headers, one result a row; failed items
 * separated by 、 ; or ；. Dates may be date cells or YYYY-MM-DD text.
 */
public final class InspectionWorkbook {

  public static final String SHEET = "抽查结果";

  /** Each field and the header that names its column. */
  public static final Map<String, String> HEADERS = headers();

  private static final DataFormatter FORMATTER = new DataFormatter();

  private InspectionWorkbook() {}

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("enterpriseCode", "统一社会信用代码");
    h.put("product", "产品名称");
    h.put("batch", "批次");
    h.put("result", "抽查结果");
    h.put("itemsFailed", "不合格项目");
    h.put("date", "抽查日期");
    h.put("authority", "抽查机关");
    return h;
  }

  /** The rows read, or the problems that kept the file from being read. */
  public record Parsed(List<InspectionChecks.Numbered> rows, List<ImportError> errors) {}

  public static byte[] template() {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(SHEET);
      Row header = sheet.createRow(0);
      int at = 0;
      for (String title : HEADERS.values()) {
        header.createCell(at).setCellValue(title);
        sheet.setColumnWidth(at++, 20 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Parsed read(byte[] content) {
    List<ImportError> errors = new ArrayList<>();
    List<InspectionChecks.Numbered> rows = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheet(SHEET);
      if (sheet == null) {
        sheet = book.getSheetAt(0);
      }
      Map<String, Integer> columns = new HashMap<>();
      Row header = sheet.getRow(0);
      if (header != null) {
        Map<String, Integer> byTitle = new HashMap<>();
        header.forEach(
            cell -> byTitle.put(FORMATTER.formatCellValue(cell).strip(), cell.getColumnIndex()));
        HEADERS.forEach(
            (field, title) -> {
              if (byTitle.containsKey(title)) {
                columns.put(field, byTitle.get(title));
              }
            });
      }
      List<String> missing =
          HEADERS.entrySet().stream()
              .filter(e -> !columns.containsKey(e.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      if (!missing.isEmpty()) {
        errors.add(
            new ImportError(
                1,
                String.join("、", missing),
                "header.missing_column",
                "缺少列：" + String.join("、", missing),
                "missing columns: " + String.join(", ", missing)));
        return new Parsed(List.of(), errors);
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || blank(row, columns)) {
          continue;
        }
        String items = text(row, columns.get("itemsFailed"));
        rows.add(
            new InspectionChecks.Numbered(
                r + 1,
                new InspectionDraft(
                    text(row, columns.get("enterpriseCode")),
                    text(row, columns.get("product")),
                    text(row, columns.get("batch")),
                    text(row, columns.get("result")),
                    items == null ? List.of() : Arrays.asList(items.split("[、;；]")),
                    date(row, columns.get("date")),
                    text(row, columns.get("authority")))));
      }
      if (rows.isEmpty()) {
        errors.add(
            new ImportError(0, "file", "file.no_rows", "文件中没有数据行", "the file holds no data rows"));
      }
    } catch (IOException | RuntimeException notAWorkbook) {
      errors.add(
          new ImportError(
              0, "file", "file.unreadable", "文件不是 XLSX 工作簿", "the file is not an XLSX workbook"));
    }
    return new Parsed(rows, errors);
  }

  private static boolean blank(Row row, Map<String, Integer> columns) {
    return columns.values().stream().allMatch(c -> text(row, c) == null);
  }

  private static @Nullable String text(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null) {
      return null;
    }
    String value = FORMATTER.formatCellValue(cell).strip();
    return value.isEmpty() ? null : value;
  }

  private static @Nullable String date(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell != null
        && cell.getCellType() == CellType.NUMERIC
        && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return text(row, column);
  }
}
