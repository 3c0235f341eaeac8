package dev.longyuan.reporting.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as people write them on a form — {@code 2019年7月}, {@code 2019年1-2月}, {@code 2019年第三季度},
 * {@code 2019年}, {@code 2019.7}, {@code 2019/07} — turned into the SDMX code. Text that is not one
 * of these is returned unchanged, for the checks to judge.
 */
final class ChinesePeriodText {

  private static final Pattern CODE =
      Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(/02)?|\\d{4}(-Q[1-4])?");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年?(?:度)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:年|\\.|/|-)(\\d{1,2})月?(?:份)?");
  private static final Pattern JAN_FEB =
      Pattern.compile("(\\d{4})年(?:0?1|一)?[-－—–~～至](?:0?2|二)月(?:份)?");
  private static final Pattern QUARTER =
      Pattern.compile("(\\d{4})年?(?:第)?([1-4一二三四])季度?|(\\d{4})-?Q([1-4])");

  private ChinesePeriodText() {}

  static String normalise(String written) {
    String text = written.replace(" ", "").replace("\u3000", "");
    if (CODE.matcher(text).matches()) {
      return text;
    }
    Matcher m = JAN_FEB.matcher(text);
    if (m.matches()) {
      return m.group(1) + "-01/02";
    }
    m = MONTH.matcher(text);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12 ? String.format("%s-%02d", m.group(1), month) : written;
    }
    m = QUARTER.matcher(text);
    if (m.matches()) {
      return m.group(1) != null
          ? m.group(1) + "-Q" + quarter(m.group(2))
          : m.group(3) + "-Q" + m.group(4);
    }
    m = YEAR.matcher(text);
    return m.matches() ? m.group(1) : written;
  }

  private static int quarter(String written) {
    return switch (written) {
      case "一" -> 1;
      case "二" -> 2;
      case "三" -> 3;
      case "四" -> 4;
      default -> Integer.parseInt(written);
    };
  }
}
