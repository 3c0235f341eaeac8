package dev.longyuan.market;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where a match stands: suggested (by the ranking, no step taken), contacted, deal (with its amount
 * and date), delivered; or declined with a reason, from suggested or contacted.
 */
public enum MatchStatus {
  SUGGESTED,
  CONTACTED,
  DEAL,
  DELIVERED,
  DECLINED;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<MatchStatus> of(String word) {
    return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
  }

  /** The steps that may follow this one. */
  public Set<MatchStatus> next() {
    return switch (this) {
      case SUGGESTED -> Set.of(CONTACTED, DECLINED);
      case CONTACTED -> Set.of(DEAL, DECLINED);
      case DEAL -> Set.of(DELIVERED);
      case DELIVERED, DECLINED -> Set.of();
    };
  }
}
