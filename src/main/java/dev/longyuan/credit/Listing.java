package dev.longyuan.credit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A blacklist listing with its workflow: who listed it, the appeal and who made it, the decision
 * and who took it. It is in force on a day from its start to its end unless removed.
 */
public record Listing(
    long id,
    String enterpriseCode,
    String enterpriseName,
    String reason,
    String basis,
    String documentNumber,
    LocalDate from,
    @Nullable LocalDate to,
    ListingState state,
    String listedBy,
    @Nullable String appeal,
    @Nullable String appealedBy,
    @Nullable String decision,
    @Nullable String decidedBy) {

  public boolean inForceOn(LocalDate day) {
    return state != ListingState.REMOVED && !from.isAfter(day) && (to == null || !to.isBefore(day));
  }
}
