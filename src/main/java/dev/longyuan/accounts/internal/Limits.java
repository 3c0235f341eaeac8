package dev.longyuan.accounts.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rate limits: failed sign-ins per client address (whatever the user name, so that guessing
 * across many accounts is slowed as well as the lock slows it on one), and the expensive calls,
 * imports and exports, per user.
 */
@Component
class Limits {

  final RateLimiter failedSignIns;
  final RateLimiter imports;
  final RateLimiter exports;

  Limits(
      @Value("${longyuan.limits.failed-sign-ins-per-minute:20}") int failedSignIns,
      @Value("${longyuan.limits.imports-per-minute:30}") int imports,
      @Value("${longyuan.limits.exports-per-minute:30}") int exports) {
    Clock clock = Clock.systemUTC();
    this.failedSignIns = new RateLimiter(failedSignIns, clock);
    this.imports = new RateLimiter(imports, clock);
    this.exports = new RateLimiter(exports, clock);
  }
}
