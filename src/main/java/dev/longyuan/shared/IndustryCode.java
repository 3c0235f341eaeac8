package dev.longyuan.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A GB/T 4754-2017 industry code in its written form: the section letter alone (C), or the letter
 * followed by a division (C25), group (C251) or class (C2511).
 */
public record IndustryCode(@JsonValue String value) {

  private static final Pattern WRITTEN_FORM = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");

  public IndustryCode {
    if (!WRITTEN_FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a GB/T 4754-2017 code: " + value);
    }
  }

  public static IndustryCode of(String value) {
    return new IndustryCode(value);
  }

  public static boolean isValid(String value) {
    return WRITTEN_FORM.matcher(value).matches();
  }

  /** 门类, 大类, 中类 or 小类. */
  public String level() {
    return switch (value.length()) {
      case 1 -> "section";
      case 3 -> "division";
      case 4 -> "group";
      default -> "class";
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
