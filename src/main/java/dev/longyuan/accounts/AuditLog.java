package dev.longyuan.accounts;

import dev.longyuan.accounts.internal.AuditHash;
import dev.longyuan.accounts.persistence.AuditLogRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The platform's audit log: append-only and hash-chained, so that a changed, removed or truncated
 * entry is found by {@link #check()}.
 */
@Service
public class AuditLog {

  private final AuditLogRepository repository;

  AuditLog(AuditLogRepository repository) {
    this.repository = repository;
  }

  /**
   * Records an action; inside a transaction it commits or rolls back with the change it records.
   */
  public AuditEntry record(
      String actor, String origin, String action, String subject, String detail) {
    return repository.append(actor, origin, action, subject, detail);
  }

  /** Entries newest first, narrowed as {@link AuditLogRepository#find} says. */
  public List<AuditEntry> find(
      @Nullable String actor,
      @Nullable String action,
      @Nullable Instant from,
      @Nullable Instant to,
      int limit,
      int offset) {
    return repository.find(actor, action, from, to, limit, offset);
  }

  /** Every entry in chain order, for an export of the whole log. */
  public void forEach(Consumer<AuditEntry> consumer) {
    repository.forEach(consumer);
  }

  /** Walks the chain from the first entry and reports every place where it does not hold. */
  public AuditChainCheck check() {
    List<String> breaks = new ArrayList<>();
    long[] expected = {1};
    String[] previous = {"0".repeat(64)};
    long[] count = {0};
    repository.forEach(
        entry -> {
          count[0]++;
          if (entry.position() != expected[0]) {
            breaks.add("entries " + expected[0] + "–" + (entry.position() - 1) + " are missing");
          }
          if (!entry.prevHash().equals(previous[0])) {
            breaks.add("entry " + entry.position() + " does not follow the entry before it");
          }
          String recomputed =
              AuditHash.of(
                  entry.prevHash(),
                  entry.position(),
                  entry.at(),
                  entry.actor(),
                  entry.origin(),
                  entry.action(),
                  entry.subject(),
                  entry.detail());
          if (!recomputed.equals(entry.hash())) {
            breaks.add("entry " + entry.position() + " was changed after it was written");
          }
          expected[0] = entry.position() + 1;
          previous[0] = entry.hash();
        });
    List<Object> head = repository.head();
    if ((long) head.get(0) != expected[0] - 1 || !head.get(1).equals(previous[0])) {
      breaks.add(
          "the log ends at entry "
              + (expected[0] - 1)
              + " but its head says "
              + head.get(0)
              + ": entries were removed from its end");
    }
    return new AuditChainCheck(count[0], breaks);
  }
}
