package dev.longyuan.sharing;

import java.util.Arrays;
import java.util.Optional;

/** A resource's confidentiality: public (公开), or restricted (受限) to vetted users. */
public enum Level {
  PUBLIC("公开", "Public"),
  RESTRICTED("受限", "Restricted");

  private final String nameZh;
  private final String nameEn;

  Level(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public static Optional<Level> parse(String text) {
    String t = text.strip();
    return Arrays.stream(values())
        .filter(l -> l.name().equalsIgnoreCase(t) || l.nameZh.equals(t))
        .findFirst();
  }
}
