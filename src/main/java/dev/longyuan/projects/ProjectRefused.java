package dev.longyuan.projects;

import dev.longyuan.reporting.ImportError;
import dev.longyuan.shared.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to a project refused: each problem names its field, a stable code and the reason in
 * Chinese and English; the refusal's own code is the first problem's. {@code scope.outside} is a
 * project outside the user's data scope, {@code project.unknown} one that does not exist.
 */
public class ProjectRefused extends Refusal {

  private final List<ImportError> problems;

  public ProjectRefused(List<ImportError> problems) {
    super(
        problems.get(0).code(),
        problems.stream().map(ImportError::messageZh).collect(Collectors.joining("；")),
        problems.stream().map(ImportError::messageEn).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static ProjectRefused of(String field, String code, String messageZh, String messageEn) {
    return new ProjectRefused(List.of(new ImportError(0, field, code, messageZh, messageEn)));
  }

  public static ProjectRefused outsideScope(String code) {
    return of(
        "code",
        "scope.outside",
        "项目 " + code + " 不在您的数据范围内",
        "project " + code + " is outside your data scope");
  }

  public static ProjectRefused unknown(String code) {
    return of(
        "code", "project.unknown", "没有编号为 " + code + " 的项目", "no project has the code " + code);
  }

  public List<ImportError> problems() {
    return problems;
  }
}
