package dev.longyuan.reporting.synthetic;

/** Registration type as the enterprise registry writes it (登记注册类型, grouped). */
enum Ownership {
  STATE("国有"),
  COLLECTIVE("集体"),
  SHAREHOLDING("股份制"),
  PRIVATE("私营"),
  FOREIGN("外商及港澳台");

  private final String nameZh;

  Ownership(String nameZh) {
    this.nameZh = nameZh;
  }

  String nameZh() {
    return nameZh;
  }
}
