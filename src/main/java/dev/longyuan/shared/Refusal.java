package dev.longyuan.shared;

/**
 * A request a rule of the domain refuses, with a stable code for programs and the reason in Chinese
 * and English for people. Each module names its own kind.
 */
public class Refusal extends RuntimeException {

  private final String code;
  private final String messageZh;

  public Refusal(String code, String messageZh, String messageEn) {
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
