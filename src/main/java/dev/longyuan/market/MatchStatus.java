package dev.longyuan.market;

import java.util.Arrays;
import java.util.EnumSet;
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

  /** The steps that may follow this one, in their order. */
  public Set<MatchStatus> next() {
    return switch (this) {
      case SUGGESTED -> EnumSet.of(CONTACTED, DECLINED);
      case CONTACTED -> EnumSet.of(DEAL, DECLINED);
      case DEAL -> EnumSet.of(DELIVERED);
      case DELIVERED, DECLINED -> EnumSet.noneOf(MatchStatus.class);
    };
  }
}
