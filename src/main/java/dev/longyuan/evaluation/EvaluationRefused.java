package dev.longyuan.evaluation;

import dev.longyuan.shared.Refusal;

/** A report that cannot be written as asked, with its code and reason in both languages. */
public class EvaluationRefused extends Refusal {

  public EvaluationRefused(String code, String messageZh, String messageEn) {
    super(code, messageZh, messageEn);
  }
}
