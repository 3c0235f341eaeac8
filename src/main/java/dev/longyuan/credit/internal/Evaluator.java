package dev.longyuan.credit.internal;

import dev.longyuan.credit.Complaint;
import dev.longyuan.credit.CreditEvaluation;
import dev.longyuan.credit.Factor;
import dev.longyuan.credit.Grade;
import dev.longyuan.credit.Inspection;
import dev.longyuan.credit.Listing;
import dev.longyuan.credit.Penalty;
import dev.longyuan.programs.Recognition;
import dev.longyuan.reporting.PeriodFiling;
import dev.longyuan.reporting.ReportingConduct;
import dev.longyuan.trace.ProducerRecalls.ProducerRecall;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores an enterprise's facts under one rule version: the start, less each negative factor's
 * points within its window (capped), plus the recognitions' (capped), kept within 0–100; a listing
 * in force makes the grade D and holds the score at the rules' ceiling for the blacklisted.
 */
public final class Evaluator {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final CreditRules rules;
  private final int version;

  public Evaluator(CreditRules rules, int version) {
    this.rules = rules;
    this.version = version;
  }

  /** Everything the score is computed from, as of a day. */
  public record Facts(
      LocalDate today,
      List<Inspection> inspections,
      List<Penalty> penalties,
      List<Complaint> complaints,
      List<ProducerRecall> recalls,
      ReportingConduct conduct,
      List<PeriodFiling> filings,
      List<Recognition> recognitions,
      List<Listing> listings) {}

  public CreditEvaluation evaluate(Facts facts) {
    List<Factor> factors = new ArrayList<>();
    LocalDate today = facts.today();
    CreditRules.Weight iw = rules.inspectionFailed();
    List<Inspection> failed =
        facts.inspections().stream()
            .filter(i -> !i.passed() && within(i.date(), iw, today))
            .toList();
    String failedZh =
        failed.stream()
            .map(
                i ->
                    i.date()
                        + " "
                        + i.authority()
                        + "抽查"
                        + i.product()
                        + "（批次 "
                        + i.batch()
                        + "）不合格")
            .collect(Collectors.joining("；"));
    String failedEn =
        failed.stream()
            .map(
                i ->
                    i.product()
                        + " batch "
                        + i.batch()
                        + " failed "
                        + i.authority()
                        + "'s inspection on "
                        + i.date())
            .collect(Collectors.joining("; "));
    factors.add(
        negative(
            "inspections",
            "监督抽查",
            "quality inspections",
            failed.size(),
            iw,
            "近 " + iw.months() + " 个月监督抽查不合格 " + failed.size() + " 批次" + detailZh(failedZh),
            failed.size()
                + " failed inspection(s) in the last "
                + iw.months()
                + " months"
                + detailEn(failedEn)));
    CreditRules.Weight pw = rules.penalty();
    List<Penalty> penalties =
        facts.penalties().stream().filter(p -> within(p.date(), pw, today)).toList();
    factors.add(
        negative(
            "penalties",
            "行政处罚",
            "administrative penalties",
            penalties.size(),
            pw,
            "近 "
                + pw.months()
                + " 个月行政处罚 "
                + penalties.size()
                + " 次"
                + detailZh(
                    penalties.stream()
                        .map(Penalty::documentNumber)
                        .collect(Collectors.joining("、"))),
            penalties.size()
                + " penalty decision(s) in the last "
                + pw.months()
                + " months"
                + detailEn(
                    penalties.stream()
                        .map(Penalty::documentNumber)
                        .collect(Collectors.joining(", ")))));
    CreditRules.Weight cw = rules.complaintUpheld();
    long upheld =
        facts.complaints().stream().filter(c -> c.upheld() && within(c.date(), cw, today)).count();
    factors.add(
        negative(
            "complaints",
            "质量投诉",
            "complaints",
            (int) upheld,
            cw,
            "近 " + cw.months() + " 个月经查属实的质量投诉 " + upheld + " 件",
            upheld + " upheld complaint(s) in the last " + cw.months() + " months"));
    CreditRules.Weight recallWeight = rules.recall();
    if (recallWeight != null) {
      List<ProducerRecall> recalls =
          facts.recalls().stream()
              .filter(r -> within(r.recalledOn(), recallWeight, today))
              .toList();
      factors.add(
          negative(
              "recalls",
              "产品召回",
              "product recalls",
              recalls.size(),
              recallWeight,
              "近 "
                  + recallWeight.months()
                  + " 个月本企业生产的批次被召回 "
                  + recalls.size()
                  + " 次"
                  + detailZh(
                      recalls.stream()
                          .map(r -> r.recalledOn() + " " + r.lot() + "：" + r.reasonZh())
                          .collect(Collectors.joining("；"))),
              recalls.size()
                  + " recall(s) of lots it made in the last "
                  + recallWeight.months()
                  + " months"
                  + detailEn(
                      recalls.stream()
                          .map(r -> r.lot() + " on " + r.recalledOn() + ": " + r.reasonEn())
                          .collect(Collectors.joining("; ")))));
    }
    CreditRules.Weight rw = rules.reportingReturned();
    int returned = facts.conduct().returnedPeriods();
    factors.add(
        negative(
            "reportingReturned",
            "统计报送被退回",
            "statistical reports returned",
            returned,
            rw,
            "近 " + rw.months() + " 个月统计数据被审核退回 " + returned + " 个报告期",
            returned
                + " reporting period(s) returned by a reviewer in the last "
                + rw.months()
                + " months"));
    CreditRules.Weight ow = rules.reportingReopened();
    int reopened = facts.conduct().reopenedPeriods();
    factors.add(
        negative(
            "reportingReopened",
            "已审数据更正",
            "approved figures corrected",
            reopened,
            ow,
            "近 " + ow.months() + " 个月已审核数据重新打开更正 " + reopened + " 个报告期",
            reopened
                + " approved reporting period(s) reopened for correction in the last "
                + ow.months()
                + " months"));
    CreditRules.LateFiling late = rules.reportingLate();
    if (late != null) {
      List<PeriodFiling> lateFilings = late(facts.filings(), late, today);
      factors.add(
          negative(
              "reportingLate",
              "统计报送迟报",
              "statistical reports filed late",
              lateFilings.size(),
              late.weight(),
              "近 "
                  + late.weight().months()
                  + " 个月有 "
                  + lateFilings.size()
                  + " 个报告期在期末 "
                  + late.daysAfterPeriodEnd()
                  + " 日后才首次报送"
                  + detailZh(
                      lateFilings.stream()
                          .map(f -> f.period().code() + " 于 " + filedOn(f) + " 报送")
                          .collect(Collectors.joining("；"))),
              lateFilings.size()
                  + " period(s) in the last "
                  + late.weight().months()
                  + " months first filed more than "
                  + late.daysAfterPeriodEnd()
                  + " days after they ended"
                  + detailEn(
                      lateFilings.stream()
                          .map(f -> f.period().code() + " filed " + filedOn(f))
                          .collect(Collectors.joining("; ")))));
    }
    CreditRules.Weight gw = rules.recognition();
    int recognitions = facts.recognitions().size();
    int bonus = gw.points(recognitions);
    factors.add(
        new Factor(
            "recognitions",
            "培育认定",
            "recognitions",
            recognitions,
            bonus,
            "当前有效的认定 "
                + recognitions
                + " 项，加 "
                + bonus
                + " 分"
                + detailZh(
                    facts.recognitions().stream()
                        .map(Recognition::documentNumber)
                        .collect(Collectors.joining("、"))),
            recognitions
                + " recognition(s) valid now, +"
                + bonus
                + " points"
                + detailEn(
                    facts.recognitions().stream()
                        .map(Recognition::documentNumber)
                        .collect(Collectors.joining(", ")))));
    int score = rules.start();
    for (Factor f : factors) {
      score += f.points();
    }
    score = Math.max(0, Math.min(100, score));
    List<Listing> inForce = facts.listings().stream().filter(l -> l.inForceOn(today)).toList();
    if (!inForce.isEmpty()) {
      int held = Math.min(score, rules.blacklistedAtMost());
      String documents =
          inForce.stream().map(Listing::documentNumber).collect(Collectors.joining("、"));
      factors.add(
          new Factor(
              "blacklist",
              "质量黑名单",
              "quality blacklist",
              inForce.size(),
              held - score,
              "列入质量黑名单（" + documents + "），等级为 D，得分至多 " + rules.blacklistedAtMost(),
              "on the quality blacklist ("
                  + documents
                  + "): grade D, score at most "
                  + rules.blacklistedAtMost()));
      return new CreditEvaluation(held, Grade.D, version, List.copyOf(factors));
    }
    factors.add(
        new Factor(
            "blacklist",
            "质量黑名单",
            "quality blacklist",
            0,
            0,
            "未列入质量黑名单",
            "not on the quality blacklist"));
    return new CreditEvaluation(score, grade(score), version, List.copyOf(factors));
  }

  Grade grade(int score) {
    if (score >= rules.gradeA()) {
      return Grade.A;
    }
    if (score >= rules.gradeB()) {
      return Grade.B;
    }
    return score >= rules.gradeC() ? Grade.C : Grade.D;
  }

  private static Factor negative(
      String code,
      String nameZh,
      String nameEn,
      int count,
      CreditRules.Weight w,
      String zh,
      String en) {
    int points = -w.points(count);
    return new Factor(
        code,
        nameZh,
        nameEn,
        count,
        points,
        zh + "，扣 " + -points + " 分",
        en + ", " + points + " points");
  }

  /**
   * The periods filed after their deadline (the period's last day plus the days allowed) among
   * those whose deadline fell within the window.
   */
  private static List<PeriodFiling> late(
      List<PeriodFiling> filings, CreditRules.LateFiling rule, LocalDate today) {
    return filings.stream()
        .filter(
            f -> {
              LocalDate due = deadline(f, rule);
              return within(due, rule.weight(), today) && filedOn(f).isAfter(due);
            })
        .toList();
  }

  private static LocalDate deadline(PeriodFiling filing, CreditRules.LateFiling rule) {
    return YearMonth.of(filing.period().year(), filing.period().lastMonth())
        .atEndOfMonth()
        .plusDays(rule.daysAfterPeriodEnd());
  }

  private static LocalDate filedOn(PeriodFiling filing) {
    return filing.firstSubmitted().atZoneSameInstant(CHINA).toLocalDate();
  }

  private static boolean within(LocalDate day, CreditRules.Weight w, LocalDate today) {
    return !day.isBefore(today.minusMonths(w.months())) && !day.isAfter(today);
  }

  private static String detailZh(String detail) {
    return detail.isEmpty() ? "" : "（" + detail + "）";
  }

  private static String detailEn(String detail) {
    return detail.isEmpty() ? "" : " (" + detail + ")";
  }
}
