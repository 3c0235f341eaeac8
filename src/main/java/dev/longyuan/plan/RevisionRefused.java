package dev.longyuan.plan;

import dev.longyuan.shared.Refusal;
import java.util.List;

/**
 * A revision refused, with every problem found: the field it is in ({@code targets[2].value}) and
 * the reason in both languages. Nothing of a refused revision is stored.
 */
public class RevisionRefused extends Refusal {

  private final List<Problem> problems;

  RevisionRefused(List<Problem> problems) {
    super(
        problems.get(0).code(),
        String.join("；", problems.stream().map(p -> p.field() + "：" + p.messageZh()).toList()),
        String.join("; ", problems.stream().map(p -> p.field() + ": " + p.messageEn()).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One problem of the draft. */
  public record Problem(String field, String code, String messageZh, String messageEn) {}
}
