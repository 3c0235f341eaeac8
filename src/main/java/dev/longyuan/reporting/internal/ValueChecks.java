package dev.longyuan.reporting.internal;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.DataElement;
import dev.longyuan.reporting.ImportError;
import dev.longyuan.reporting.Measure;
import dev.longyuan.reporting.UnitType;
import dev.longyuan.reporting.ValueRecord;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The checks every row must pass on its own, before anything is written: the element and the unit
 * exist, the period is a real one (1–2月 together), the measure fits the element, the numbers are
 * numbers with no more decimals than the element declares, counts are whole and not negative, and
 * no key appears twice in the file.
 */
public final class ValueChecks {

  /** No statistical figure needs more (a trillion 万元 has 13). */
  static final int MAX_INTEGER_DIGITS = 18;

  static final int MAX_COMMENT = 2000;

  private static final int MAX_NUMBER_TEXT = 64;

  private final Map<String, DataElement> elements;
  private final Set<String> enterprises;
  private final Predicate<String> knownRegion;

  public ValueChecks(
      Map<String, DataElement> elements, Set<String> enterprises, Predicate<String> knownRegion) {
    this.elements = elements;
    this.enterprises = enterprises;
    this.knownRegion = knownRegion;
  }

  /** Every row checked: the good ones as values, every problem of the bad ones as errors. */
  public record Result(List<CheckedValue> values, List<ImportError> errors) {}

  public Result check(List<ValueRow> rows) {
    // each row is checked on its own, on every core; duplicates are then found in file order
    CheckedValue[] good = new CheckedValue[rows.size()];
    List<?>[] bad = new List<?>[rows.size()];
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(
            i -> {
              List<ImportError> found = new ArrayList<>(1);
              Optional<CheckedValue> value = check(rows.get(i), found);
              if (found.isEmpty()) {
                good[i] = value.orElse(null);
              } else {
                bad[i] = found;
              }
            });
    List<CheckedValue> values = new ArrayList<>(rows.size());
    List<ImportError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      if (bad[i] != null) {
        bad[i].forEach(error -> errors.add((ImportError) error));
        continue;
      }
      if (good[i] == null) {
        continue;
      }
      ValueRecord r = good[i].record();
      String key =
          r.dataElement()
              + '|'
              + r.reportingUnit()
              + '|'
              + r.period().code()
              + '|'
              + r.measure().word();
      Integer first = seen.putIfAbsent(key, rows.get(i).row());
      if (first != null) {
        errors.add(
            new ImportError(
                rows.get(i).row(),
                "data_element",
                "key.duplicate",
                "与第 " + first + " 行重复：同一指标、填报单位、报告期和口径只能有一个值",
                "duplicates row " + first + ": one value per element, unit, period and measure"));
      } else {
        values.add(good[i]);
      }
    }
    return new Result(values, errors);
  }

  private Optional<CheckedValue> check(ValueRow row, List<ImportError> errors) {
    int n = row.row();
    DataElement element = null;
    if (blank(row.dataElement())) {
      errors.add(missing(n, "data_element"));
    } else {
      element = elements.get(row.dataElement().strip());
      if (element == null) {
        errors.add(
            new ImportError(
                n,
                "data_element",
                "element.unknown",
                "没有代码为“" + row.dataElement() + "”的统计指标",
                "no data element with the code \"" + row.dataElement() + "\""));
      }
    }
    UnitType unitType = unitType(row, errors);
    Period period = period(row, element, errors);
    Measure measure = measure(row, element, period, errors);
    BigDecimal value = number(n, "value", row.value(), element, true, errors);
    BigDecimal previous =
        number(n, "previous_year_value", row.previousYearValue(), element, false, errors);
    if (element != null && unitType != null && !element.reportableBy(unitType)) {
      errors.add(
          new ImportError(
              n,
              "reporting_unit",
              "element.not_for_unit",
              "指标 "
                  + element.code()
                  + " 由"
                  + (unitType == UnitType.REGION ? "企业" : "地区")
                  + "报送，不能由此单位报送",
              "element " + element.code() + " is not reported by " + unitType.word() + "s"));
      return Optional.empty();
    }
    if (element == null || unitType == null || period == null || measure == null || value == null) {
      return Optional.empty();
    }
    String comment = blank(row.comment()) ? null : row.comment().strip();
    if (comment != null && comment.length() > MAX_COMMENT) {
      errors.add(
          new ImportError(
              n,
              "comment",
              "comment.too_long",
              "备注超过 " + MAX_COMMENT + " 个字符",
              "the comment is longer than " + MAX_COMMENT + " characters"));
      return Optional.empty();
    }
    return Optional.of(
        new CheckedValue(
            n,
            new ValueRecord(
                element.code(),
                row.reportingUnit().strip(),
                period,
                measure,
                value,
                previous,
                comment),
            unitType));
  }

  private @Nullable UnitType unitType(ValueRow row, List<ImportError> errors) {
    int n = row.row();
    if (blank(row.reportingUnit())) {
      errors.add(missing(n, "reporting_unit"));
      return null;
    }
    String unit = row.reportingUnit().strip();
    if (unit.matches("\\d{6}")) {
      if (knownRegion.test(unit)) {
        return UnitType.REGION;
      }
      errors.add(
          new ImportError(
              n,
              "reporting_unit",
              "unit.unknown_region",
              "没有代码为 " + unit + " 的行政区划",
              "no region with the code " + unit));
      return null;
    }
    Optional<String> problemEn = CreditCode.problemEn(unit);
    if (problemEn.isPresent()) {
      errors.add(
          new ImportError(
              n,
              "reporting_unit",
              "unit.invalid_credit_code",
              "“" + unit + "”不是有效的统一社会信用代码：" + CreditCode.problemZh(unit).orElseThrow(),
              "\"" + unit + "\" is not a valid unified social credit code: " + problemEn.get()));
      return null;
    }
    if (!enterprises.contains(unit)) {
      errors.add(
          new ImportError(
              n,
              "reporting_unit",
              "unit.unknown_enterprise",
              "企业名录中没有统一社会信用代码为 " + unit + " 的企业",
              "no enterprise with the credit code " + unit + " in the registry"));
      return null;
    }
    return UnitType.ENTERPRISE;
  }

  private static @Nullable Period period(
      ValueRow row, @Nullable DataElement element, List<ImportError> errors) {
    int n = row.row();
    if (blank(row.period())) {
      errors.add(missing(n, "period"));
      return null;
    }
    Optional<Period> parsed = Period.tryParse(row.period());
    if (parsed.isEmpty()) {
      errors.add(
          new ImportError(
              n,
              "period",
              "period.invalid",
              "“" + row.period() + "”" + Period.reasonZh(row.period()),
              "\"" + row.period() + "\": " + Period.reasonEn(row.period())));
      return null;
    }
    Period period = parsed.get();
    if (element != null && element.isYearly() && period.frequency() != Period.Frequency.YEAR) {
      errors.add(
          new ImportError(
              n,
              "period",
              "period.too_fine",
              "指标 " + element.code() + " 按年报送，报告期应为年份（如 2019）",
              "element "
                  + element.code()
                  + " is reported yearly: the period is a year such as 2019"));
      return null;
    }
    return period;
  }

  private static @Nullable Measure measure(
      ValueRow row,
      @Nullable DataElement element,
      @Nullable Period period,
      List<ImportError> errors) {
    int n = row.row();
    if (blank(row.measure())) {
      errors.add(missing(n, "measure"));
      return null;
    }
    Optional<Measure> parsed = Measure.fromWord(row.measure());
    if (parsed.isEmpty()) {
      errors.add(
          new ImportError(
              n,
              "measure",
              "measure.invalid",
              "口径“" + row.measure() + "”应为 current（当月）或 ytd（累计）",
              "measure \"" + row.measure() + "\" is neither current nor ytd"));
      return null;
    }
    Measure measure = parsed.get();
    if (element != null
        && !element.isStock()
        && period != null
        && period.frequency() == Period.Frequency.YEAR
        && measure != Measure.YTD) {
      errors.add(
          new ImportError(
              n,
              "measure",
              "measure.year_is_ytd",
              "全年数据的口径应为 ytd（累计）",
              "a whole year of a flow is reported as ytd"));
      return null;
    }
    return measure;
  }

  private static @Nullable BigDecimal number(
      int n,
      String column,
      @Nullable String text,
      @Nullable DataElement element,
      boolean required,
      List<ImportError> errors) {
    if (blank(text)) {
      if (required) {
        errors.add(missing(n, column));
      }
      return null;
    }
    if (text.strip().length() > MAX_NUMBER_TEXT) {
      // parsing a number hundreds of thousands of digits long costs seconds; none is that long
      errors.add(tooLarge(n, column));
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      errors.add(
          new ImportError(
              n,
              column,
              "value.not_a_number",
              "“" + text + "”不是数字",
              "\"" + text + "\" is not a number"));
      return null;
    }
    if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
      errors.add(tooLarge(n, column));
      return null;
    }
    if (element == null) {
      return number;
    }
    if (element.isCount() && (number.signum() < 0 || number.stripTrailingZeros().scale() > 0)) {
      errors.add(
          new ImportError(
              n,
              column,
              "value.count",
              element.nameZh() + "是个数，应为不小于 0 的整数，而不是 " + text,
              element.nameEn() + " is a count: a whole number of at least 0, not " + text));
      return null;
    }
    if (number.stripTrailingZeros().scale() > element.precision()) {
      errors.add(
          new ImportError(
              n,
              column,
              "value.precision",
              element.nameZh() + "最多保留 " + element.precision() + " 位小数，" + text + " 超出",
              element.nameEn()
                  + " has at most "
                  + element.precision()
                  + " decimals; "
                  + text
                  + " has more"));
      return null;
    }
    return number;
  }

  private static ImportError tooLarge(int row, String column) {
    return new ImportError(
        row,
        column,
        "value.too_large",
        "数值的整数部分超过 " + MAX_INTEGER_DIGITS + " 位，不是可信的统计数据",
        "the number has more than "
            + MAX_INTEGER_DIGITS
            + " digits before the point: not a plausible figure");
  }

  private static ImportError missing(int row, String column) {
    return new ImportError(
        row, column, "value.missing", "缺少“" + column + "”", column + " is missing");
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
