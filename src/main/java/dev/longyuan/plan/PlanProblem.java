package dev.longyuan.plan;

/**
 * One thing wrong with a plan file: where (its path in the file, such as {@code targets[12].value},
 * and the line), and why, in Chinese and English.
 */
public record PlanProblem(String path, int line, String messageZh, String messageEn) {

  /** {@code targets[12].value (line 340): "abc" is not a number / "abc" 不是数字}. */
  public String describe() {
    String where = path.isEmpty() ? "(document)" : path;
    String at = line > 0 ? " (line " + line + ")" : "";
    return where + at + ": " + messageEn + " / " + messageZh;
  }
}
