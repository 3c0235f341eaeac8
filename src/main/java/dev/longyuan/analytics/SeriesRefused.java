package dev.longyuan.analytics;

/**
 * A series the progress method cannot judge, with a stable code and the reason in both languages.
 */
public class SeriesRefused extends RuntimeException {

  private final String code;
  private final String messageZh;

  public SeriesRefused(String code, String messageZh, String messageEn) {
    super(messageEn);
    this.code = code;
    this.messageZh = messageZh;
  }

  public String code() {
    return code;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return getMessage();
  }
}
