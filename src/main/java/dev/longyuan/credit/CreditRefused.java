package dev.longyuan.credit;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A credit request refused: each problem names its field, a stable code and the reason in Chinese
 * and English; the refusal's code is the first problem's. {@code scope.outside} is something
 * outside the user's data scope; {@code enterprise.unknown} and {@code listing.unknown} what does
 * not exist.
 */
public class CreditRefused extends Refusal {

  private final List<ImportError> problems;

  public CreditRefused(List<ImportError> problems) {
    super(
        problems.get(0).code(),
        problems.stream().map(ImportError::messageZh).collect(Collectors.joining("；")),
        problems.stream().map(ImportError::messageEn).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static CreditRefused of(String field, String code, String messageZh, String messageEn) {
    return new CreditRefused(List.of(new ImportError(0, field, code, messageZh, messageEn)));
  }

  public static CreditRefused unknownEnterprise(String code) {
    return of(
        "enterpriseCode",
        "enterprise.unknown",
        "登记名录中没有统一社会信用代码为 " + code + " 的企业",
        "no registered enterprise has the credit code " + code);
  }

  /** A fact or listing naming an enterprise the registry does not hold: a bad request. */
  public static CreditRefused unregistered(String code) {
    return of(
        "enterpriseCode",
        "enterprise.unregistered",
        "登记名录中没有统一社会信用代码为 " + code + " 的企业",
        "no registered enterprise has the credit code " + code);
  }

  public static CreditRefused outsideScope() {
    return of("", "scope.outside", "该企业不在您的数据范围内", "this enterprise is outside your data scope");
  }

  public List<ImportError> problems() {
    return problems;
  }
}
