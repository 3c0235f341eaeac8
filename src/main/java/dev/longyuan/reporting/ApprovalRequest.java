package dev.longyuan.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One step on the approval path for the values of a reporting unit in a period (all its elements,
 * or one). Returning needs a reason. A user's request acts at the level of the user's data scope
 * (see {@link Approvals#approve(ApprovalRequest, dev.longyuan.shared.DataScope)}), whatever level
 * it names; only the operator names the level.
 */
public record ApprovalRequest(
    String reportingUnit,
    String period,
    @Nullable String dataElement,
    ApprovalAction action,
    @Nullable ApprovalLevel level,
    @Nullable String reason,
    String actor) {

  /** The same step, taken at a level (none for a submission). */
  public ApprovalRequest at(@Nullable ApprovalLevel acting) {
    return new ApprovalRequest(reportingUnit, period, dataElement, action, acting, reason, actor);
  }
}
