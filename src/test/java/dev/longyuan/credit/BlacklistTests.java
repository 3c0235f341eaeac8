package dev.longyuan.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.market.DemandDraft;
import dev.longyuan.market.Market;
import dev.longyuan.market.Match;
import dev.longyuan.market.SupplyDraft;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.Numbered;
import dev.longyuan.programs.Programmes;
import dev.longyuan.programs.ProgrammesRefused;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The blacklist's workflow and its effect on the market, in Qin'an county (秦安县, 620522): two cement
 * works offer the same cement to a demand there; listing one takes it out of the demand's matches,
 * and removal or the end of the listing brings it back.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlacklistTests {

  static final String QINAN = "620522";
  static final String TAG = "202";
  static final DataScope PROVINCE = DataScope.everything(true);

  @Autowired Blacklist blacklist;
  @Autowired CreditRecords records;
  @Autowired Market market;
  @Autowired ReportingService reporting;
  @Autowired Programmes programmes;

  LocalDate today = LocalDate.now();

  String supplier(int number, String name) {
    String code = CreditFixtures.enterprise(reporting, TAG, number, name, QINAN, "C3011");
    market.postSupply(
        new SupplyDraft(
            code,
            "普通硅酸盐水泥",
            "P·O 42.5 秦安试验批 " + number,
            "C3011",
            BigDecimal.valueOf(5000),
            "吨",
            null,
            null,
            null,
            "ISO 9001",
            null),
        PROVINCE,
        "test");
    return code;
  }

  long demand(String title) {
    return market.postDemand(
        new DemandDraft(
            title,
            "P.O42.5 秦安试验批 散装",
            "C3011",
            BigDecimal.valueOf(2000),
            "吨",
            QINAN,
            "",
            today.plusDays(60),
            BigDecimal.valueOf(80),
            "王工 0932-0000000",
            null,
            null),
        PROVINCE,
        "test");
  }

  List<String> matchedSuppliers(long demand) {
    List<Long> ids = market.matches(demand, PROVINCE, 100).stream().map(Match::supplyId).toList();
    return market.supplies(PROVINCE).stream()
        .filter(s -> ids.contains(s.id()))
        .map(s -> s.enterpriseCode())
        .toList();
  }

  ListingDraft listing(String code, String document, LocalDate from, LocalDate to) {
    return new ListingDraft(
        code,
        "水泥 3 天抗压强度连续两次抽查不合格",
        "《中华人民共和国产品质量法》第十三条；《甘肃省质量黑名单管理办法》",
        document,
        from.toString(),
        to == null ? null : to.toString());
  }

  String kept;

  @BeforeAll
  void aSupplierThatStaysListed() {
    kept = supplier(9, "秦安测试守信水泥有限公司");
  }

  @Test
  void aListedSupplierDisappearsFromMatchesAndReappearsAfterCreditRepair() {
    String listed = supplier(1, "秦安测试失信水泥有限公司");
    long demand = demand("秦安县道路工程水泥采购（一）");
    assertThat(matchedSuppliers(demand)).contains(listed, kept);

    long id =
        blacklist.list(
            listing(listed, CreditFixtures.document("甘质黑〔2026〕WY-1号"), today, today.plusYears(2)),
            PROVINCE,
            "admin");
    assertThat(matchedSuppliers(demand)).doesNotContain(listed).contains(kept);
    assertThat(blacklist.inForce()).extracting(Listing::id).contains(id);
    assertThat(records.evaluation(listed, PROVINCE).grade()).isEqualTo(Grade.D);

    blacklist.repair(id, "已完成整改并通过复查抽检", PROVINCE, "admin");
    assertThat(matchedSuppliers(demand)).contains(listed, kept);
    assertThat(blacklist.inForce()).extracting(Listing::id).doesNotContain(id);
    assertThat(records.evaluation(listed, PROVINCE).grade()).isEqualTo(Grade.A);
    assertThat(records.record(listed, PROVINCE).history())
        .extracting(GradeChange::grade)
        .containsExactly(Grade.A, Grade.D);
  }

  @Test
  void aListedEnterpriseCannotBeNominatedThisYearUntilRemoved() {
    String code = CreditFixtures.enterprise(reporting, TAG, 5, "秦安测试失信机械有限公司", QINAN, "C3411");
    int thisYear = today.getYear();
    String document = CreditFixtures.document("甘质黑〔2026〕WY-5号");
    long id = blacklist.list(listing(code, document, today, null), PROVINCE, "admin");

    assertThatThrownBy(
            () ->
                programmes.recordRecognitions(
                    nomination(code, thisYear), PROVINCE, "admin", "test", false, false))
        .isInstanceOfSatisfying(
            ProgrammesRefused.class,
            refused ->
                assertThat(refused.errors())
                    .singleElement()
                    .satisfies(
                        e -> {
                          assertThat(e.row()).isEqualTo(1);
                          assertThat(e.column()).isEqualTo("enterpriseCode");
                          assertThat(e.code()).isEqualTo("enterprise.barred");
                          assertThat(e.messageZh()).contains("不得推荐认定", "质量黑名单", document);
                          assertThat(e.messageEn()).contains("may not be nominated", document);
                        }));
    assertThat(programmes.recognitionsOf(code, thisYear)).isEmpty();
    // a recognition of an earlier year records what was decided then
    assertThat(
            programmes
                .recordRecognitions(
                    nomination(code, thisYear - 3), PROVINCE, "admin", "test", false, false)
                .stored())
        .isEqualTo(1);

    blacklist.repair(id, "已完成整改并通过复查抽检", PROVINCE, "admin");
    assertThat(
            programmes
                .recordRecognitions(
                    nomination(code, thisYear), PROVINCE, "admin", "test", false, false)
                .stored())
        .isEqualTo(1);
  }

  static List<Numbered<NewRecognition>> nomination(String code, int year) {
    return List.of(
        new Numbered<>(
            1,
            new NewRecognition(
                "specialised-sme",
                code,
                null,
                null,
                null,
                "provincial",
                year,
                null,
                CreditFixtures.document("甘工信发〔" + year + "〕7号"))));
  }

  @Test
  void anAppealKeepsTheListingInForceUntilUpheld() {
    String listed = supplier(2, "秦安测试申诉水泥有限公司");
    long demand = demand("秦安县道路工程水泥采购（二）");
    long id =
        blacklist.list(
            listing(listed, CreditFixtures.document("甘质黑〔2026〕WY-2号"), today.minusDays(5), null),
            PROVINCE,
            "admin");

    DataScope itself = DataScope.enterprise(listed);
    blacklist.appeal(id, "抽检样品保管不当，复检合格", itself, "wy-ent");
    assertThat(blacklist.listings(itself))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.state()).isEqualTo(ListingState.APPEALED);
              assertThat(l.appealedBy()).isEqualTo("wy-ent");
            });
    assertThat(matchedSuppliers(demand)).doesNotContain(listed);
    // an appeal is decided once; another enterprise cannot appeal it
    assertThatThrownBy(() -> blacklist.appeal(id, "again", itself, "wy-ent"))
        .hasFieldOrPropertyWithValue("code", "listing.state");
    assertThatThrownBy(() -> blacklist.appeal(id, "x", DataScope.enterprise(kept), "other"))
        .hasFieldOrPropertyWithValue("code", "scope.outside");

    blacklist.decideAppeal(id, false, "复检不能否定原抽查结论", PROVINCE, "admin");
    assertThat(matchedSuppliers(demand)).doesNotContain(listed);
    blacklist.appeal(id, "补充提交第三方检验报告", itself, "wy-ent");
    blacklist.decideAppeal(id, true, "第三方检验报告证实样品被污染，申诉成立", PROVINCE, "admin");
    assertThat(matchedSuppliers(demand)).contains(listed);
    assertThat(blacklist.listings(itself).get(0).state()).isEqualTo(ListingState.REMOVED);
  }

  @Test
  void aListingOutsideItsDatesExcludesNobody() {
    String ended = supplier(3, "秦安测试期满水泥有限公司");
    String future = supplier(4, "秦安测试待列水泥有限公司");
    long demand = demand("秦安县道路工程水泥采购（三）");
    blacklist.list(
        listing(
            ended,
            CreditFixtures.document("甘质黑〔2024〕WY-3号"),
            today.minusYears(2),
            today.minusDays(1)),
        PROVINCE,
        "admin");
    blacklist.list(
        listing(future, CreditFixtures.document("甘质黑〔2026〕WY-4号"), today.plusDays(10), null),
        PROVINCE,
        "admin");
    assertThat(matchedSuppliers(demand)).contains(ended, future);
    assertThat(blacklist.inForce())
        .extracting(Listing::enterpriseCode)
        .doesNotContain(ended, future);
  }

  @Test
  void aListingIsRefusedWholeWithEveryProblemNamed() {
    assertThatThrownBy(
            () ->
                blacklist.list(
                    new ListingDraft(
                        "91620522X",
                        "",
                        "《产品质量法》",
                        CreditFixtures.document("甘质黑〔2026〕WY-1号"),
                        "2026-02-30",
                        null),
                    PROVINCE,
                    "admin"))
        .isInstanceOfSatisfying(
            CreditRefused.class,
            r ->
                assertThat(r.problems())
                    .extracting(p -> p.column() + " " + p.code())
                    .contains(
                        "enterpriseCode enterprise.code_invalid",
                        "reason field.required",
                        "from date.invalid"));
    assertThatThrownBy(
            () ->
                blacklist.list(
                    listing(kept, CreditFixtures.document("甘质黑〔2026〕WY-9号"), today, null),
                    DataScope.everything(false),
                    "analyst"))
        .hasFieldOrPropertyWithValue("code", "scope.outside");
  }
}
