package dev.longyuan.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.credit.Complaint;
import dev.longyuan.credit.CreditEvaluation;
import dev.longyuan.credit.Factor;
import dev.longyuan.credit.Grade;
import dev.longyuan.credit.Inspection;
import dev.longyuan.credit.Listing;
import dev.longyuan.credit.ListingState;
import dev.longyuan.credit.Penalty;
import dev.longyuan.programs.Recognition;
import dev.longyuan.reporting.PeriodFiling;
import dev.longyuan.reporting.ReportingConduct;
import dev.longyuan.shared.Period;
import dev.longyuan.trace.ProducerRecalls.ProducerRecall;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score under rule version 1, worked by hand from small sets of facts. */
class EvaluatorTests {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  /** Version 1 as the migration seeds it. */
  static final CreditRules V1 =
      new CreditRules(
          100,
          new CreditRules.Weight(15, 45, 24),
          new CreditRules.Weight(10, 30, 36),
          new CreditRules.Weight(5, 15, 12),
          null,
          new CreditRules.Weight(2, 10, 12),
          new CreditRules.Weight(2, 10, 12),
          null,
          new CreditRules.Weight(5, 10, 0),
          90,
          75,
          60,
          59);

  /** Version 2 as the migration seeds it: version 1 with recalls and late reporting. */
  static final CreditRules V2 =
      new CreditRules(
          100,
          new CreditRules.Weight(15, 45, 24),
          new CreditRules.Weight(10, 30, 36),
          new CreditRules.Weight(5, 15, 12),
          new CreditRules.Weight(15, 30, 24),
          new CreditRules.Weight(2, 10, 12),
          new CreditRules.Weight(2, 10, 12),
          new CreditRules.LateFiling(new CreditRules.Weight(2, 10, 12), 5),
          new CreditRules.Weight(5, 10, 0),
          90,
          75,
          60,
          59);

  final Evaluator evaluator = new Evaluator(V1, 1);

  static Inspection inspection(boolean passed, LocalDate date) {
    return new Inspection(
        1,
        "E",
        "C3011",
        "水泥",
        "B" + date,
        passed,
        passed ? List.of() : List.of("强度"),
        date,
        "省市场监管局");
  }

  static Recognition recognition(String document) {
    return new Recognition(
        1, "zjtx", "E", null, "E", "620100", "C3011", "province", 2024, null, document, false);
  }

  CreditEvaluation evaluate(
      List<Inspection> inspections,
      List<Penalty> penalties,
      List<Complaint> complaints,
      ReportingConduct conduct,
      List<Recognition> recognitions,
      List<Listing> listings) {
    return evaluator.evaluate(
        new Evaluator.Facts(
            TODAY,
            inspections,
            penalties,
            complaints,
            List.of(),
            conduct,
            List.of(),
            recognitions,
            listings));
  }

  static PeriodFiling filed(Period period, LocalDate on) {
    return new PeriodFiling(period, on.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)));
  }

  @Test
  void version2ChargesTheRecallsOfLotsMadeAndThePeriodsFiledLate() {
    // recalls: two within 24 months (−30), one older (not counted);
    // filings, TODAY being 2026-06-30 and the deadline the period's last day + 5:
    //   2026-04 due 05-05, filed 05-05 → on time; 2026-03 due 04-05, filed 04-06 → late;
    //   2026-01/02 due 03-05, filed 03-20 → late; 2025-Q2 due 2025-07-05, within the 12 months
    //   looked back (from 2025-06-30), filed 2025-08-01 → late; 2025-03 due 2025-04-05, before the
    //   window → not counted however late.
    // 100 − 30 − 3 × 2 = 64, grade C
    Evaluator v2 = new Evaluator(V2, 2);
    CreditEvaluation e =
        v2.evaluate(
            new Evaluator.Facts(
                TODAY,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new ProducerRecall(
                        3,
                        "https://id.gs1.org/01/06971234010001/10/L3",
                        "二氧化硫超标",
                        "sulphur dioxide above the limit",
                        TODAY.minusMonths(1)),
                    new ProducerRecall(
                        2,
                        "https://id.gs1.org/01/06971234010001/10/L2",
                        "霉变",
                        "mould",
                        TODAY.minusMonths(20)),
                    new ProducerRecall(
                        1,
                        "https://id.gs1.org/01/06971234010001/10/L1",
                        "霉变",
                        "mould",
                        TODAY.minusMonths(30))),
                new ReportingConduct(0, 0),
                List.of(
                    filed(Period.month(2026, 4), LocalDate.of(2026, 5, 5)),
                    filed(Period.month(2026, 3), LocalDate.of(2026, 4, 6)),
                    filed(Period.month(2026, 1), LocalDate.of(2026, 3, 20)),
                    filed(Period.quarter(2025, 2), LocalDate.of(2025, 8, 1)),
                    filed(Period.month(2025, 3), LocalDate.of(2025, 9, 1))),
                List.of(),
                List.of()));
    assertThat(e.factors())
        .extracting(Factor::code, Factor::count, Factor::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inspections", 0, 0),
            org.assertj.core.groups.Tuple.tuple("penalties", 0, 0),
            org.assertj.core.groups.Tuple.tuple("complaints", 0, 0),
            org.assertj.core.groups.Tuple.tuple("recalls", 2, -30),
            org.assertj.core.groups.Tuple.tuple("reportingReturned", 0, 0),
            org.assertj.core.groups.Tuple.tuple("reportingReopened", 0, 0),
            org.assertj.core.groups.Tuple.tuple("reportingLate", 3, -6),
            org.assertj.core.groups.Tuple.tuple("recognitions", 0, 0),
            org.assertj.core.groups.Tuple.tuple("blacklist", 0, 0));
    assertThat(e.score()).isEqualTo(64);
    assertThat(e.grade()).isEqualTo(Grade.C);
    assertThat(e.ruleVersion()).isEqualTo(2);
    assertThat(e.factors().get(3).textZh())
        .contains("本企业生产的批次被召回 2 次", "/10/L3：二氧化硫超标", "扣 30 分")
        .doesNotContain("/10/L1");
    assertThat(e.factors().get(6).textZh())
        .contains(
            "2026-03 于 2026-04-06 报送", "2026-01/02 于 2026-03-20 报送", "2025-Q2 于 2025-08-01 报送")
        .doesNotContain("2026-04 于", "2025-03");
  }

  @Test
  void version1LeavesOutTheFactorsItPredates() {
    CreditEvaluation e =
        evaluate(List.of(), List.of(), List.of(), new ReportingConduct(0, 0), List.of(), List.of());
    assertThat(e.factors()).extracting(Factor::code).doesNotContain("recalls", "reportingLate");
  }

  @Test
  void noFactsScoresAHundredAndGradeA() {
    CreditEvaluation e =
        evaluate(List.of(), List.of(), List.of(), new ReportingConduct(0, 0), List.of(), List.of());
    assertThat(e.score()).isEqualTo(100);
    assertThat(e.grade()).isEqualTo(Grade.A);
    assertThat(e.factors()).extracting(Factor::points).containsOnly(0);
  }

  @Test
  void everyFactorCountsWithinItsWindowAndCap() {
    // two failures within 24 months (−30), one older than that (not counted), one pass;
    // one penalty (−10); one upheld complaint (−5) and one not upheld; 3 returned periods (−6)
    // and 1 reopened (−2); one recognition (+5): 100 − 30 − 10 − 5 − 6 − 2 + 5 = 52, grade D
    CreditEvaluation e =
        evaluate(
            List.of(
                inspection(false, TODAY.minusMonths(1)),
                inspection(false, TODAY.minusMonths(23)),
                inspection(false, TODAY.minusMonths(25)),
                inspection(true, TODAY.minusMonths(2))),
            List.of(
                new Penalty(
                    1,
                    "E",
                    "甘市监罚〔2026〕1号",
                    TODAY.minusMonths(5),
                    "省市场监管局",
                    "以不合格产品冒充合格产品",
                    BigDecimal.TEN)),
            List.of(
                new Complaint(1, "E", TODAY.minusMonths(3), "水泥结块", true),
                new Complaint(2, "E", TODAY.minusMonths(3), "包装破损", false)),
            new ReportingConduct(3, 1),
            List.of(recognition("甘工信发〔2024〕9号")),
            List.of());
    assertThat(e.factors())
        .extracting(Factor::code, Factor::count, Factor::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inspections", 2, -30),
            org.assertj.core.groups.Tuple.tuple("penalties", 1, -10),
            org.assertj.core.groups.Tuple.tuple("complaints", 1, -5),
            org.assertj.core.groups.Tuple.tuple("reportingReturned", 3, -6),
            org.assertj.core.groups.Tuple.tuple("reportingReopened", 1, -2),
            org.assertj.core.groups.Tuple.tuple("recognitions", 1, 5),
            org.assertj.core.groups.Tuple.tuple("blacklist", 0, 0));
    assertThat(e.score()).isEqualTo(52);
    assertThat(e.grade()).isEqualTo(Grade.D);
    assertThat(e.factors().get(1).textZh()).contains("甘市监罚〔2026〕1号", "扣 10 分");
  }

  @Test
  void theCapsHoldAndTheGradeBoundsAreInclusive() {
    // four failures would be −60 but the cap is 45: 55, D; five returned periods −10 (cap 10)
    List<Inspection> four =
        List.of(
            inspection(false, TODAY.minusDays(1)),
            inspection(false, TODAY.minusDays(2)),
            inspection(false, TODAY.minusDays(3)),
            inspection(false, TODAY.minusDays(4)));
    assertThat(
            evaluate(four, List.of(), List.of(), new ReportingConduct(0, 0), List.of(), List.of())
                .score())
        .isEqualTo(55);
    // 100 − 10 (five returned, capped) = 90: A, as 90 is A's lower bound
    CreditEvaluation ninety =
        evaluate(List.of(), List.of(), List.of(), new ReportingConduct(6, 0), List.of(), List.of());
    assertThat(ninety.score()).isEqualTo(90);
    assertThat(ninety.grade()).isEqualTo(Grade.A);
    // 100 − 15 − 10 = 75: B
    CreditEvaluation b =
        evaluate(
            List.of(inspection(false, TODAY)),
            List.of(),
            List.of(),
            new ReportingConduct(5, 0),
            List.of(),
            List.of());
    assertThat(b.score()).isEqualTo(75);
    assertThat(b.grade()).isEqualTo(Grade.B);
  }

  @Test
  void aListingInForceMakesTheGradeDAndHoldsTheScoreAt59() {
    Listing listed =
        new Listing(
            1,
            "E",
            "E",
            "抽查连续不合格",
            "《产品质量法》",
            "甘质黑〔2026〕1号",
            TODAY.minusDays(10),
            TODAY.plusYears(1),
            ListingState.LISTED,
            "admin",
            null,
            null,
            null,
            null);
    CreditEvaluation e =
        evaluate(
            List.of(),
            List.of(),
            List.of(),
            new ReportingConduct(0, 0),
            List.of(),
            List.of(listed));
    assertThat(e.score()).isEqualTo(59);
    assertThat(e.grade()).isEqualTo(Grade.D);
    assertThat(e.factors().get(e.factors().size() - 1).points()).isEqualTo(-41);
    Listing ended =
        new Listing(
            1,
            "E",
            "E",
            "抽查连续不合格",
            "《产品质量法》",
            "甘质黑〔2025〕1号",
            TODAY.minusYears(1),
            TODAY.minusDays(1),
            ListingState.LISTED,
            "admin",
            null,
            null,
            null,
            null);
    assertThat(
            evaluate(
                    List.of(),
                    List.of(),
                    List.of(),
                    new ReportingConduct(0, 0),
                    List.of(),
                    List.of(ended))
                .grade())
        .isEqualTo(Grade.A);
  }
}
