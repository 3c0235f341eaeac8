package dev.longyuan.reporting.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.jspecify.annotations.Nullable;

/**
 * The text a person sees in a spreadsheet cell, trimmed, null when empty. Numbers come out as plain
 * decimals without float noise or exponent, as Excel shows them (15 significant digits): 1662.0 is
 * {@code 1662}, 0.1 is {@code 0.1}, and a formula's 0.1+0.2 is {@code 0.3}. A fixed-decimals format
 * such as {@code 0.00} adds the zeros it shows (never rounds), and a percent format gives the
 * percent shown ({@code 5.2%} is {@code 5.2}). Formulas give their cached result.
 */
final class CellText {

  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private CellText() {}

  static @Nullable String of(@Nullable Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> trimmed(cell.getStringCellValue());
      case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }

  /**
   * A period cell: Excel turns a typed {@code 2019-07} into a date, which is given back as {@code
   * 2019-07} (or {@code 2019} for a yearly form); text such as {@code 2019年7月} becomes the SDMX
   * code too.
   */
  static @Nullable String period(@Nullable Cell cell, boolean yearly) {
    if (cell != null && isDate(cell)) {
      LocalDateTime date = cell.getLocalDateTimeCellValue();
      return yearly
          ? String.valueOf(date.getYear())
          : String.format("%d-%02d", date.getYear(), date.getMonthValue());
    }
    String text = of(cell);
    return text == null ? null : ChinesePeriodText.normalise(text);
  }

  private static boolean isDate(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
  }

  static @Nullable String trimmed(@Nullable String text) {
    if (text == null) {
      return null;
    }
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return from == to ? null : text.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
  }

  static String number(double value, @Nullable String format) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal decimal = BigDecimal.valueOf(value).round(EXCEL_DIGITS);
    String fmt = format == null ? "General" : format;
    if (isPercent(fmt)) {
      decimal = decimal.movePointRight(2);
    }
    decimal = decimal.stripTrailingZeros();
    if (decimal.scale() < 0) {
      decimal = decimal.setScale(0);
    }
    int shown = fixedDecimals(fmt);
    if (shown > decimal.scale()) {
      decimal = decimal.setScale(shown);
    }
    return decimal.signum() == 0 && decimal.scale() == 0 ? "0" : decimal.toPlainString();
  }

  private static boolean isPercent(String format) {
    return firstSection(format).indexOf('%') >= 0;
  }

  /** The decimals a plain number format always shows ({@code 0.00} and {@code #,##0.0} …). */
  private static int fixedDecimals(String format) {
    String section = firstSection(format);
    if (section.indexOf('E') >= 0 || section.indexOf('e') >= 0) {
      return 0;
    }
    int dot = section.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int zeros = 0;
    for (int i = dot + 1; i < section.length() && section.charAt(i) == '0'; i++) {
      zeros++;
    }
    return zeros;
  }

  /** The positive-number section of a format, without quoted text and [colour] tags. */
  private static String firstSection(String format) {
    StringBuilder out = new StringBuilder(format.length());
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        bracket = true;
      } else if (!quoted && c == ']') {
        bracket = false;
      } else if (!quoted && !bracket && c == ';') {
        break;
      } else if (!quoted && !bracket && c == '\\') {
        i++;
      } else if (!quoted && !bracket) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
