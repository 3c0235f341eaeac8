package dev.longyuan.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A GB/T 2260 administrative division code: six digits, such as 620100 for Lanzhou. */
public record RegionCode(@JsonValue String value) implements Comparable<RegionCode> {

  private static final Pattern SIX_DIGITS = Pattern.compile("[1-9]\\d{5}");

  public RegionCode {
    if (!SIX_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("not a GB/T 2260 code: " + value);
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  public static boolean isValid(String value) {
    return SIX_DIGITS.matcher(value).matches();
  }

  /** The prefix that selects this region and everything under it: 62, 6201, or a county's code. */
  public String prefix() {
    if (value.endsWith("0000")) {
      return value.substring(0, 2);
    }
    if (value.endsWith("00")) {
      return value.substring(0, 4);
    }
    return value;
  }

  /** A province's, a city's (prefecture's) or a county's code. */
  public boolean isProvince() {
    return value.endsWith("0000");
  }

  public boolean isCity() {
    return !isProvince() && value.endsWith("00");
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
