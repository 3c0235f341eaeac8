package dev.longyuan.accounts;

/**
 * At least ten characters from at least three of the four classes (lower case, upper case, digits,
 * other), and not the user name: the rule GB/T 22239-2019 level 3 asks for ("口令具有复杂度要求").
 */
public final class PasswordPolicy {

  static final int MINIMUM_LENGTH = 10;
  static final int MINIMUM_CLASSES = 3;

  private PasswordPolicy() {}

  /** Refuses a password that does not meet the policy, saying why. */
  public static void check(String username, String password) {
    if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
      throw new AccountRefused(
          "password.too_short",
          "密码至少 " + MINIMUM_LENGTH + " 个字符",
          "the password needs at least " + MINIMUM_LENGTH + " characters");
    }
    if (classes(password) < MINIMUM_CLASSES) {
      throw new AccountRefused(
          "password.too_simple",
          "密码须包含小写字母、大写字母、数字、其他符号中的至少三类",
          "the password needs at least three of: lower case, upper case, digits, other characters");
    }
    if (password.toLowerCase().contains(username.toLowerCase())) {
      throw new AccountRefused(
          "password.contains_username", "密码不能包含用户名", "the password must not contain the user name");
    }
  }

  static int classes(String password) {
    boolean lower = false, upper = false, digit = false, other = false;
    for (int c : password.codePoints().toArray()) {
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
