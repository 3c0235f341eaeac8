package dev.longyuan.reporting.exchange;

import org.jspecify.annotations.Nullable;

/** The measure as written in a file: 当月 and 累计 become the words {@code current} and {@code ytd}. */
final class MeasureText {

  private MeasureText() {}

  static @Nullable String normalise(@Nullable String written) {
    if (written == null) {
      return null;
    }
    return switch (HeaderText.normalise(written)) {
      case "current", "当月", "本月" -> "current";
      case "ytd", "累计", "1-本月累计", "本年累计" -> "ytd";
      default -> written;
    };
  }
}
