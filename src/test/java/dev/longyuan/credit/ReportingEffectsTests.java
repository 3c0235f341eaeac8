package dev.longyuan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ApprovalAction;
import dev.longyuan.reporting.ApprovalRequest;
import dev.longyuan.reporting.Approvals;
import dev.longyuan.reporting.QueueItem;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.ReviewFlag;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credit and statistical reporting, in Tianzhu county (天祝藏族自治县, 620623): a period returned by the
 * reviewer costs 2 points, a period first filed more than 5 days after it ended costs 2, and a
 * listed enterprise's figures are flagged in the approval queue.
 */
@PlatformTest
class ReportingEffectsTests {

  static final String TIANZHU = "620623";
  static final DataScope PROVINCE = DataScope.everything(true);
  static final DataScope COUNTY = DataScope.region(RegionCode.of(TIANZHU));

  @Autowired ReportingService reporting;
  @Autowired Approvals approvals;
  @Autowired CreditRecords records;
  @Autowired Blacklist blacklist;
  @Autowired JdbcClient jdbc;

  void report(String code, String period) {
    assertThat(
            reporting
                .importRows(
                    ImportRequest.reported(
                        "credit.csv", "csv", "sha", false, "credit-test", PROVINCE),
                    List.of(
                        new ValueRow(2, null, "GO", code, period, "current", "100", null, null),
                        new ValueRow(3, null, "REV", code, period, "current", "90", null, null)),
                    List.of())
                .errors())
        .isEmpty();
  }

  List<ReviewFlag> flagsOf(String code) {
    return approvals.queue(COUNTY, 10_000).stream()
        .filter(item -> item.reportingUnit().equals(code))
        .map(QueueItem::flags)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPeriodReturnedByTheReviewerCostsTwoPoints() {
    String code = CreditFixtures.enterprise(reporting, "204", 1, "天祝测试铝业有限公司", TIANZHU, "C3216");
    // two years back: due long before the 12 months the late-filing factor looks at
    String period = LocalDate.now().getYear() - 2 + "-11";
    report(code, period);
    assertThat(records.evaluation(code, PROVINCE).score()).isEqualTo(100);
    approvals.approve(
        new ApprovalRequest(
            code, period, null, ApprovalAction.RETURN, null, "营业收入与上年差异过大，请核实", "county"),
        COUNTY);
    CreditEvaluation e = records.evaluation(code, PROVINCE);
    assertThat(e.score()).isEqualTo(98);
    assertThat(e.factors())
        .filteredOn(f -> f.code().equals("reportingReturned"))
        .singleElement()
        .satisfies(f -> assertThat(f.textZh()).contains("被审核退回 1 个报告期", "扣 2 分"));
  }

  @Test
  void aPeriodFirstFiledMoreThanFiveDaysAfterItEndedCostsTwoPoints() {
    String code = CreditFixtures.enterprise(reporting, "204", 3, "天祝测试镁业有限公司", TIANZHU, "C3219");
    // three months back, so that even 1–2月 has ended and its five days passed
    YearMonth late = YearMonth.now().minusMonths(3);
    YearMonth onTime = YearMonth.now().minusMonths(4);
    String latePeriod = Period.month(late.getYear(), late.getMonthValue()).code();
    String onTimePeriod = Period.month(onTime.getYear(), onTime.getMonthValue()).code();
    report(code, onTimePeriod);
    // filed three days after the period's last day: within the five days allowed
    LocalDate lastDay =
        YearMonth.of(onTime.getYear(), Period.parse(onTimePeriod).lastMonth()).atEndOfMonth();
    jdbc.sql(
            "UPDATE data_value_audit SET at = :at WHERE reporting_unit = :unit AND period = :period")
        .param("at", lastDay.plusDays(3).atTime(10, 0).atOffset(ZoneOffset.ofHours(8)))
        .param("unit", code)
        .param("period", onTimePeriod)
        .update();
    assertThat(records.evaluation(code, PROVINCE).score()).isEqualTo(100);
    report(code, latePeriod);
    CreditEvaluation e = records.evaluation(code, PROVINCE);
    assertThat(e.score()).isEqualTo(98);
    assertThat(e.ruleVersion()).isEqualTo(2);
    assertThat(e.factors())
        .filteredOn(f -> f.code().equals("reportingLate"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.count()).isEqualTo(1);
              assertThat(f.textZh())
                  .contains("1 个报告期在期末 5 日后才首次报送", latePeriod + " 于 " + LocalDate.now(), "扣 2 分")
                  .doesNotContain(onTimePeriod);
              assertThat(f.textEn()).contains("first filed more than 5 days after they ended");
            });
  }

  @Test
  void aListedEnterprisesFiguresAreFlaggedInTheApprovalQueueUntilRemoved() {
    String code = CreditFixtures.enterprise(reporting, "204", 2, "天祝测试铜业有限公司", TIANZHU, "C3211");
    report(code, LocalDate.now().getYear() - 1 + "-10");
    assertThat(flagsOf(code)).extracting(ReviewFlag::check).doesNotContain("credit.blacklist");
    String document = CreditFixtures.document("甘质黑〔2026〕ZX-1号");
    long id =
        blacklist.list(
            new ListingDraft(
                code, "铜杆导电率抽查不合格", "《中华人民共和国产品质量法》", document, LocalDate.now().toString(), null),
            PROVINCE,
            "admin");
    assertThat(flagsOf(code))
        .filteredOn(f -> f.check().equals("credit.blacklist"))
        .singleElement()
        .satisfies(f -> assertThat(f.detailZh()).contains("质量黑名单", document));
    blacklist.repair(id, "整改完成", PROVINCE, "admin");
    assertThat(flagsOf(code)).extracting(ReviewFlag::check).doesNotContain("credit.blacklist");
  }
}
