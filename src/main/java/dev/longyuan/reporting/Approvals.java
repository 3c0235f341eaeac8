package dev.longyuan.reporting;

import dev.longyuan.reporting.persistence.ApprovalRepository;
import dev.longyuan.reporting.persistence.ReviewQueueRepository;
import dev.longyuan.reporting.persistence.RuleRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval path: each level's queue with its soft-check flags, and the steps that move values
 * along it (submit, approve county → city → province, return with a reason, reopen).
 */
@Service
public class Approvals {

  private final ApprovalRepository approvals;
  private final ReviewQueueRepository queue;
  private final RuleRepository rules;
  private final ReportingService reporting;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  Approvals(
      ApprovalRepository approvals,
      ReviewQueueRepository queue,
      RuleRepository rules,
      ReportingService reporting,
      TransactionTemplate transaction,
      ApplicationEventPublisher events) {
    this.approvals = approvals;
    this.queue = queue;
    this.rules = rules;
    this.reporting = reporting;
    this.transaction = transaction;
    this.events = events;
  }

  /** Takes one step on the approval path; refuses when it is incomplete or applies to nothing. */
  public int approve(ApprovalRequest request) {
    if (request.action() != ApprovalAction.SUBMIT && request.level() == null) {
      throw new ReportingRefused(
          "approval.level_missing",
          "请指明审核层级（county、city 或 province）",
          "say which level acts: county, city or province");
    }
    if (request.action() == ApprovalAction.RETURN
        && (request.reason() == null || request.reason().isBlank())) {
      throw new ReportingRefused("approval.reason_missing", "退回须写明理由", "a return needs a reason");
    }
    int moved = transaction.execute(status -> approveInTransaction(request));
    if (moved == 0) {
      throw new ReportingRefused(
          "approval.nothing_to_do",
          request.reportingUnit()
              + " 在 "
              + request.period()
              + " 没有处于可"
              + actionZh(request.action())
              + "状态的数据",
          "no values of "
              + request.reportingUnit()
              + " for "
              + request.period()
              + " can be "
              + request.action().word()
              + (request.action().word().endsWith("e") ? "d" : "ed")
              + " in their present state");
    }
    return moved;
  }

  private int approveInTransaction(ApprovalRequest request) {
    int moved = approvals.apply(request);
    if (moved > 0) {
      events.publishEvent(
          new ApprovalStepTaken(
              request.actor(),
              request.reportingUnit(),
              request.period(),
              request.dataElement(),
              request.action().word(),
              request.level() == null ? null : request.level().word(),
              request.reason(),
              moved));
    }
    return moved;
  }

  private static String actionZh(ApprovalAction action) {
    return switch (action) {
      case SUBMIT -> "报送";
      case APPROVE -> "审核通过";
      case RETURN -> "退回";
      case REOPEN -> "重新打开";
    };
  }

  /** What awaits a level's decision, most recent periods first, each with its soft-check flags. */
  public List<QueueItem> queue(ApprovalLevel level, int limit) {
    List<RuleRepository.Rule> soft = rules.activeRules("soft");
    return queue.waiting(level, limit).stream()
        .map(
            w -> {
              List<ReviewFlag> flags = new ArrayList<>(queue.flags(w.reportingUnit(), w.period()));
              for (RuleRepository.Rule rule : soft) {
                for (String measure : rules.storedViolations(rule, w.reportingUnit(), w.period())) {
                  flags.add(
                      new ReviewFlag(
                          String.join(",", rule.expression().elements()),
                          measure,
                          "rule." + rule.code(),
                          "未满足审核规则“" + rule.nameZh() + "”（" + rule.expression().text() + "）",
                          "does not meet the rule \""
                              + rule.nameEn()
                              + "\" ("
                              + rule.expression().text()
                              + ")"));
                }
              }
              return new QueueItem(
                  w.reportingUnit(),
                  reporting.unitName(w.reportingUnit(), w.unitName()),
                  w.unitType(),
                  w.period(),
                  w.values(),
                  w.awaiting(),
                  flags);
            })
        .toList();
  }

  /** What this level approved and may reopen, most recent periods first. */
  public List<QueueItem> approvedBy(ApprovalLevel level, int limit) {
    return queue.approvedBy(level, limit).stream()
        .map(
            w ->
                new QueueItem(
                    w.reportingUnit(),
                    reporting.unitName(w.reportingUnit(), w.unitName()),
                    w.unitType(),
                    w.period(),
                    w.values(),
                    level,
                    List.of()))
        .toList();
  }
}
