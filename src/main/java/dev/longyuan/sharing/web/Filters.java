package dev.longyuan.sharing.web;

import dev.longyuan.sharing.Level;
import dev.longyuan.sharing.ResourceKind;
import dev.longyuan.sharing.Sharing;
import dev.longyuan.sharing.SharingRefused;
import org.jspecify.annotations.Nullable;

/** The directory's filters as a page or the API gives them: blank is any, unknown refused. */
final class Filters {

  private Filters() {}

  static Sharing.Filter of(
      @Nullable String kind,
      @Nullable String process,
      @Nullable String city,
      @Nullable String level,
      @Nullable String q) {
    ResourceKind k = null;
    if (kind != null && !kind.isBlank()) {
      k =
          ResourceKind.parse(kind)
              .orElseThrow(
                  () ->
                      SharingRefused.of(
                          "kind",
                          "kind.unknown",
                          "未知资源种类“" + kind + "”",
                          "unknown kind \"" + kind + "\""));
    }
    Level l = null;
    if (level != null && !level.isBlank()) {
      l =
          Level.parse(level)
              .orElseThrow(
                  () ->
                      SharingRefused.of(
                          "level",
                          "level.unknown",
                          "未知密级“" + level + "”",
                          "unknown level \"" + level + "\""));
    }
    return new Sharing.Filter(k, blankless(process), blankless(city), l, blankless(q));
  }

  private static @Nullable String blankless(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
