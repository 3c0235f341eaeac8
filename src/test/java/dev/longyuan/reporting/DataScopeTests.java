package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.exchange.ExchangeFormat;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user's data scope in reporting: six units of their own, in periods of 2011 no other test uses.
 * Lanzhou (620100) holds two enterprises (one in its county Chengguan, 620102, one in Qilihe,
 * 620103) and the region units 620100 and 620102; Jiayuguan (620200) one enterprise and its region
 * unit. Each unit reports GO and REV for 2011-05, so Lanzhou covers 8 values, Jiayuguan 4,
 * Chengguan 4 and the Chengguan enterprise 2.
 */
@PlatformTest
class DataScopeTests {

  static final String CHENGGUAN_WORKS = CreditCode.withCheckCharacter("91620102DATAXC001").value();
  static final String QILIHE_WORKS = CreditCode.withCheckCharacter("91620103DATAXC002").value();
  static final String JIAYUGUAN_WORKS = CreditCode.withCheckCharacter("91620200DATAXC003").value();
  static final List<String> UNITS =
      List.of(CHENGGUAN_WORKS, QILIHE_WORKS, JIAYUGUAN_WORKS, "620100", "620102", "620200");
  static final String MAY = "2011-05";

  static final DataScope PROVINCE = DataScope.everything(true);
  static final DataScope ANALYST = DataScope.everything(false);
  static final DataScope LANZHOU = DataScope.region(RegionCode.of("620100"));
  static final DataScope CHENGGUAN = DataScope.region(RegionCode.of("620102"));
  static final DataScope JIAYUGUAN = DataScope.region(RegionCode.of("620200"));
  static final DataScope WORKS = DataScope.enterprise(CHENGGUAN_WORKS);

  @Autowired ReportingService reporting;

  @Autowired Approvals approvals;

  @Autowired ValueFiles files;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registerTheUnitsAndReportMay() {
    reporting.registerEnterprises(
        List.of(
            enterprise(CHENGGUAN_WORKS, "测试范围甲有限公司", "620102"),
            enterprise(QILIHE_WORKS, "测试范围乙有限公司", "620103"),
            enterprise(JIAYUGUAN_WORKS, "测试范围丙有限公司", "620200")),
        List.of());
    for (String table : List.of("data_value", "data_value_audit")) {
      jdbc.sql("DELETE FROM " + table + " WHERE reporting_unit IN (:units) AND period LIKE '2011%'")
          .param("units", UNITS)
          .update();
    }
    List<ValueRow> rows = new ArrayList<>();
    for (String unit : UNITS) {
      rows.add(row(rows.size() + 2, "GO", unit, MAY, "100"));
      rows.add(row(rows.size() + 2, "REV", unit, MAY, "90"));
    }
    assertThat(load(rows, PROVINCE, "scope-operator").errors()).isEmpty();
  }

  static Enterprise enterprise(String code, String name, String region) {
    return new Enterprise(
        CreditCode.of(code),
        name,
        RegionCode.of(region),
        IndustryCode.of("C3120"),
        SizeClass.MEDIUM,
        "私营",
        false);
  }

  static ValueRow row(int n, String element, String unit, String period, String value) {
    return new ValueRow(n, null, element, unit, period, "current", value, null, null);
  }

  ImportOutcome load(List<ValueRow> rows, DataScope scope, String actor) {
    return reporting.importRows(
        ImportRequest.reported("scope.csv", "csv", "sha", false, actor, scope), rows, List.of());
  }

  List<String> unitsOf(String period, DataScope scope) {
    return reporting
        .values(new ValueQuery(null, null, period, null, null, 10_000, 0, scope))
        .stream()
        .map(StoredValue::reportingUnit)
        .filter(UNITS::contains)
        .toList();
  }

  static ApprovalRequest step(String unit, ApprovalAction action, String reason) {
    return new ApprovalRequest(unit, MAY, null, action, null, reason, "scope-reviewer");
  }

  @Nested
  class Reading {

    @Test
    void aCityReadsOnlyTheValuesOfItsRegionsAndItsEnterprises() {
      assertThat(unitsOf(MAY, PROVINCE)).hasSize(12);
      assertThat(unitsOf(MAY, LANZHOU))
          .hasSize(8)
          .containsOnly(CHENGGUAN_WORKS, QILIHE_WORKS, "620100", "620102");
      assertThat(unitsOf(MAY, JIAYUGUAN)).hasSize(4).containsOnly(JIAYUGUAN_WORKS, "620200");
    }

    @Test
    void aCountyReadsItsOwnFiguresAndItsEnterprisesAndAnEnterpriseOnlyItsOwn() {
      assertThat(unitsOf(MAY, CHENGGUAN)).hasSize(4).containsOnly(CHENGGUAN_WORKS, "620102");
      assertThat(unitsOf(MAY, WORKS)).hasSize(2).containsOnly(CHENGGUAN_WORKS);
      assertThat(reporting.valueCount(WORKS)).isEqualTo(2);
      assertThat(reporting.enterpriseCount(WORKS)).isEqualTo(1);
    }

    @Test
    void anExportHoldsOnlyTheValuesInScope() throws Exception {
      var out = new ByteArrayOutputStream();
      files.export(
          ExchangeFormat.CSV,
          new ValueQuery(null, null, MAY, null, null, Integer.MAX_VALUE, 0, LANZHOU),
          out,
          "scope-exporter");

      List<String> units =
          Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\r?\n"))
              .skip(1)
              .filter(line -> !line.isBlank())
              .map(line -> line.split(",")[1])
              .filter(UNITS::contains)
              .toList();
      assertThat(units).hasSize(8).doesNotContain(JIAYUGUAN_WORKS, "620200");
    }

    @Test
    void anotherCitysHistorySeriesAndFormAreEmpty() throws Exception {
      assertThat(reporting.history(LANZHOU, "GO", CHENGGUAN_WORKS, MAY, "current")).hasSize(1);
      assertThat(reporting.history(LANZHOU, "GO", JIAYUGUAN_WORKS, MAY, "current")).isEmpty();
      assertThat(reporting.history(WORKS, "GO", "620102", MAY, "current")).isEmpty();
      assertThat(reporting.series(LANZHOU, "GO", "620100", 2011)).isNotEmpty();
      assertThat(reporting.series(LANZHOU, "GO", "620200", 2011)).isEmpty();
      assertThat(
              files.filledForm(
                  "ENT-M", CHENGGUAN_WORKS, Period.parse(MAY), LANZHOU, "scope-reader"))
          .isPresent();
      assertThat(
              files.filledForm(
                  "ENT-M", JIAYUGUAN_WORKS, Period.parse(MAY), LANZHOU, "scope-reader"))
          .isEmpty();
    }

    @Test
    void theEnterprisesListIsTheRequestedRegionWithinTheScope() {
      assertThat(reporting.enterprises(LANZHOU, null, null, 10_000, 0))
          .extracting(e -> e.creditCode().value())
          .contains(CHENGGUAN_WORKS, QILIHE_WORKS)
          .doesNotContain(JIAYUGUAN_WORKS);
      assertThat(reporting.enterprises(LANZHOU, null, null, 10_000, 0))
          .allSatisfy(e -> assertThat(e.regionCode().value()).startsWith("6201"));
      assertThat(reporting.enterprises(LANZHOU, "620200", null, 10_000, 0)).isEmpty();
      assertThat(reporting.enterprises(WORKS, null, null, 10_000, 0))
          .extracting(e -> e.creditCode().value())
          .containsExactly(CHENGGUAN_WORKS);
    }
  }

  @Nested
  class Importing {

    @Test
    void aRowOfAnotherCityRefusesTheWholeImport() {
      ImportOutcome outcome =
          load(
              List.of(
                  row(2, "GO", CHENGGUAN_WORKS, "2011-06", "100"),
                  row(3, "GO", "620100", "2011-06", "100"),
                  row(4, "GO", JIAYUGUAN_WORKS, "2011-06", "100")),
              LANZHOU,
              "scope-lanzhou");

      assertThat(outcome.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.row()).isEqualTo(4);
                assertThat(e.column()).isEqualTo("reporting_unit");
                assertThat(e.code()).isEqualTo("scope.outside");
                assertThat(e.messageZh()).contains(JIAYUGUAN_WORKS);
                assertThat(e.messageEn()).contains("outside");
              });
      assertThat(unitsOf("2011-06", PROVINCE)).isEmpty();
    }

    @Test
    void aCityImportsTheValuesOfItsOwnUnits() {
      ImportOutcome outcome =
          load(
              List.of(
                  row(2, "GO", CHENGGUAN_WORKS, "2011-06", "100"),
                  row(3, "GO", "620102", "2011-06", "100")),
              LANZHOU,
              "scope-lanzhou");

      assertThat(outcome.errors()).isEmpty();
      assertThat(unitsOf("2011-06", PROVINCE)).hasSize(2);
    }

    @Test
    void anAnalystImportsNothing() {
      ImportOutcome outcome =
          load(List.of(row(2, "GO", "620100", "2011-06", "100")), ANALYST, "scope-analyst");

      assertThat(outcome.errors()).extracting(ImportError::code).containsExactly("scope.read_only");
      assertThat(unitsOf("2011-06", PROVINCE)).isEmpty();
    }

    @Test
    void anotherUsersImportIsHiddenFromAnyoneButTheProvince() {
      long id =
          load(List.of(row(2, "GO", "620100", "2011-07", "1")), LANZHOU, "scope-lanzhou")
              .importId();

      assertThat(reporting.importStatus(id, LANZHOU, "scope-lanzhou")).isPresent();
      assertThat(reporting.importStatus(id, LANZHOU, "scope-another-lanzhou")).isEmpty();
      assertThat(reporting.importStatus(id, JIAYUGUAN, "scope-jiayuguan")).isEmpty();
      assertThat(reporting.importStatus(id, ANALYST, "scope-analyst")).isPresent();
      assertThat(reporting.recentImports(50, JIAYUGUAN, "scope-jiayuguan"))
          .extracting(ImportStatus::id)
          .doesNotContain(id);
      assertThat(reporting.recentImports(50, LANZHOU, "scope-lanzhou"))
          .extracting(ImportStatus::id)
          .contains(id);
    }
  }

  @Nested
  class Approving {

    String levelOf(String unit) {
      return reporting
          .values(new ValueQuery(unit, "GO", MAY, "current", null, 1, 0, PROVINCE))
          .get(0)
          .approvedLevel();
    }

    List<String> queued(DataScope scope) {
      return approvals.queue(scope, 10_000).stream()
          .filter(item -> item.period().equals(MAY))
          .map(QueueItem::reportingUnit)
          .filter(UNITS::contains)
          .toList();
    }

    @Test
    void eachScopeApprovesAtItsOwnLevelCountyThenCityThenProvince() {
      assertThat(queued(CHENGGUAN)).containsExactly(CHENGGUAN_WORKS);
      assertThat(queued(LANZHOU)).containsExactlyInAnyOrder("620100", "620102");
      assertThatThrownBy(
              () -> approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.APPROVE, null), LANZHOU))
          .hasFieldOrPropertyWithValue("code", "approval.nothing_to_do");

      assertThat(approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.APPROVE, null), CHENGGUAN))
          .isEqualTo(2);
      assertThat(levelOf(CHENGGUAN_WORKS)).isEqualTo("county");
      assertThat(queued(LANZHOU)).containsExactlyInAnyOrder(CHENGGUAN_WORKS, "620100", "620102");
      assertThat(approvals.approvedBy(CHENGGUAN, 10_000))
          .extracting(QueueItem::reportingUnit)
          .contains(CHENGGUAN_WORKS);

      assertThat(approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.APPROVE, null), LANZHOU))
          .isEqualTo(2);
      assertThat(levelOf(CHENGGUAN_WORKS)).isEqualTo("city");

      approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.APPROVE, null), PROVINCE);
      assertThat(levelOf(CHENGGUAN_WORKS)).isEqualTo("province");
    }

    @Test
    void aUnitOutsideTheScopeIsRefused() {
      assertThatThrownBy(
              () -> approvals.approve(step(JIAYUGUAN_WORKS, ApprovalAction.APPROVE, null), LANZHOU))
          .hasFieldOrPropertyWithValue("code", "scope.outside");
      assertThatThrownBy(
              () -> approvals.approve(step(QILIHE_WORKS, ApprovalAction.APPROVE, null), CHENGGUAN))
          .hasFieldOrPropertyWithValue("code", "scope.outside");
      // Jiayuguan has no counties: its enterprises come to the city first
      assertThat(queued(JIAYUGUAN)).containsExactly("620200", JIAYUGUAN_WORKS);
      assertThat(levelOf(JIAYUGUAN_WORKS)).isNull();
    }

    @Test
    void anAnalystApprovesNothing() {
      assertThatThrownBy(
              () -> approvals.approve(step("620100", ApprovalAction.APPROVE, null), ANALYST))
          .hasFieldOrPropertyWithValue("code", "scope.read_only");
      assertThat(levelOf("620100")).isNull();
    }

    @Test
    void anEnterpriseMayOnlySubmitItsOwnValues() {
      approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.RETURN, "请核实"), CHENGGUAN);

      assertThatThrownBy(
              () -> approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.APPROVE, null), WORKS))
          .hasFieldOrPropertyWithValue("code", "scope.submit_only");
      assertThatThrownBy(
              () -> approvals.approve(step(QILIHE_WORKS, ApprovalAction.SUBMIT, null), WORKS))
          .hasFieldOrPropertyWithValue("code", "scope.outside");
      assertThat(approvals.approve(step(CHENGGUAN_WORKS, ApprovalAction.SUBMIT, null), WORKS))
          .isEqualTo(2);
      assertThat(approvals.queue(WORKS, 10)).isEmpty();
      assertThat(queued(CHENGGUAN)).containsExactly(CHENGGUAN_WORKS);
    }
  }
}
