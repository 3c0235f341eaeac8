package dev.longyuan.reporting;

import dev.longyuan.reporting.persistence.ApprovalRepository;
import dev.longyuan.reporting.persistence.ReviewQueueRepository;
import dev.longyuan.reporting.persistence.RuleRepository;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
  private final List<EnterpriseStanding> standings;

  Approvals(
      ApprovalRepository approvals,
      ReviewQueueRepository queue,
      RuleRepository rules,
      ReportingService reporting,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      List<EnterpriseStanding> standings) {
    this.approvals = approvals;
    this.queue = queue;
    this.rules = rules;
    this.reporting = reporting;
    this.transaction = transaction;
    this.events = events;
    this.standings = List.copyOf(standings);
  }

  /**
   * The level at which a scope approves: the province for everything, a city's or a county's bureau
   * for its region; none for an enterprise, which only submits.
   */
  public static @Nullable ApprovalLevel levelOf(DataScope scope) {
    return switch (scope.kind()) {
      case ALL -> ApprovalLevel.PROVINCE;
      case REGION -> {
        RegionCode region = Objects.requireNonNull(scope.region());
        yield region.isProvince()
            ? ApprovalLevel.PROVINCE
            : region.isCity() ? ApprovalLevel.CITY : ApprovalLevel.COUNTY;
      }
      case ENTERPRISE -> null;
    };
  }

  /**
   * Takes one step on the approval path for a user in a scope, at the scope's level (whatever level
   * the request names): refuses a read-only scope, a unit outside the scope, and an enterprise
   * doing anything but submitting.
   */
  public int approve(ApprovalRequest request, DataScope scope) {
    if (!scope.mayChange()) {
      throw new ReportingRefused(
          "scope.read_only",
          "您的账号只能查看数据，不能报送或审核",
          "your account may read data but not submit or approve it");
    }
    ApprovalLevel level = levelOf(scope);
    if (level == null && request.action() != ApprovalAction.SUBMIT) {
      throw new ReportingRefused(
          "scope.submit_only",
          "企业只能报送本企业的数据，不能审核、退回或重新打开",
          "an enterprise may only submit its own values, not approve, return or reopen them");
    }
    if (!reporting.covers(scope, request.reportingUnit())) {
      throw new ReportingRefused(
          "scope.outside",
          "报告单位 " + request.reportingUnit() + " 不在您的数据范围内",
          "the reporting unit " + request.reportingUnit() + " is outside your data scope");
    }
    return approveIn(request.at(request.action() == ApprovalAction.SUBMIT ? null : level), scope);
  }

  private int approveIn(ApprovalRequest request, DataScope scope) {
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
    int moved = transaction.execute(status -> approveInTransaction(request, scope));
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

  private int approveInTransaction(ApprovalRequest request, DataScope scope) {
    int moved = approvals.apply(request, scope);
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

  /**
   * What awaits the decision of the scope's level among the units in scope, most recent periods
   * first, each with its soft-check flags and, for an enterprise, what any {@link
   * EnterpriseStanding} says of it; nothing for an enterprise's own scope.
   */
  public List<QueueItem> queue(DataScope scope, int limit) {
    ApprovalLevel level = levelOf(scope);
    if (level == null) {
      return List.of();
    }
    List<RuleRepository.Rule> soft = rules.activeRules("soft");
    return queue.waiting(level, scope, limit).stream()
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
              if (w.unitType() == UnitType.ENTERPRISE) {
                standings.forEach(s -> flags.addAll(s.flags(w.reportingUnit())));
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

  /**
   * The values in scope that a soft check flags (本期 far from 上年同期, or a jump against the unit's own
   * history) and that have waited unreviewed since before {@code waitingSince}: submitted, and
   * neither approved nor returned by any level since. The soft validation rules are left out: they
   * flag a unit-period as a whole in the queue, not a value.
   */
  public FlaggedBacklog unreviewedFlags(DataScope scope, java.time.OffsetDateTime waitingSince) {
    return queue.unreviewedFlags(scope, waitingSince);
  }

  /**
   * The periods of a reporting unit returned by a reviewer, and reopened after approval, since the
   * time given: what the quality credit counts of the accuracy of its statistical reporting.
   */
  public ReportingConduct conduct(String reportingUnit, java.time.OffsetDateTime since) {
    return approvals.conduct(reportingUnit, since);
  }

  /**
   * Every period a reporting unit reported its own figures for, with the first time it submitted
   * any of them: what the quality credit judges the timeliness of its reporting by.
   */
  public List<PeriodFiling> filings(String reportingUnit) {
    return approvals.filings(reportingUnit);
  }

  /**
   * What the scope's level approved among the units in scope and may reopen, most recent periods
   * first; nothing for an enterprise.
   */
  public List<QueueItem> approvedBy(DataScope scope, int limit) {
    ApprovalLevel level = levelOf(scope);
    if (level == null) {
      return List.of();
    }
    return queue.approvedBy(level, scope, limit).stream()
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
