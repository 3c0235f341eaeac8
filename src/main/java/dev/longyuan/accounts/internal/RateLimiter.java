package dev.longyuan.accounts.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key in one-minute windows: a key that reaches the limit is refused until its
 * window ends. Kept in memory: a restart forgets the counts, which only errs towards letting in.
 */
final class RateLimiter {

  private record Window(long minute, int count) {}

  private final int perMinute;
  private final Clock clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts one event for the key; false when the key has used up its minute. */
  boolean tryAcquire(String key) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > 100_000) {
      windows.values().removeIf(w -> w.minute() < minute);
    }
    Window window =
        windows.compute(
            key,
            (k, w) ->
                w == null || w.minute() != minute
                    ? new Window(minute, 1)
                    : new Window(minute, w.count() + 1));
    return window.count() <= perMinute;
  }

  /** Whether the key has used up its minute, without counting. */
  boolean exhausted(String key) {
    Window window = windows.get(key);
    return window != null
        && window.minute() == clock.millis() / 60_000
        && window.count() >= perMinute;
  }

  /** Seconds until the current window ends. */
  long retryAfterSeconds() {
    return 60 - (clock.millis() / 1000) % 60;
  }
}
