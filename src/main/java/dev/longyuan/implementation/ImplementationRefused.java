package dev.longyuan.implementation;

import dev.longyuan.shared.Refusal;

/** A change to the running of the plan refused, with its code and reason in both languages. */
public class ImplementationRefused extends Refusal {

  public ImplementationRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }
}
