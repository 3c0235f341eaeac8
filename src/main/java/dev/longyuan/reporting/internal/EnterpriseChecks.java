package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks rows of the enterprise registry (credit code, name, region, industry, size, ownership and
 * the years it was above designated size) before any is stored: all or nothing, every bad row
 * named.
 */
public final class EnterpriseChecks {

  /** Industrial enterprises fall in mining (B), manufacturing (C) or utilities (D). */
  private static final Pattern INDUSTRIAL =
      Pattern.compile("B(0[6-9]|1[0-2])\\d{0,2}|C(1[3-9]|[23]\\d|4[0-3])\\d{0,2}|D4[4-6]\\d{0,2}");

  private final Set<String> regions;

  public EnterpriseChecks(Set<String> regions) {
    this.regions = regions;
  }

  /** A registry row as read: every field as text. */
  public record EnterpriseRow(
      int row,
      @Nullable String creditCode,
      @Nullable String name,
      @Nullable String regionCode,
      @Nullable String industryCode,
      @Nullable String sizeClass,
      @Nullable String ownership,
      @Nullable String aboveScaleYears) {}

  /** The rows that passed as enterprises and panel years; every problem of the others as errors. */
  public record Result(
      List<Enterprise> enterprises, List<PanelMembership> panel, List<ImportError> errors) {}

  public Result check(List<EnterpriseRow> rows) {
    List<Enterprise> enterprises = new ArrayList<>();
    List<PanelMembership> panel = new ArrayList<>();
    List<ImportError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (EnterpriseRow r : rows) {
      int before = errors.size();
      String code = text(r.creditCode());
      if (code.isEmpty()) {
        errors.add(
            error(
                r.row(),
                "credit_code",
                "value.missing",
                "缺少统一社会信用代码",
                "the credit code is missing"));
      } else if (!CreditCode.isValid(code)) {
        errors.add(
            error(
                r.row(),
                "credit_code",
                "unit.invalid_credit_code",
                "“" + code + "”不是有效的统一社会信用代码：" + CreditCode.problemZh(code).orElseThrow(),
                "\""
                    + code
                    + "\" is not a valid unified social credit code: "
                    + CreditCode.problemEn(code).orElseThrow()));
      } else if (seen.putIfAbsent(code, r.row()) != null) {
        errors.add(
            error(
                r.row(),
                "credit_code",
                "key.duplicate",
                "与第 " + seen.get(code) + " 行重复",
                "duplicates row " + seen.get(code)));
      }
      String name = text(r.name());
      if (name.isEmpty() || name.length() > 200) {
        errors.add(
            error(
                r.row(),
                "name",
                "name.invalid",
                "单位名称应为 1—200 个字符",
                "the name must have 1 to 200 characters"));
      }
      String region = text(r.regionCode());
      if (!regions.contains(region)) {
        errors.add(
            error(
                r.row(),
                "region_code",
                "unit.unknown_region",
                "没有代码为“" + region + "”的行政区划",
                "no region with the code \"" + region + "\""));
      }
      String industry = text(r.industryCode());
      if (!IndustryCode.isValid(industry) || !INDUSTRIAL.matcher(industry).matches()) {
        errors.add(
            error(
                r.row(),
                "industry_code",
                "industry.invalid",
                "“" + industry + "”不是采矿业、制造业或电力燃气水供应业的 GB/T 4754-2017 代码（如 C3011）",
                "\""
                    + industry
                    + "\" is not a GB/T 4754-2017 code of mining, manufacturing or utilities (such as C3011)"));
      }
      var size = SizeClass.fromWord(text(r.sizeClass()));
      if (size.isEmpty()) {
        errors.add(
            error(
                r.row(),
                "size_class",
                "size.invalid",
                "规模应为 large、medium、small 或 micro",
                "the size class is large, medium, small or micro"));
      }
      String ownership = text(r.ownership());
      if (ownership.isEmpty()) {
        errors.add(
            error(r.row(), "ownership", "value.missing", "缺少登记注册类型", "the ownership is missing"));
      }
      List<Integer> years = new ArrayList<>();
      for (String year : text(r.aboveScaleYears()).split("[;\\s]+")) {
        if (year.isEmpty()) {
          continue;
        }
        if (!year.matches("(19[5-9]\\d|20\\d\\d)")) {
          errors.add(
              error(
                  r.row(),
                  "above_scale_years",
                  "year.invalid",
                  "“" + year + "”不是年份",
                  "\"" + year + "\" is not a year"));
        } else {
          years.add(Integer.parseInt(year));
        }
      }
      if (errors.size() == before) {
        CreditCode credit = CreditCode.of(code);
        enterprises.add(
            new Enterprise(
                credit,
                name,
                RegionCode.of(region),
                IndustryCode.of(industry),
                size.get(),
                ownership,
                false));
        years.forEach(y -> panel.add(new PanelMembership(credit, y, true)));
      }
    }
    return new Result(enterprises, panel, errors);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private static ImportError error(int row, String column, String code, String zh, String en) {
    return new ImportError(row, column, code, zh, en);
  }
}
