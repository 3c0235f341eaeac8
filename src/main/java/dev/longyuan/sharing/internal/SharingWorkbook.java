package dev.longyuan.sharing.internal;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.sharing.ResourceDraft;
import dev.longyuan.sharing.ResourceView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The resources workbook: one sheet “共享资源” with Chinese headers, read for an import and written for
 * an export (the export holds what its reader may see, so a restricted resource's details are blank
 * for a reader without clearance).
 */
public final class SharingWorkbook {

  public static final String SHEET = "共享资源";

  /** Field to header, in column order. */
  static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("kind", "资源种类");
    HEADERS.put("name", "名称");
    HEADERS.put("enterpriseCode", "所属企业统一社会信用代码");
    HEADERS.put("countyCode", "所在县区代码");
    HEADERS.put("specification", "规格参数");
    HEADERS.put("openDays", "开放星期");
    HEADERS.put("openHours", "开放时间");
    HEADERS.put("availableFrom", "开放起始日期");
    HEADERS.put("availableTo", "开放截止日期");
    HEADERS.put("blockedDates", "停用日期");
    HEADERS.put("priceTerms", "价格条款");
    HEADERS.put("contact", "联系方式");
    HEADERS.put("level", "密级");
    HEADERS.put("processCode", "工艺");
    HEADERS.put("monthlyCapacity", "月产能");
    HEADERS.put("capacityUnit", "产能单位");
  }

  private static final DataFormatter FORMATTER = new DataFormatter();

  private SharingWorkbook() {}

  public record DraftRow(int row, ResourceDraft draft) {}

  public record Parsed(List<DraftRow> rows, List<ImportError> errors) {}

  /** The name a problem gives a column: the header the person sees. */
  public static String column(String field) {
    return SHEET + "!" + HEADERS.getOrDefault(field, field);
  }

  public static byte[] template() {
    return write(List.of());
  }

  /** The resources as their reader may see them, one row each. */
  public static byte[] write(List<ResourceView> resources) {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(SHEET);
      Row header = sheet.createRow(0);
      int c = 0;
      for (String title : HEADERS.values()) {
        header.createCell(c++).setCellValue(title);
      }
      int r = 1;
      for (ResourceView v : resources) {
        Row row = sheet.createRow(r++);
        String[] cells = {
          v.kind().nameZh(),
          v.name(),
          v.ownerCode(),
          v.countyCode() == null ? v.cityCode() : v.countyCode(),
          v.specification(),
          v.openDays(),
          v.openHours(),
          v.availableFrom() == null ? null : v.availableFrom().toString(),
          v.availableTo() == null ? null : v.availableTo().toString(),
          v.blockedDates(),
          v.priceTerms(),
          v.contact(),
          v.level().nameZh(),
          v.processCode(),
          v.monthlyCapacity() == null ? null : v.monthlyCapacity().toPlainString(),
          v.capacityUnit()
        };
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] != null) {
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a workbook; a file that is not one, or lacks the sheet, is a single problem. */
  public static Parsed read(byte[] content) {
    List<ImportError> errors = new ArrayList<>();
    List<DraftRow> rows = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheet(SHEET);
      if (sheet == null) {
        errors.add(
            new ImportError(
                0,
                "file",
                "sheet.missing",
                "文件中没有“" + SHEET + "”工作表",
                "the file has no sheet named " + SHEET + " (shared resources)"));
        return new Parsed(rows, errors);
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
      for (String required : List.of("kind", "name", "enterpriseCode", "level")) {
        if (!columns.containsKey(required)) {
          errors.add(
              new ImportError(
                  1,
                  column(required),
                  "header.missing",
                  "工作表缺少“" + HEADERS.get(required) + "”列",
                  "the sheet has no column " + HEADERS.get(required)));
        }
      }
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || blank(row)) {
          continue;
        }
        int n = row.getRowNum() + 1;
        BigDecimal capacity = null;
        String capacityText = text(row, columns, "monthlyCapacity");
        if (capacityText != null) {
          try {
            capacity = new BigDecimal(capacityText.replace(",", ""));
          } catch (NumberFormatException notANumber) {
            errors.add(
                new ImportError(
                    n,
                    column("monthlyCapacity"),
                    "number.invalid",
                    "不是数字：" + capacityText,
                    "not a number: " + capacityText));
          }
        }
        rows.add(
            new DraftRow(
                n,
                new ResourceDraft(
                    text(row, columns, "kind"),
                    text(row, columns, "name"),
                    text(row, columns, "enterpriseCode"),
                    text(row, columns, "countyCode"),
                    text(row, columns, "specification"),
                    text(row, columns, "openDays"),
                    text(row, columns, "openHours"),
                    text(row, columns, "availableFrom"),
                    text(row, columns, "availableTo"),
                    text(row, columns, "blockedDates"),
                    text(row, columns, "priceTerms"),
                    text(row, columns, "contact"),
                    text(row, columns, "level"),
                    text(row, columns, "processCode"),
                    capacity,
                    text(row, columns, "capacityUnit"))));
      }
    } catch (IOException | RuntimeException notAWorkbook) {
      errors.add(
          new ImportError(
              0, "file", "file.unreadable", "文件不是 XLSX 工作簿", "the file is not an XLSX workbook"));
    }
    return new Parsed(rows, errors);
  }

  private static boolean blank(Row row) {
    for (Cell cell : row) {
      if (!FORMATTER.formatCellValue(cell).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A cell as text; a date cell as yyyy-mm-dd. */
  private static @Nullable String text(Row row, Map<String, Integer> columns, String field) {
    Integer column = columns.get(field);
    Cell cell = column == null ? null : row.getCell(column);
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
        && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    String text = FORMATTER.formatCellValue(cell).strip();
    return text.isEmpty() ? null : text;
  }
}
