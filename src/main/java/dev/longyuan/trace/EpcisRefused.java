package dev.longyuan.trace;

import dev.longyuan.shared.Refusal;
import java.util.List;

/**
 * An EPCIS request the repository refuses, with every problem found (the event's index and field,
 * and the reason in Chinese and English).
 */
public class EpcisRefused extends Refusal {

  private final List<EpcisProblem> problems;

  public EpcisRefused(String code, String messageZh, String messageEn) {
    this(code, messageZh, messageEn, List.of());
  }

  public EpcisRefused(
      String code, String messageZh, String messageEn, List<EpcisProblem> problems) {
    super(code, messageZh, messageEn);
    this.problems = List.copyOf(problems);
  }

  public List<EpcisProblem> problems() {
    return problems;
  }
}
