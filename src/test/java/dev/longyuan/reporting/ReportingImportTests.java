package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ReportingImportTests {

  /** Two test enterprises of their own, so these tests do not meet any other test's data. */
  static final String STEEL = CreditCode.withCheckCharacter("91620200TEXT00001").value();

  static final String CEMENT = CreditCode.withCheckCharacter("91620100TEXT00002").value();

  @Autowired ReportingService reporting;

  @Autowired Approvals approvals;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerEnterprisesAndClearTheirValues() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(STEEL),
                "测试钢铁有限公司",
                RegionCode.of("620200"),
                IndustryCode.of("C3120"),
                SizeClass.LARGE,
                "国有",
                false),
            new Enterprise(
                CreditCode.of(CEMENT),
                "测试水泥有限公司",
                RegionCode.of("620102"),
                IndustryCode.of("C3011"),
                SizeClass.MEDIUM,
                "私营",
                false)),
        List.of(new PanelMembership(CreditCode.of(STEEL), 2019, true)));
    for (String unit : List.of(STEEL, CEMENT, "620100")) {
      jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", unit).update();
      jdbc.sql("DELETE FROM data_value_audit WHERE reporting_unit = :u").param("u", unit).update();
    }
  }

  static ValueRow row(
      int n,
      String element,
      String unit,
      String period,
      String measure,
      String value,
      String previous) {
    return new ValueRow(n, null, element, unit, period, measure, value, previous, null);
  }

  ImportOutcome load(List<ValueRow> rows) {
    return reporting.importRows(
        ImportRequest.reported(
            "test.csv", "csv", "sha", false, "tester", DataScope.everything(true)),
        rows,
        List.of());
  }

  long stored(String unit) {
    return jdbc.sql("SELECT count(*) FROM data_value WHERE reporting_unit = :u")
        .param("u", unit)
        .query(Long.class)
        .single();
  }

  List<ValueRow> goodRows() {
    return List.of(
        row(2, "GO", STEEL, "2019-01/02", "ytd", "52000.5", "48000"),
        row(3, "VA", STEEL, "2019-01/02", "ytd", "13000", "12100"),
        row(4, "P_CRUDE_STEEL", STEEL, "2019-01/02", "ytd", "120.55", "115.2"),
        row(5, "P_CEMENT", CEMENT, "2019-03", "current", "45.1", null));
  }

  @Test
  void createsTheValuesOfAGoodFileAndAuditsEachOne() {
    ImportOutcome outcome = load(goodRows());

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.created()).isEqualTo(4);
    assertThat(reporting.values(new ValueQuery(STEEL, "VA", "2019-01/02", "ytd", null, 10, 0)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("13000");
              assertThat(v.previousYearValue()).isEqualByComparingTo("12100");
              assertThat(v.status()).isEqualTo("submitted");
            });
    assertThat(reporting.history(DataScope.everything(false), "VA", STEEL, "2019-01/02", "ytd"))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.action()).isEqualTo("create");
              assertThat(change.newValue()).isEqualByComparingTo("13000");
              assertThat(change.actor()).isEqualTo("tester");
            });
  }

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() {
    load(goodRows());

    ImportOutcome again = load(goodRows());

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(reporting.history(DataScope.everything(false), "VA", STEEL, "2019-01/02", "ytd"))
        .hasSize(1);
  }

  @Test
  void updatesAChangedValueAndKeepsTheOldOneInTheHistory() {
    load(goodRows());
    List<ValueRow> changed = new ArrayList<>(goodRows());
    changed.set(1, row(3, "VA", STEEL, "2019-01/02", "ytd", "13100", "12100"));

    ImportOutcome outcome = load(changed);

    assertThat(outcome.updated()).isEqualTo(1);
    assertThat(outcome.unchanged()).isEqualTo(3);
    assertThat(reporting.history(DataScope.everything(false), "VA", STEEL, "2019-01/02", "ytd"))
        .extracting(ValueChange::action, ValueChange::oldValue, ValueChange::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("create", null, new BigDecimal("13000")),
            org.assertj.core.groups.Tuple.tuple(
                "update", new BigDecimal("13000"), new BigDecimal("13100")));
  }

  @Test
  void aDryRunCountsButWritesNothing() {
    ImportOutcome outcome =
        reporting.importRows(
            ImportRequest.reported(
                "t.csv", "csv", "sha", true, "tester", DataScope.everything(true)),
            goodRows(),
            List.of());

    assertThat(outcome.created()).isEqualTo(4);
    assertThat(stored(STEEL)).isZero();
  }

  @Nested
  class ABadFile {

    @Test
    void isRefusedWithEveryBadRowListedAndNothingWritten() {
      List<ValueRow> rows = new ArrayList<>(goodRows());
      rows.add(row(6, "NO_SUCH", STEEL, "2019-03", "ytd", "1", null));
      rows.add(row(7, "GO", "620200TEST000000X1", "2019-03", "ytd", "1", null));
      rows.add(
          row(
              8,
              "GO",
              CreditCode.withCheckCharacter("91620100NEW000007").value(),
              "2019-03",
              "ytd",
              "1",
              null));
      rows.add(row(9, "GO", STEEL, "2019-02", "ytd", "1", null));
      rows.add(row(10, "GO", STEEL, "2019-03", "ytd", "一千", null));
      rows.add(row(11, "GO", STEEL, "2019-01/02", "ytd", "52000.5", "48000"));
      rows.add(row(12, "P_CEMENT", CEMENT, "2019-03", "monthly", "1", null));
      rows.add(row(13, "GO", STEEL, "2019-04", "ytd", "1.234", null));

      ImportOutcome outcome = load(rows);

      assertThat(outcome.accepted()).isFalse();
      assertThat(outcome.errors())
          .extracting(ImportError::row, ImportError::column, ImportError::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(6, "data_element", "element.unknown"),
              org.assertj.core.groups.Tuple.tuple(7, "reporting_unit", "unit.invalid_credit_code"),
              org.assertj.core.groups.Tuple.tuple(8, "reporting_unit", "unit.unknown_enterprise"),
              org.assertj.core.groups.Tuple.tuple(9, "period", "period.invalid"),
              org.assertj.core.groups.Tuple.tuple(10, "value", "value.not_a_number"),
              org.assertj.core.groups.Tuple.tuple(11, "data_element", "key.duplicate"),
              org.assertj.core.groups.Tuple.tuple(12, "measure", "measure.invalid"),
              org.assertj.core.groups.Tuple.tuple(13, "value", "value.precision"));
      assertThat(outcome.errors().get(5).messageEn())
          .isEqualTo("duplicates row 2: one value per element, unit, period and measure");
      assertThat(outcome.errors().get(3).messageZh()).contains("1月和2月合并报送");
      assertThat(stored(STEEL)).isZero();
      assertThat(stored(CEMENT)).isZero();
    }

    @Test
    void breakingAHardRuleAgainstAStoredValueIsRefused() {
      load(goodRows());

      ImportOutcome outcome =
          load(List.of(row(2, "VA", STEEL, "2019-01/02", "ytd", "60000", "12100")));

      assertThat(outcome.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.code()).isEqualTo("rule.VA_LE_GO");
                assertThat(error.messageEn())
                    .contains("VA <= GO")
                    .contains("VA = 60000")
                    .contains("GO = 52000.5");
              });
      assertThat(
              reporting
                  .values(new ValueQuery(STEEL, "VA", "2019-01/02", "ytd", null, 1, 0))
                  .get(0)
                  .value())
          .isEqualByComparingTo("13000");
    }

    @Test
    void countsMustBeWholeAndNotNegative() {
      ImportOutcome outcome =
          load(List.of(row(2, "PATENTS", STEEL, "2019", "current", "-1", null)));

      assertThat(outcome.errors()).extracting(ImportError::code).containsExactly("value.count");
    }

    @Test
    void aYearlyElementNeedsAYear() {
      ImportOutcome outcome = load(List.of(row(2, "RD_EXP", STEEL, "2019-03", "ytd", "10", null)));

      assertThat(outcome.errors()).extracting(ImportError::code).containsExactly("period.too_fine");
    }
  }

  @Nested
  class ApprovalPath {

    /** The steel works is in 嘉峪关市 (620200), a city without counties: the city approves first. */
    static final DataScope JIAYUGUAN = DataScope.region(RegionCode.of("620200"));

    static final DataScope PROVINCE = DataScope.everything(true);

    ApprovalRequest step(ApprovalAction action, String reason) {
      return new ApprovalRequest(STEEL, "2019-01/02", null, action, null, reason, "reviewer");
    }

    @Test
    void goesFromTheCityToTheProvinceWhereNoCountyLiesBetweenAndLocksTheValues() {
      load(goodRows());

      assertThatThrownBy(() -> approvals.approve(step(ApprovalAction.APPROVE, null), PROVINCE))
          .isInstanceOfSatisfying(
              ReportingRefused.class,
              r -> assertThat(r.code()).isEqualTo("approval.nothing_to_do"));
      assertThat(approvals.approve(step(ApprovalAction.APPROVE, null), JIAYUGUAN)).isEqualTo(3);
      assertThat(approvals.approve(step(ApprovalAction.APPROVE, null), PROVINCE)).isEqualTo(3);

      ImportOutcome edit =
          load(List.of(row(2, "VA", STEEL, "2019-01/02", "ytd", "13200", "12100")));

      assertThat(edit.errors()).extracting(ImportError::code).containsExactly("value.locked");
      assertThat(reporting.history(DataScope.everything(false), "VA", STEEL, "2019-01/02", "ytd"))
          .extracting(ValueChange::action)
          .containsExactly("create", "approve", "approve");
    }

    @Test
    void onlyTheApprovingLevelReopensAndThenTheValueCanChange() {
      load(goodRows());
      approvals.approve(step(ApprovalAction.APPROVE, null), JIAYUGUAN);

      assertThatThrownBy(() -> approvals.approve(step(ApprovalAction.REOPEN, null), PROVINCE))
          .isInstanceOf(ReportingRefused.class);
      approvals.approve(step(ApprovalAction.REOPEN, null), JIAYUGUAN);

      assertThat(
              load(List.of(row(2, "VA", STEEL, "2019-01/02", "ytd", "13200", "12100"))).updated())
          .isEqualTo(1);
    }

    @Test
    void aReturnNeedsAReasonAndKeepsIt() {
      load(goodRows());

      assertThatThrownBy(() -> approvals.approve(step(ApprovalAction.RETURN, " "), JIAYUGUAN))
          .isInstanceOfSatisfying(
              ReportingRefused.class, r -> assertThat(r.messageZh()).isEqualTo("退回须写明理由"));
      approvals.approve(step(ApprovalAction.RETURN, "增加值率异常，请核实"), JIAYUGUAN);

      assertThat(
              reporting.values(new ValueQuery(STEEL, "VA", "2019-01/02", "ytd", null, 1, 0)).get(0))
          .satisfies(
              v -> {
                assertThat(v.status()).isEqualTo("returned");
                assertThat(v.returnReason()).isEqualTo("增加值率异常，请核实");
              });
    }
  }
}
