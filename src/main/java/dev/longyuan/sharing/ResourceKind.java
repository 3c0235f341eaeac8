package dev.longyuan.sharing;

import java.util.Arrays;
import java.util.Optional;

/** What is shared: the kinds of the plan's ch.5 §1(6)2 database and ch.5 §2(3) capacity. */
public enum ResourceKind {
  EQUIPMENT("军工关键设备设施", "Defence-industry key equipment and facilities"),
  INSTRUMENT("大型科学仪器", "Large scientific instrument"),
  TESTING("检验检测能力", "Test and inspection capability"),
  CAPACITY("富余产能", "Spare manufacturing capacity");

  private final String nameZh;
  private final String nameEn;

  ResourceKind(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The kind by its code or its Chinese name, as a form or a workbook writes it. */
  public static Optional<ResourceKind> parse(String text) {
    String t = text.strip();
    return Arrays.stream(values())
        .filter(k -> k.name().equalsIgnoreCase(t) || k.nameZh.equals(t))
        .findFirst();
  }
}
