package dev.longyuan.programs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.analytics.RegisterFigure;
import dev.longyuan.analytics.RegisterFigures;
import dev.longyuan.programs.internal.ShippedProgrammes;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import dev.longyuan.shared.DataScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demonstration data on the tests' small synthetic panel (100 enterprises): loaded once however
 * often asked, every record marked synthetic, and removed afterwards so that no other test sees
 * them.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedProgrammesTests {

  @Autowired ShippedDataLoader reportingData;
  @Autowired ShippedProgrammes shipped;
  @Autowired Programmes programmes;
  @Autowired List<RegisterFigures> registers;
  @Autowired JdbcClient jdbc;
  @Autowired dev.longyuan.analytics.PlanAssessor assessor;
  @Autowired org.springframework.test.web.servlet.MockMvc mvc;

  boolean first;
  boolean second;

  @BeforeAll
  void loadTwice() {
    reportingData.load();
    first = shipped.load();
    second = shipped.load();
  }

  @AfterAll
  void removeThem() {
    for (String table :
        List.of("programme_recognition", "capacity_withdrawal", "capacity_statement")) {
      jdbc.sql("DELETE FROM " + table + " WHERE synthetic").update();
    }
    jdbc.sql("DELETE FROM programme_shipped_data").update();
  }

  @Test
  void loadsOnceAndEveryRecordIsSynthetic() {
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(count("programme_recognition", true)).isGreaterThan(50);
    assertThat(count("capacity_statement", true)).isPositive();
    assertThat(count("capacity_withdrawal", true)).isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM programme_recognition WHERE synthetic"
                        + " AND document_number NOT LIKE '模拟-%'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void zonesAreThePlansDevelopmentZones() {
    List<Recognition> zones =
        programmes.recognitions(
            DataScope.everything(false), "civil-military-park", null, null, null, 2020, 100);
    assertThat(zones).hasSize(7).allSatisfy(r -> assertThat(r.zoneCode()).isNotNull());
  }

  @Test
  void theProvincesFiguresSayTheyAreSynthetic() {
    RegisterFigures register =
        registers.stream()
            .filter(r -> r.keeps("programme:specialised-sme"))
            .findFirst()
            .orElseThrow();
    Map<Integer, RegisterFigure> figures =
        register.figures("programme:civil-military-park", "620000", List.of(2015, 2020));
    assertThat(figures.get(2015).value().intValue()).isEqualTo(2);
    assertThat(figures.get(2020).value().intValue()).isEqualTo(7);
    assertThat(figures.get(2020).synthetic()).isTrue();
    // the zones' programme began in 2016: none at the end of the base year, which is a 0
    Map<Integer, RegisterFigure> zones =
        register.figures("programme:service-manufacturing-zone", "620000", List.of(2015, 2020));
    assertThat(zones.get(2015).value().intValue()).isZero();
    assertThat(zones.get(2020).value().intValue()).isEqualTo(7);
  }

  @Test
  void everyTargetARegisterMeasuresIsJudgedForTheProvinceIn2020() {
    List<dev.longyuan.analytics.TargetAssessment> registered =
        assessor
            .assess("gansu-13fyp-industry", 2020, DataScope.everything(true), null, null)
            .targets()
            .stream()
            // the SME network's county coverage is judged by smeservices' own tests
            .filter(t -> t.register() != null && !t.register().startsWith("sme-network:"))
            .toList();

    assertThat(registered).hasSize(17);
    assertThat(registered)
        .allSatisfy(
            t -> {
              assertThat(t.progress().label())
                  .as("%s (%s): %s", t.targetCode(), t.register(), t.reasonEn())
                  .isNotEqualTo(dev.longyuan.analytics.ProgressLabel.NOT_ASSESSABLE);
              assertThat(t.dataSource()).isEqualTo("synthetic");
            });
  }

  @Test
  void aTargetsPageTracesItsFiguresToTheRegister() throws Exception {
    String page =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/monitoring/gansu-13fyp-industry/targets/T-5.1.4-02?year=2020")
                    .with(dev.longyuan.TestUsers.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(page)
        .contains("href=\"/programmes/specialised-sme\"", "programme:specialised-sme")
        .contains("2020年末有效认定", "模拟数据");
  }

  private int count(String table, boolean synthetic) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE synthetic = :s")
        .param("s", synthetic)
        .query(Integer.class)
        .single();
  }
}
