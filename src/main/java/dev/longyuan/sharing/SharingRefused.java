package dev.longyuan.sharing;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sharing request refused, each problem naming its row (0 outside a workbook), field, a stable
 * code and the reason in Chinese and English; the refusal's code is the first problem's. {@code
 * scope.outside} is outside the user's scope; {@code resource.unknown}, {@code booking.unknown} and
 * {@code request.unknown} what does not exist.
 */
public class SharingRefused extends Refusal {

  private final List<ImportError> problems;

  public SharingRefused(List<ImportError> problems) {
    super(
        problems.get(0).code(),
        problems.stream().map(ImportError::messageZh).collect(Collectors.joining("；")),
        problems.stream().map(ImportError::messageEn).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static SharingRefused of(String field, String code, String zh, String en) {
    return new SharingRefused(List.of(new ImportError(0, field, code, zh, en)));
  }

  public static SharingRefused outsideScope(String field, String what) {
    return of(field, "scope.outside", what + " 不在您的权限范围内", what + " is outside your scope");
  }

  public static SharingRefused unknown(String what, long id) {
    return of(
        "id",
        what + ".unknown",
        "没有编号为 "
            + id
            + " 的"
            + (what.equals("resource") ? "资源" : what.equals("booking") ? "预约" : "产能需求"),
        "no " + what + " with id " + id);
  }

  public List<ImportError> problems() {
    return problems;
  }
}
