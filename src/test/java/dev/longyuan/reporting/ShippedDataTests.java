package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedDataTests {

  @Autowired ShippedDataLoader loader;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @BeforeAll
  void loadTwice() {
    loader.load();
    loader.load();
  }

  @Test
  void keepsEveryPublishedFigureAsPublishedWithItsSource() {
    assertThat(jdbc.sql("SELECT count(*) FROM published_figure").query(Integer.class).single())
        .isEqualTo(42);
    assertThat(
            jdbc.sql(
                    "SELECT quote FROM published_figure WHERE code = 'S-gdp' AND period_text = '2015'")
                .query(String.class)
                .single())
        .contains("6790.32");
  }

  @Test
  void turnsTheMappedFiguresIntoOfficialApprovedProvinceValuesInTheElementsUnit() {
    assertThat(reporting.values(new ValueQuery("620000", "GDP", "2015", "ytd", null, 1, 0)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("67903200");
              assertThat(v.source()).isEqualTo("official");
              assertThat(v.status()).isEqualTo("approved");
              assertThat(v.approvedLevel()).isEqualTo("province");
              assertThat(v.comment()).contains("甘肃省2015年国民经济和社会发展统计公报");
            });
    assertThat(
            reporting
                .values(new ValueQuery("620000", "VA_GROWTH", "2020", "ytd", null, 1, 0))
                .get(0)
                .value())
        .isEqualByComparingTo("6.5");
    assertThat(
            reporting
                .values(new ValueQuery("620000", "VA_GROWTH", "2020-06", "ytd", null, 1, 0))
                .get(0)
                .value())
        .isEqualByComparingTo("4.6");
  }

  @Test
  void statesTheProxyScopeBesideTheValue() {
    assertThat(
            reporting
                .values(new ValueQuery("620000", "VA_GROWTH", "2020", "ytd", null, 1, 0))
                .get(0)
                .comment())
        .contains("代理口径");
  }

  @Test
  void loadsTheSyntheticPanelOnceAYearLabelledAsSynthetic() {
    assertThat(
            jdbc.sql("SELECT count(*) FROM data_import WHERE file_name LIKE 'synthetic panel %'")
                .query(Integer.class)
                .single())
        .as(
            jdbc.sql(
                    "SELECT file_name || ' ' || state || ' ' || dry_run FROM data_import WHERE file_name LIKE 'synthetic panel %'")
                .query(String.class)
                .list()
                .toString())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT source FROM data_value v JOIN enterprise e ON e.credit_code = v.reporting_unit WHERE e.synthetic")
                .query(String.class)
                .list())
        .containsExactly("synthetic");
  }

  @Test
  void loadsOnlyOnce() {
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM data_value_audit WHERE reporting_unit = '620000' AND data_element = 'GDP'")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }
}
