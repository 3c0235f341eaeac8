package dev.longyuan.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-27T08:00:30Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void holdsTheLimitOverAnySixtySecondsNotPerClockMinute() {
    HandClock clock = new HandClock();
    RateLimiter limiter = new RateLimiter(3, clock);

    assertThat(limiter.tryAcquire("a")).isTrue();
    clock.now = clock.now.plusSeconds(20);
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    // 08:01:00 starts a new clock minute, but the last sixty seconds hold three events
    clock.now = clock.now.plusSeconds(15);
    assertThat(limiter.tryAcquire("a")).isFalse();
    assertThat(limiter.exhausted("a")).isTrue();
    assertThat(limiter.retryAfterSeconds("a")).isEqualTo(25);
    assertThat(limiter.tryAcquire("b")).as("another key").isTrue();

    clock.now = clock.now.plus(Duration.ofSeconds(25));
    assertThat(limiter.exhausted("a")).isFalse();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
  }
}
