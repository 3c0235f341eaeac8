package dev.longyuan.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from the 31-character
 * set 0-9 and A-Y without I, O, S, V and Z, the last being a check character computed over the
 * first 17 with the weights 3^i mod 31.
 */
public record CreditCode(@JsonValue String value) {

  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public CreditCode {
    Optional<String> problem = problemEn(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  public static CreditCode of(String value) {
    return new CreditCode(value);
  }

  public static boolean isValid(String value) {
    return problemEn(value).isEmpty();
  }

  /** Completes 17 characters with their check character. */
  public static CreditCode withCheckCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("17 characters expected: " + first17);
    }
    return new CreditCode(first17 + checkCharacter(first17));
  }

  /** The six-digit administrative division code the issuing authority sits in (characters 3–8). */
  public String registrationRegion() {
    return value.substring(2, 8);
  }

  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int index = CHARSET.indexOf(first17.charAt(i));
      if (index < 0) {
        throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
      }
      sum += index * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CHARSET.charAt(check);
  }

  /** Why a text is not a valid credit code, in English; empty when it is one. */
  public static Optional<String> problemEn(String value) {
    if (value.length() != 18) {
      return Optional.of("a unified social credit code has 18 characters, not " + value.length());
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(value.charAt(i)) < 0) {
        return Optional.of(
            "character " + (i + 1) + " '" + value.charAt(i) + "' is not allowed in a credit code");
      }
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      return Optional.of(
          "the check character is " + value.charAt(17) + " but GB 32100-2015 gives " + expected);
    }
    return Optional.empty();
  }

  /** Why a text is not a valid credit code, in Chinese; empty when it is one. */
  public static Optional<String> problemZh(String value) {
    if (value.length() != 18) {
      return Optional.of("统一社会信用代码应为 18 位，此处为 " + value.length() + " 位");
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(value.charAt(i)) < 0) {
        return Optional.of("第 " + (i + 1) + " 位字符“" + value.charAt(i) + "”不允许出现在统一社会信用代码中");
      }
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      return Optional.of("校验码为 " + value.charAt(17) + "，按 GB 32100-2015 应为 " + expected);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
