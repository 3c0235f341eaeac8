package dev.longyuan.monitoring;

/**
 * A warning rule's change or an alert's acknowledgement refused: {@code code} is the message key
 * that says why (in both languages) and {@code field} the field or thing it is about.
 */
public class WarningRefused extends RuntimeException {

  private final String code;
  private final String field;

  private WarningRefused(String field, String code) {
    super(code + " (" + field + ")");
    this.code = code;
    this.field = field;
  }

  public static WarningRefused of(String field, String code) {
    return new WarningRefused(field, code);
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
