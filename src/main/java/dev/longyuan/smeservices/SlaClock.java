package dev.longyuan.smeservices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request's service-level clock as of a day: each deadline, the working days left to it (negative
 * once past, counting the working days since), and whether it was met (null while it is still
 * running).
 */
public record SlaClock(
    LocalDate asOf,
    LocalDate acknowledgeDue,
    int acknowledgeDaysLeft,
    @Nullable Boolean acknowledgedInTime,
    LocalDate resolveDue,
    int resolveDaysLeft,
    @Nullable Boolean resolvedInTime) {

  /** Whether a deadline has passed unmet. */
  @JsonProperty("breached")
  public boolean breached() {
    return Boolean.FALSE.equals(acknowledgedInTime)
        || Boolean.FALSE.equals(resolvedInTime)
        || (acknowledgedInTime == null && acknowledgeDaysLeft < 0)
        || (resolvedInTime == null && resolveDaysLeft < 0);
  }
}
