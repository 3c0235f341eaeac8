package dev.longyuan.reporting.exchange;

/**
 * Column headings as people type them: case, spaces, full-width brackets and colons, and a stray
 * byte order mark make no difference.
 */
final class HeaderText {

  private HeaderText() {}

  static String normalise(String heading) {
    StringBuilder out = new StringBuilder(heading.length());
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      switch (c) {
        case '\uFEFF', ' ', '\t', '\n', '\r', '\u3000', '\u00A0' -> {}
        case '（' -> out.append('(');
        case '）' -> out.append(')');
        case '：' -> out.append(':');
        case '－', '—', '–', '~', '～' -> out.append('-');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ':') {
      end--;
    }
    return out.substring(0, end);
  }
}
