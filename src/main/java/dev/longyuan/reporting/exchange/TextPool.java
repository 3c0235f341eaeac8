package dev.longyuan.reporting.exchange;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shares equal strings within one file: a million rows name a few dozen data elements, periods and
 * measures, so each is held once. Stops growing at a fixed size, so a file of all-distinct codes
 * costs no more than without it.
 */
final class TextPool {

  private static final int LIMIT = 50_000;
  private final Map<String, String> pool = new HashMap<>();

  @Nullable String shared(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String known = pool.get(text);
    if (known != null) {
      return known;
    }
    if (pool.size() < LIMIT) {
      pool.put(text, text);
    }
    return text;
  }
}
