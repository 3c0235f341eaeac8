package dev.longyuan.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed: never its secret, which is shown once when it is issued. */
public record ApiToken(
    long id,
    String username,
    String name,
    String scope,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant revokedAt) {

  public boolean mayWrite() {
    return scope.equals("write");
  }
}
