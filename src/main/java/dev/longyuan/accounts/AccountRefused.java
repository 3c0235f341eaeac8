package dev.longyuan.accounts;

import dev.longyuan.shared.Refusal;

/** A change to accounts that is refused: a password against the policy, an unknown region. */
public class AccountRefused extends Refusal {

  public AccountRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }
}
