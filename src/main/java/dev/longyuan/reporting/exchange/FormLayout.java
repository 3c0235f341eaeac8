package dev.longyuan.reporting.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A form (data set) as its sheet lays it out: code, Chinese name, how often it is reported, and its
 * data elements in order. Built by the caller from the data_set tables.
 */
public record FormLayout(String code, String nameZh, Frequency frequency, List<FormLine> lines) {

  /** How often a form is reported: monthly forms have 当月 and 累计, yearly ones 本年 only. */
  public enum Frequency {
    MONTH,
    YEAR;

    /** {@code month} or {@code year}, as the data_set table writes it. */
    public static Optional<Frequency> fromWord(String word) {
      return switch (word.strip().toLowerCase(Locale.ROOT)) {
        case "month" -> Optional.of(MONTH);
        case "year" -> Optional.of(YEAR);
        default -> Optional.empty();
      };
    }
  }

  public FormLayout {
    lines = List.copyOf(lines);
  }

  /**
   * The sheet name: the form code first, so the sheet can be recognised, then the Chinese name, cut
   * to Excel's 31 characters and cleared of characters sheet names may not hold.
   */
  public String sheetName() {
    return WorkbookUtil.createSafeSheetName(code + " " + nameZh);
  }
}
