package dev.longyuan.reporting;

/** A request the reporting rules refuse, with a stable code and the reason in both languages. */
public class ReportingRefused extends RuntimeException {

  private final String code;
  private final String messageZh;

  public ReportingRefused(String code, String messageZh, String messageEn) {
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
