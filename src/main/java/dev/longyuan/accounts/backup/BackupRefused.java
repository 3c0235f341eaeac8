package dev.longyuan.accounts.backup;

/** Why a backup or a restore was refused, in Chinese and English; nothing was written. */
public final class BackupRefused extends RuntimeException {

  private final String messageZh;

  public BackupRefused(String messageZh, String messageEn) {
    super(messageEn);
    this.messageZh = messageZh;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return getMessage();
  }
}
