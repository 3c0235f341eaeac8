package dev.longyuan.projects.web;

import dev.longyuan.reporting.ImportError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Numbers and dates as typed in a form: a value that cannot be read is a problem of its field,
 * reported with the checks' problems rather than as a missing value.
 */
final class FormValues {

  private final List<ImportError> problems = new ArrayList<>();

  @Nullable BigDecimal number(String field, @Nullable String text) {
    String t = ProjectFilters.blankless(text);
    if (t == null) {
      return null;
    }
    try {
      return new BigDecimal(t.replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(new ImportError(0, field, "number.invalid", "不是数字：" + t, "not a number: " + t));
      return null;
    }
  }

  @Nullable LocalDate date(String field, @Nullable String text) {
    String t = ProjectFilters.blankless(text);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(
          new ImportError(
              0,
              field,
              "date.invalid",
              "不是日期（写作 2019-03-01）：" + t,
              "not a date (2019-03-01): " + t));
      return null;
    }
  }

  List<ImportError> problems() {
    return problems;
  }

  /** The problems in the language of the page. */
  static List<String> messages(List<ImportError> problems, String language) {
    return problems.stream()
        .map(p -> language.equals("en") ? p.messageEn() : p.messageZh())
        .toList();
  }
}
