package dev.longyuan.market.internal;

import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.reporting.ImportError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The market workbook: a 需求 (demands) sheet and a 供给 (supplies) sheet with Chinese headers, either
 * of which a file may leave out, and in the template a 说明 sheet saying what each column takes. A
 * cell that cannot be read (a number that is no number) is a problem of its row and column.
 */
public final class MarketWorkbook {

  public static final String DEMANDS = "需求";
  public static final String SUPPLIES = "供给";
  static final String NOTES = "说明";

  static final Map<String, String> DEMAND_HEADERS =
      ordered(
          "title", "需求名称",
          "specification", "规格型号",
          "categoryCode", "类别代码",
          "quantity", "数量",
          "unit", "单位",
          "deliveryRegionCode", "交货地区代码",
          "deliveryPlace", "交货地点",
          "deliverBy", "交货日期",
          "budget", "预算（万元）",
          "contact", "联系人及电话",
          "projectCode", "重点项目编号",
          "enterpriseCode", "采购企业统一社会信用代码");

  static final Map<String, String> SUPPLY_HEADERS =
      ordered(
          "enterpriseCode", "企业统一社会信用代码",
          "product", "产品名称",
          "specification", "规格型号",
          "categoryCode", "类别代码",
          "monthlyCapacity", "月产能",
          "unit", "单位",
          "regionCode", "发货地区代码",
          "priceMin", "最低价（元）",
          "priceMax", "最高价（元）",
          "certifications", "认证",
          "availableFrom", "可供货日期");

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private MarketWorkbook() {}

  public record DemandRow(int row, DemandDraft draft) {}

  public record SupplyRow(int row, SupplyDraft draft) {}

  /** What a file holds, and the problems of reading it. */
  public record Parsed(
      List<DemandRow> demands, List<SupplyRow> supplies, List<ImportError> errors) {}

  /** An empty workbook to fill in, with the notes on its columns. */
  public static byte[] template() {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Map.Entry<String, Map<String, String>> sheet :
          List.of(Map.entry(DEMANDS, DEMAND_HEADERS), Map.entry(SUPPLIES, SUPPLY_HEADERS))) {
        Row header = book.createSheet(sheet.getKey()).createRow(0);
        int column = 0;
        for (String title : sheet.getValue().values()) {
          Cell cell = header.createCell(column++);
          cell.setCellValue(title);
          cell.setCellStyle(bold);
        }
      }
      Sheet notes = book.createSheet(NOTES);
      String[] lines = {
        "类别代码 Category: GB/T 4754-2017 行业代码（如 C3311 水泥制造），或 GB/T 50851-2013 工料机代码（2、4 或 8 位数字，如 04 开头为水泥、砖瓦灰砂石及混凝土制品）",
        "数量、月产能 Quantity, monthly capacity: 与“单位”一致；月产能 × 距交货日期的月数须不少于需求数量",
        "地区代码 Region: GB/T 2260 县级代码（如 620102 城关区）；供给须在省内",
        "日期 Dates: 2026-12-31",
        "全部或全不 All or nothing: 任一行有误则整个文件不导入，逐行列出错误"
      };
      for (int i = 0; i < lines.length; i++) {
        notes.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a workbook; a file that is not one is a single problem. */
  public static Parsed read(byte[] content) {
    List<ImportError> errors = new ArrayList<>();
    List<DemandRow> demands = new ArrayList<>();
    List<SupplyRow> supplies = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet demandSheet = book.getSheet(DEMANDS);
      Sheet supplySheet = book.getSheet(SUPPLIES);
      if (demandSheet == null && supplySheet == null) {
        errors.add(
            new ImportError(
                0,
                "file",
                "sheet.missing",
                "文件中没有“需求”或“供给”工作表",
                "the file has neither a 需求 (demands) nor a 供给 (supplies) sheet"));
      }
      if (demandSheet != null) {
        Cells cells = new Cells(DEMANDS, demandSheet, DEMAND_HEADERS, errors);
        for (Row row : cells.rows()) {
          demands.add(
              new DemandRow(
                  row.getRowNum() + 1,
                  new DemandDraft(
                      cells.text(row, "title"),
                      cells.text(row, "specification"),
                      cells.text(row, "categoryCode"),
                      cells.number(row, "quantity"),
                      cells.text(row, "unit"),
                      cells.text(row, "deliveryRegionCode"),
                      cells.text(row, "deliveryPlace"),
                      cells.date(row, "deliverBy"),
                      cells.number(row, "budget"),
                      cells.text(row, "contact"),
                      cells.text(row, "projectCode"),
                      cells.text(row, "enterpriseCode"))));
        }
      }
      if (supplySheet != null) {
        Cells cells = new Cells(SUPPLIES, supplySheet, SUPPLY_HEADERS, errors);
        for (Row row : cells.rows()) {
          supplies.add(
              new SupplyRow(
                  row.getRowNum() + 1,
                  new SupplyDraft(
                      cells.text(row, "enterpriseCode"),
                      cells.text(row, "product"),
                      cells.text(row, "specification"),
                      cells.text(row, "categoryCode"),
                      cells.number(row, "monthlyCapacity"),
                      cells.text(row, "unit"),
                      cells.text(row, "regionCode"),
                      cells.number(row, "priceMin"),
                      cells.number(row, "priceMax"),
                      cells.text(row, "certifications"),
                      cells.date(row, "availableFrom"))));
        }
      }
    } catch (IOException | RuntimeException notAWorkbook) {
      errors.add(
          new ImportError(
              0, "file", "file.unreadable", "文件不是 XLSX 工作簿", "the file is not an XLSX workbook"));
    }
    return new Parsed(demands, supplies, errors);
  }

  /** The name a problem gives a column: the sheet and the header, as the person sees them. */
  public static String column(String sheet, String field) {
    Map<String, String> headers = sheet.equals(DEMANDS) ? DEMAND_HEADERS : SUPPLY_HEADERS;
    return sheet + "!" + headers.getOrDefault(field, field);
  }

  /** The cells of one sheet, by the field each header names. */
  private static final class Cells {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private final String name;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<ImportError> errors;

    Cells(String name, Sheet sheet, Map<String, String> headers, List<ImportError> errors) {
      this.name = name;
      this.sheet = sheet;
      this.errors = errors;
      Row header = sheet.getRow(0);
      Map<String, Integer> byTitle = new HashMap<>();
      if (header != null) {
        header.forEach(
            cell -> byTitle.put(FORMATTER.formatCellValue(cell).strip(), cell.getColumnIndex()));
      }
      headers.forEach(
          (field, title) -> {
            if (byTitle.containsKey(title)) {
              columns.put(field, byTitle.get(title));
            }
          });
      for (String required : List.of("categoryCode", "unit")) {
        if (!columns.containsKey(required)) {
          errors.add(
              new ImportError(
                  1,
                  column(name, required),
                  "header.missing",
                  "“" + name + "”工作表缺少“" + headers.get(required) + "”列",
                  "the " + name + " sheet has no column " + headers.get(required)));
        }
      }
    }

    List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && !blank(row)) {
          rows.add(row);
        }
      }
      return rows;
    }

    private static boolean blank(Row row) {
      for (Cell cell : row) {
        if (!FORMATTER.formatCellValue(cell).isBlank()) {
          return false;
        }
      }
      return true;
    }

    @Nullable String text(Row row, String field) {
      Integer column = columns.get(field);
      Cell cell = column == null ? null : row.getCell(column);
      if (cell == null) {
        return null;
      }
      String text = FORMATTER.formatCellValue(cell).strip();
      return text.isEmpty() ? null : text;
    }

    @Nullable BigDecimal number(Row row, String field) {
      Integer column = columns.get(field);
      Cell cell = column == null ? null : row.getCell(column);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
      }
      String text = text(row, field);
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.replace(",", ""));
      } catch (NumberFormatException notANumber) {
        errors.add(
            new ImportError(
                row.getRowNum() + 1,
                column(name, field),
                "number.invalid",
                "不是数字：" + text,
                "not a number: " + text));
        return null;
      }
    }

    @Nullable LocalDate date(Row row, String field) {
      Integer column = columns.get(field);
      Cell cell = column == null ? null : row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.NUMERIC
          && DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
      }
      String text = text(row, field);
      if (text == null) {
        return null;
      }
      for (String pattern : List.of("yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d")) {
        try {
          return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern));
        } catch (DateTimeParseException next) {
          // the next way of writing a date
        }
      }
      errors.add(
          new ImportError(
              row.getRowNum() + 1,
              column(name, field),
              "date.invalid",
              "不是日期（写作 2026-12-31）：" + text,
              "not a date (write 2026-12-31): " + text));
      return null;
    }
  }
}
