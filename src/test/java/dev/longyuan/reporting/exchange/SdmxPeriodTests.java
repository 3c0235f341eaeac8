package dev.longyuan.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdmxPeriodTests {

  @Test
  void januaryFebruaryTogetherIsWrittenAsATwoMonthInterval() {
    assertThat(SdmxPeriod.write(Period.month(2019, 1))).isEqualTo("2019-01-01/P2M");
    assertThat(SdmxPeriod.read("2019-01-01/P2M")).isEqualTo("2019-01/02");
  }

  @ParameterizedTest
  @CsvSource({"2019, 2019", "2019-Q3, 2019-Q3", "2019-07, 2019-07", "2019-12, 2019-12"})
  void otherPeriodsKeepTheirSdmxCodes(String code, String sdmx) {
    assertThat(SdmxPeriod.write(Period.parse(code))).isEqualTo(sdmx);
    assertThat(SdmxPeriod.read(sdmx)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({
    "2019-07-01/P1M, 2019-07",
    "2019-07-01/P3M, 2019-Q3",
    "2019-01-01/P1Y, 2019",
    "2019-01-01/P12M, 2019",
    "2019-M07, 2019-07",
    "2019-A1, 2019",
    "2019-02-01/P2M, 2019-02-01/P2M",
    "2019-W07, 2019-W07"
  })
  void intervalsOfAWholePeriodAndReportingPeriodsAreRead(String sdmx, String code) {
    assertThat(SdmxPeriod.read(sdmx)).isEqualTo(code);
  }
}
