package dev.longyuan.accounts;

/** A change to accounts that is refused, with a stable code and the reason in both languages. */
public class AccountRefused extends RuntimeException {

  private final String code;
  private final String messageZh;

  public AccountRefused(String code, String messageZh, String messageEn) {
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
