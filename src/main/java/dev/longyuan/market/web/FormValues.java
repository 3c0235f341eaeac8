package dev.longyuan.market.web;

import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.reporting.ImportError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a market form as typed: a number or date that cannot be read is a problem of its
 * field, reported with the checks' problems rather than as a missing value.
 */
final class FormValues {

  private final Map<String, String> form;
  private final List<ImportError> problems = new ArrayList<>();

  FormValues(Map<String, String> form) {
    this.form = form;
  }

  @Nullable String text(String field) {
    String value = form.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Nullable BigDecimal number(String field) {
    String t = text(field);
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

  @Nullable LocalDate date(String field) {
    String t = text(field);
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
              "不是日期（写作 2026-12-31）：" + t,
              "not a date (2026-12-31): " + t));
      return null;
    }
  }

  DemandDraft demand() {
    return new DemandDraft(
        text("title"),
        text("specification"),
        text("categoryCode"),
        number("quantity"),
        text("unit"),
        text("deliveryRegionCode"),
        text("deliveryPlace"),
        date("deliverBy"),
        number("budget"),
        text("contact"),
        text("projectCode"),
        text("enterpriseCode"));
  }

  SupplyDraft supply() {
    return new SupplyDraft(
        text("enterpriseCode"),
        text("product"),
        text("specification"),
        text("categoryCode"),
        number("monthlyCapacity"),
        text("unit"),
        text("regionCode"),
        number("priceMin"),
        number("priceMax"),
        text("certifications"),
        date("availableFrom"));
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
