package dev.longyuan.accounts.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts events per key over the last minute (a sliding window: the times of the last events are
 * kept, so the limit holds across any sixty seconds, not per clock minute). Kept in memory: a
 * restart forgets the counts, which only errs towards letting in.
 */
final class RateLimiter {

  private static final long MINUTE = 60_000;

  private final int perMinute;
  private final Clock clock;
  private final ConcurrentMap<String, Deque<Long>> events = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts one event for the key; false (and not counted) when the minute is used up. */
  boolean tryAcquire(String key) {
    long now = clock.millis();
    if (events.size() > 100_000) {
      events.values().removeIf(times -> latest(times) <= now - MINUTE);
    }
    Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      expire(times, now);
      if (times.size() >= perMinute) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /** Whether the key has used up the last minute, without counting. */
  boolean exhausted(String key) {
    Deque<Long> times = events.get(key);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      expire(times, clock.millis());
      return times.size() >= perMinute;
    }
  }

  /** Seconds until the oldest counted event of the key leaves the window. */
  long retryAfterSeconds(String key) {
    Deque<Long> times = events.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      Long oldest = times.peekFirst();
      return oldest == null ? 0 : Math.max(1, (oldest + MINUTE - clock.millis() + 999) / 1000);
    }
  }

  private static void expire(Deque<Long> times, long now) {
    while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
      times.removeFirst();
    }
  }

  private static long latest(Deque<Long> times) {
    synchronized (times) {
      Long last = times.peekLast();
      return last == null ? 0 : last;
    }
  }
}
