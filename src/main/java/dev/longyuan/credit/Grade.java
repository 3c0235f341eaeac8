package dev.longyuan.credit;

/** The credit grade: A 守信, B 基本守信, C 失信风险, D 严重失信. */
public enum Grade {
  A,
  B,
  C,
  D
}
