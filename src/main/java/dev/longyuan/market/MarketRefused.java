package dev.longyuan.market;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A market request refused: each problem names its field, a stable code and the reason in Chinese
 * and English; the refusal's code is the first problem's. {@code scope.outside} is something
 * outside the user's data scope, {@code demand.unknown} and {@code supply.unknown} what does not
 * exist.
 */
public class MarketRefused extends Refusal {

  private final List<ImportError> problems;

  public MarketRefused(List<ImportError> problems) {
    super(
        problems.get(0).code(),
        problems.stream().map(ImportError::messageZh).collect(Collectors.joining("；")),
        problems.stream().map(ImportError::messageEn).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static MarketRefused of(String field, String code, String messageZh, String messageEn) {
    return new MarketRefused(List.of(new ImportError(0, field, code, messageZh, messageEn)));
  }

  public static MarketRefused unknownDemand(long id) {
    return of("id", "demand.unknown", "没有编号为 " + id + " 的需求", "no demand has the id " + id);
  }

  public static MarketRefused outsideScope(String field, String what) {
    return of(field, "scope.outside", what + " 不在您的数据范围内", what + " is outside your data scope");
  }

  public List<ImportError> problems() {
    return problems;
  }
}
