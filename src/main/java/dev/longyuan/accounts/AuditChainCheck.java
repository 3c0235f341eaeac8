package dev.longyuan.accounts;

import java.util.List;

/** The outcome of checking the audit log's chain: how many entries, and every break found. */
public record AuditChainCheck(long entries, List<String> breaks) {

  public AuditChainCheck {
    breaks = List.copyOf(breaks);
  }

  public boolean intact() {
    return breaks.isEmpty();
  }
}
