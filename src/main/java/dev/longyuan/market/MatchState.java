package dev.longyuan.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The step a match has reached, with the deal's amount (万元) and dates, or the reason declined. */
public record MatchState(
    long demandId,
    long supplyId,
    MatchStatus status,
    @Nullable BigDecimal dealAmount,
    @Nullable LocalDate dealDate,
    @Nullable LocalDate deliveredOn,
    @Nullable String declineReason) {

  public static MatchState suggested(long demandId, long supplyId) {
    return new MatchState(demandId, supplyId, MatchStatus.SUGGESTED, null, null, null, null);
  }
}
