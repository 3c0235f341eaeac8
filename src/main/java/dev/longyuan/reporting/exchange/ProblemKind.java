package dev.longyuan.reporting.exchange;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The structural problems a reader reports, each with a stable code and both wordings. */
enum ProblemKind {
  FILE_UNREADABLE("file.unreadable", "无法读取文件：%s", "The file cannot be read: %s"),
  FILE_UNKNOWN_FORMAT(
      "file.unknown_format",
      "无法识别文件“%s”的格式：请上传 .csv、.xlsx 或 .json 文件",
      "The format of \"%s\" is not recognised: upload a .csv, .xlsx or .json file"),
  FILE_EMPTY("file.empty", "文件是空的，找不到表头行", "The file is empty: there is no header row"),
  FILE_ENCODING(
      "file.encoding",
      "文件不是 UTF-8 编码，无法解码。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
      "The file is not valid UTF-8. In Excel, save it as \"CSV UTF-8 (Comma delimited)\""),
  CSV_MALFORMED(
      "csv.malformed",
      "CSV 格式错误（引号未闭合或类似问题）：%s",
      "Malformed CSV (an unclosed quote or similar): %s"),
  HEADER_MISSING_COLUMN(
      "header.missing_column", "缺少必需的列“%s”", "The required column \"%s\" is missing"),
  HEADER_UNKNOWN_COLUMN(
      "header.unknown_column", "无法识别的列“%s”；可用的列为：%s", "Unknown column \"%s\"; the columns are: %s"),
  HEADER_DUPLICATE_COLUMN(
      "header.duplicate_column", "列“%s”出现了不止一次", "The column \"%s\" appears more than once"),
  ROW_EXTRA_CELLS(
      "row.extra_cells",
      "这一行有 %d 个单元格，比表头的 %d 列多，多出的内容对应不到任何列",
      "This row has %d cells but the header only %d columns; the extra cells belong to no column"),
  JSON_MALFORMED(
      "json.malformed", "JSON 格式错误（第 %d 行第 %d 列）：%s", "Malformed JSON (line %d, column %d): %s"),
  JSON_NO_VALUES(
      "json.no_values",
      "JSON 应为 {\"values\": [ … ]} 或一个数组",
      "The JSON must be {\"values\": [ … ]} or an array"),
  JSON_NOT_AN_OBJECT(
      "json.not_an_object", "这一项不是对象 { … }，而是%s", "This item is not an object { … } but %s"),
  JSON_UNKNOWN_FIELD(
      "json.unknown_field", "无法识别的字段“%s”；可用的字段为：%s", "Unknown field \"%s\"; the fields are: %s"),
  JSON_WRONG_TYPE(
      "json.wrong_type",
      "字段“%s”应为文字或数字，而不是%s",
      "The field \"%s\" must be a string or a number, not %s"),
  SDMX_WRONG_STRUCTURE(
      "sdmx.wrong_structure",
      "这一行属于“%s %s”，而本系统只接收数据流 dataflow LONGYUAN:DF_INDUSTRY(1.0)",
      "This row is for \"%s %s\"; only the dataflow LONGYUAN:DF_INDUSTRY(1.0) is accepted"),
  SDMX_ACTION_UNSUPPORTED(
      "sdmx.action_unsupported",
      "不支持删除（ACTION=D）：导入只能新增或更新数据，删除数据请在系统中操作",
      "Deletion (ACTION=D) is not supported: an import only adds or updates values; delete values"
          + " in the application"),
  SDMX_ACTION_UNKNOWN(
      "sdmx.action_unknown",
      "ACTION 应为 I、A、R 或 D，而不是“%s”",
      "ACTION must be I, A, R or D, not \"%s\""),
  XLSX_NOT_A_WORKBOOK(
      "xlsx.not_a_workbook",
      "文件不是 Excel 工作簿（.xlsx 或 .xls）",
      "The file is not an Excel workbook (.xlsx or .xls)"),
  XLSX_ENCRYPTED(
      "xlsx.encrypted",
      "工作簿设置了打开密码，请去掉密码后再上传",
      "The workbook is password-protected; remove the password and upload it again"),
  XLSX_NO_DATA_SHEET(
      "xlsx.no_data_sheet",
      "工作簿中既没有“数据”表，也没有可识别的报表（报表的表头应有“代码”列和“本月”或“本年”列）",
      "The workbook has neither a 数据 sheet nor a recognisable form sheet (a form's table header"
          + " has a 代码 column and a 本月 or 本年 column)"),
  FORM_MISSING_FIELD(
      "form.missing_field", "报表表头缺少“%s”一栏", "The form's header block has no \"%s\" field"),
  FORM_BLANK_FIELD(
      "form.blank_field", "报表表头的“%s”未填写（单元格 %s）", "The form's \"%s\" is not filled in (cell %s)");

  private final String code;
  private final String zh;
  private final String en;

  ProblemKind(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  String code() {
    return code;
  }

  FileProblem at(int row, @Nullable String sheet, @Nullable String column, Object... args) {
    return new FileProblem(
        row,
        sheet,
        column,
        code,
        String.format(Locale.ROOT, zh, args),
        String.format(Locale.ROOT, en, args));
  }

  FileProblem whole(Object... args) {
    return at(0, null, null, args);
  }
}
