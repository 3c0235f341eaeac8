package dev.longyuan.projects.internal;

import dev.longyuan.projects.MilestoneDraft;
import dev.longyuan.projects.ProjectDraft;
import dev.longyuan.projects.ReportDraft;
import dev.longyuan.reporting.ImportError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The projects workbook: four sheets with Chinese headers — 项目 (projects), 年度计划 (investment planned
 * per year), 里程碑 (milestones) and 月度进展 (monthly progress) — any of which a file may leave out, and
 * a 代码表 sheet in the template listing the plan's codes. Reading turns each row into a draft; a cell
 * that cannot be read (a date that is no date) is a problem of its row and field.
 */
public final class ProjectWorkbook {

  public static final String PROJECTS = "项目";
  public static final String YEAR_PLANS = "年度计划";
  public static final String MILESTONES = "里程碑";
  public static final String REPORTS = "月度进展";
  static final String CODES = "代码表";

  /** Each sheet's columns: the field a check names, and the header the sheet shows. */
  public static final Map<String, Map<String, String>> HEADERS =
      Map.of(
          PROJECTS,
          ordered(
              "code", "项目编号",
              "name", "项目名称",
              "ownerCreditCode", "业主单位统一社会信用代码",
              "ownerName", "业主单位名称",
              "regionCode", "所在县区代码",
              "sector", "规划行业代码",
              "industryCode", "国民经济行业代码",
              "chain", "产业链代码",
              "base", "产业基地代码",
              "zone", "开发区代码",
              "totalInvestment", "总投资（万元）",
              "startDate", "开工日期",
              "plannedFinish", "计划竣工日期",
              "status", "状态"),
          YEAR_PLANS,
          ordered("code", "项目编号", "year", "年度", "planned", "计划投资（万元）"),
          MILESTONES,
          ordered("code", "项目编号", "name", "里程碑", "dueDate", "计划完成日期", "doneDate", "实际完成日期"),
          REPORTS,
          ordered("code", "项目编号", "period", "月份", "invested", "当月完成投资（万元）", "narrative", "进展情况"));

  static final List<String> SHEETS = List.of(PROJECTS, YEAR_PLANS, MILESTONES, REPORTS);

  public record ProjectRow(int row, ProjectDraft draft) {}

  public record YearPlanRow(
      int row, @Nullable String code, @Nullable Integer year, @Nullable BigDecimal planned) {}

  public record MilestoneRow(int row, @Nullable String code, MilestoneDraft draft) {}

  public record ReportRow(int row, @Nullable String code, ReportDraft draft) {}

  /** What a file holds, and the problems of reading it (which refuse it as the checks' do). */
  public record Parsed(
      List<ProjectRow> projects,
      List<YearPlanRow> yearPlans,
      List<MilestoneRow> milestones,
      List<ReportRow> reports,
      List<ImportError> errors) {

    /** Whether reading already found a problem in this row and field of the sheet. */
    public boolean unreadable(String sheet, int row, String field) {
      String column = column(sheet, field);
      return errors.stream().anyMatch(e -> e.row() == row && e.column().equals(column));
    }
  }

  private ProjectWorkbook() {}

  /** The error's column as a person finds it in the file: the sheet and the header. */
  public static String column(String sheet, String field) {
    return sheet + "/" + HEADERS.get(sheet).getOrDefault(field, field);
  }

  public static Parsed read(byte[] bytes) {
    List<ImportError> errors = new ArrayList<>();
    List<ProjectRow> projects = new ArrayList<>();
    List<YearPlanRow> yearPlans = new ArrayList<>();
    List<MilestoneRow> milestones = new ArrayList<>();
    List<ReportRow> reports = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      boolean any = false;
      for (String name : SHEETS) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
          continue;
        }
        any = true;
        Reader reader = new Reader(name, sheet, errors);
        if (!reader.headerComplete()) {
          continue;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row == null || reader.blank(row)) {
            continue;
          }
          int n = r + 1;
          switch (name) {
            case PROJECTS ->
                projects.add(
                    new ProjectRow(
                        n,
                        new ProjectDraft(
                            reader.text(row, "code"),
                            null,
                            reader.text(row, "name"),
                            reader.text(row, "ownerCreditCode"),
                            reader.text(row, "ownerName"),
                            reader.text(row, "regionCode"),
                            reader.text(row, "sector"),
                            reader.text(row, "industryCode"),
                            reader.text(row, "chain"),
                            reader.text(row, "base"),
                            reader.text(row, "zone"),
                            reader.number(row, "totalInvestment"),
                            reader.date(row, "startDate"),
                            reader.date(row, "plannedFinish"),
                            reader.text(row, "status"),
                            null)));
            case YEAR_PLANS -> {
              BigDecimal year = reader.number(row, "year");
              Integer whole = null;
              if (year != null) {
                try {
                  whole = year.intValueExact();
                } catch (ArithmeticException notWhole) {
                  errors.add(
                      reader.problem(
                          n, "year", "year.invalid", "年度须为整数", "the year must be whole"));
                }
              }
              yearPlans.add(
                  new YearPlanRow(
                      n, reader.text(row, "code"), whole, reader.number(row, "planned")));
            }
            case MILESTONES ->
                milestones.add(
                    new MilestoneRow(
                        n,
                        reader.text(row, "code"),
                        new MilestoneDraft(
                            reader.text(row, "name"),
                            reader.date(row, "dueDate"),
                            reader.date(row, "doneDate"))));
            default ->
                reports.add(
                    new ReportRow(
                        n,
                        reader.text(row, "code"),
                        new ReportDraft(
                            reader.month(row, "period"),
                            reader.number(row, "invested"),
                            reader.text(row, "narrative"),
                            List.of())));
          }
        }
      }
      if (!any) {
        errors.add(
            new ImportError(
                0,
                "",
                "sheet.missing",
                "文件中没有 项目、年度计划、里程碑 或 月度进展 工作表",
                "the file has none of the sheets 项目, 年度计划, 里程碑, 月度进展"));
      }
    } catch (IOException | RuntimeException e) {
      errors.add(
          new ImportError(
              0,
              "",
              "xlsx.unreadable",
              "无法读取 XLSX 文件：" + e.getMessage(),
              "the XLSX file cannot be read: " + e.getMessage()));
    }
    return new Parsed(projects, yearPlans, milestones, reports, errors);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Reads one sheet's cells by the field their header stands for. */
  private static final class Reader {

    private static final DataFormatter FORMATTER = new DataFormatter();
    private final String sheet;
    private final List<ImportError> errors;
    private final Map<String, Integer> columns = new HashMap<>();
    private final boolean complete;

    Reader(String sheet, Sheet rows, List<ImportError> errors) {
      this.sheet = sheet;
      this.errors = errors;
      Row header = rows.getRow(0);
      Map<String, String> fieldByHeader = new HashMap<>();
      HEADERS.get(sheet).forEach((field, text) -> fieldByHeader.put(text, field));
      if (header != null) {
        for (Cell cell : header) {
          String text = FORMATTER.formatCellValue(cell).strip();
          if (fieldByHeader.containsKey(text)) {
            columns.put(fieldByHeader.get(text), cell.getColumnIndex());
          }
        }
      }
      List<String> missing =
          HEADERS.get(sheet).entrySet().stream()
              .filter(e -> !columns.containsKey(e.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      if (!missing.isEmpty()) {
        errors.add(
            new ImportError(
                1,
                sheet,
                "header.missing_column",
                "工作表 " + sheet + " 缺少列：" + String.join("、", missing),
                "the sheet " + sheet + " lacks the columns: " + String.join(", ", missing)));
      }
      this.complete = missing.isEmpty();
    }

    boolean headerComplete() {
      return complete;
    }

    boolean blank(Row row) {
      return columns.keySet().stream().allMatch(field -> text(row, field) == null);
    }

    ImportError problem(int row, String field, String code, String zh, String en) {
      return new ImportError(row, column(sheet, field), code, zh, en);
    }

    @Nullable String text(Row row, String field) {
      Cell cell = row.getCell(columns.get(field));
      if (cell == null) {
        return null;
      }
      String text =
          cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
              ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
              : FORMATTER.formatCellValue(cell);
      text = text.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
      return text.isEmpty() ? null : text;
    }

    @Nullable BigDecimal number(Row row, String field) {
      String text = text(row, field);
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add(
            problem(
                row.getRowNum() + 1,
                field,
                "number.invalid",
                "不是数字：" + text,
                "not a number: " + text));
        return null;
      }
    }

    @Nullable LocalDate date(Row row, String field) {
      Cell cell = row.getCell(columns.get(field));
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
          problem(
              row.getRowNum() + 1,
              field,
              "date.invalid",
              "不是日期（写作 2019-03-01）：" + text,
              "not a date (write 2019-03-01): " + text));
      return null;
    }

    /** A month as {@code YYYY-MM}: Excel turns a typed 2019-07 into a date, given back here. */
    @Nullable String month(Row row, String field) {
      Cell cell = row.getCell(columns.get(field));
      if (cell != null
          && cell.getCellType() == CellType.NUMERIC
          && DateUtil.isCellDateFormatted(cell)) {
        LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
        return String.format("%d-%02d", date.getYear(), date.getMonthValue());
      }
      String text = text(row, field);
      if (text == null) {
        return null;
      }
      var chinese = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月").matcher(text);
      return chinese.matches()
          ? String.format("%s-%02d", chinese.group(1), Integer.parseInt(chinese.group(2)))
          : text;
    }
  }
}
