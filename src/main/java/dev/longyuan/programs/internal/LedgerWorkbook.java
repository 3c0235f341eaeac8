package dev.longyuan.programs.internal;

import dev.longyuan.programs.CapacityProduct;
import dev.longyuan.programs.NewCapacity;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programme;
import dev.longyuan.reporting.ImportError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The import templates (Chinese headers, one sheet of records and one of codes) and their reading:
 * a workbook holds one kind of record, told by its sheet's name — 认定 (recognitions), 产能
 * (capacities) or 退出 (withdrawals). Cells that cannot be read are errors of their row; rows
 * entirely blank are passed over.
 */
public final class LedgerWorkbook {

  /** The three kinds of file, with their sheet's name and headers. */
  public enum Kind {
    RECOGNITIONS(
        "认定", "项目代码", "企业统一社会信用代码", "开发区代码", "园区名称", "园区行政区划代码", "级别", "认定年份", "撤销年份", "文号"),
    CAPACITIES("产能", "产品代码", "企业统一社会信用代码", "产能", "截至日期", "文号"),
    WITHDRAWALS("退出", "产品代码", "企业统一社会信用代码", "退出日期", "退出产能", "文号");

    private final String sheet;
    private final List<String> headers;

    Kind(String sheet, String... headers) {
      this.sheet = sheet;
      this.headers = List.of(headers);
    }

    public String sheet() {
      return sheet;
    }

    public List<String> headers() {
      return headers;
    }

    public String word() {
      return name().toLowerCase();
    }

    public static Optional<Kind> fromWord(String word) {
      return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
    }
  }

  /** What a file held: its kind, the rows read and the cells that could not be read. */
  public record Read(
      @Nullable Kind kind,
      List<Numbered<NewRecognition>> recognitions,
      List<Numbered<NewCapacity>> capacities,
      List<Numbered<NewWithdrawal>> withdrawals,
      List<ImportError> errors) {}

  private LedgerWorkbook() {}

  /** The template of a kind, with the codes it may use on a second sheet. */
  public static byte[] template(
      Kind kind, List<Programme> programmes, List<CapacityProduct> products) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(kind.sheet());
      Row header = sheet.createRow(0);
      for (int i = 0; i < kind.headers().size(); i++) {
        header.createCell(i).setCellValue(kind.headers().get(i));
        sheet.setColumnWidth(i, 20 * 256);
      }
      Sheet codes = workbook.createSheet("代码说明");
      int r = 0;
      if (kind == Kind.RECOGNITIONS) {
        row(codes, r++, "项目代码", "项目名称", "认定对象", "级别");
        for (Programme p : programmes) {
          row(
              codes,
              r++,
              p.code(),
              p.nameZh(),
              p.holderKind() == Programme.HolderKind.ENTERPRISE ? "企业" : "开发区或园区",
              String.join("/", p.levels()) + "（国家级/省级）");
        }
        row(codes, r++);
        row(codes, r, "认定年份、撤销年份填四位年份；撤销年份末即不再有效；企业填统一社会信用代码，园区填规划的开发区代码或园区名称及行政区划代码");
      } else {
        row(codes, r++, "产品代码", "产品", "单位");
        for (CapacityProduct p : products) {
          row(codes, r++, p.code(), p.nameZh(), p.unit());
        }
        row(codes, r++);
        row(codes, r, "日期写作 2017-05-31；产能、退出产能按上表单位");
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  public static Read read(byte[] file) {
    List<ImportError> errors = new ArrayList<>();
    List<Numbered<NewRecognition>> recognitions = new ArrayList<>();
    List<Numbered<NewCapacity>> capacities = new ArrayList<>();
    List<Numbered<NewWithdrawal>> withdrawals = new ArrayList<>();
    Workbook workbook;
    try {
      InputStream checked = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file));
      if (FileMagic.valueOf(checked) != FileMagic.OOXML) {
        return refused("file.not_xlsx", "文件不是 XLSX 工作簿", "the file is not an XLSX workbook");
      }
      workbook = WorkbookFactory.create(checked);
    } catch (EncryptedDocumentException e) {
      return refused("file.encrypted", "工作簿已加密，无法读取", "the workbook is encrypted");
    } catch (IOException | RuntimeException e) {
      return refused("file.unreadable", "无法读取工作簿", "the workbook cannot be read");
    }
    try (workbook) {
      Kind kind = null;
      Sheet sheet = null;
      for (Kind k : Kind.values()) {
        if (workbook.getSheet(k.sheet()) != null) {
          kind = k;
          sheet = workbook.getSheet(k.sheet());
          break;
        }
      }
      if (kind == null) {
        return refused(
            "file.no_sheet",
            "工作簿中没有“认定”“产能”或“退出”工作表，请使用下载的模板",
            "the workbook has no sheet 认定, 产能 or 退出: use a downloaded template");
      }
      Row header = sheet.getRow(0);
      for (int i = 0; i < kind.headers().size(); i++) {
        String found = header == null ? "" : text(header.getCell(i));
        if (!found.equals(kind.headers().get(i))) {
          errors.add(
              new ImportError(
                  1,
                  kind.headers().get(i),
                  "file.header",
                  "第 " + (i + 1) + " 列的表头应为“" + kind.headers().get(i) + "”，而不是“" + found + "”",
                  "column "
                      + (i + 1)
                      + " should be headed \""
                      + kind.headers().get(i)
                      + "\", not \""
                      + found
                      + "\""));
        }
      }
      if (!errors.isEmpty()) {
        return new Read(kind, recognitions, capacities, withdrawals, errors);
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || blank(row, kind.headers().size())) {
          continue;
        }
        Cells cells = new Cells(row, kind, errors);
        int number = r + 1;
        int before = errors.size();
        switch (kind) {
          case RECOGNITIONS -> {
            NewRecognition recognition =
                new NewRecognition(
                    cells.text(0),
                    cells.text(1),
                    cells.text(2),
                    cells.text(3),
                    cells.text(4),
                    level(cells.text(5)),
                    cells.year(6, true),
                    cells.year(7, false) == 0 ? null : cells.year(7, false),
                    cells.text(8));
            if (errors.size() == before) {
              recognitions.add(new Numbered<>(number, recognition));
            }
          }
          case CAPACITIES -> {
            NewCapacity capacity =
                new NewCapacity(
                    cells.text(0), cells.text(1), cells.number(2), cells.date(3), cells.text(4));
            if (errors.size() == before) {
              capacities.add(new Numbered<>(number, capacity));
            }
          }
          case WITHDRAWALS -> {
            NewWithdrawal withdrawal =
                new NewWithdrawal(
                    cells.text(0), cells.text(1), cells.date(2), cells.number(3), cells.text(4));
            if (errors.size() == before) {
              withdrawals.add(new Numbered<>(number, withdrawal));
            }
          }
        }
      }
      return new Read(kind, recognitions, capacities, withdrawals, errors);
    } catch (IOException e) {
      return refused("file.unreadable", "无法读取工作簿", "the workbook cannot be read");
    }
  }

  /** 国家级 and 省级 as the levels' words. */
  static String level(String text) {
    return switch (text) {
      case "国家级", "国家" -> "national";
      case "省级", "省" -> "provincial";
      default -> text;
    };
  }

  private static Read refused(String code, String zh, String en) {
    return new Read(
        null, List.of(), List.of(), List.of(), List.of(new ImportError(0, "", code, zh, en)));
  }

  private static boolean blank(Row row, int columns) {
    for (int i = 0; i < columns; i++) {
      if (!text(row.getCell(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static final DataFormatter FORMATTER = new DataFormatter();

  static String text(@Nullable Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      return new BigDecimal(String.valueOf(cell.getNumericCellValue()))
          .stripTrailingZeros()
          .toPlainString();
    }
    return FORMATTER.formatCellValue(cell).strip();
  }

  /** One row's cells, read as the column needs, each failure an error of the row. */
  private record Cells(Row row, Kind kind, List<ImportError> errors) {

    String text(int column) {
      String text = LedgerWorkbook.text(row.getCell(column));
      if (text.length() > 200) {
        error(column, "cell.too_long", "内容超过 200 个字符", "more than 200 characters");
        return "";
      }
      return text;
    }

    int year(int column, boolean required) {
      String text = text(column);
      if (text.isEmpty()) {
        if (required) {
          error(column, "cell.missing", "未填写", "empty");
        }
        return 0;
      }
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        error(column, "year.invalid", "“" + text + "”不是年份", "\"" + text + "\" is not a year");
        return 0;
      }
    }

    BigDecimal number(int column) {
      String text = text(column);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        error(column, "number.invalid", "“" + text + "”不是数值", "\"" + text + "\" is not a number");
        return BigDecimal.ZERO;
      }
    }

    LocalDate date(int column) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.NUMERIC
          && DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
      }
      String text = text(column);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        error(
            column,
            "date.invalid",
            "“" + text + "”不是日期（应写作 2017-05-31）",
            "\"" + text + "\" is not a date (write 2017-05-31)");
        return LocalDate.of(2000, 1, 1);
      }
    }

    private void error(int column, String code, String zh, String en) {
      errors.add(
          new ImportError(
              row.getRowNum() + 1,
              kind.headers().get(column),
              code,
              kind.headers().get(column) + "：" + zh,
              kind.headers().get(column) + ": " + en));
    }
  }
}
