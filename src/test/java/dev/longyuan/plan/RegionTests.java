package dev.longyuan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.shared.RegionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTests {

  @ParameterizedTest
  @CsvSource({
    "620100, 兰州市, prefecture, 兰州",
    "622900, 临夏回族自治州, prefecture, 临夏",
    "623000, 甘南藏族自治州, prefecture, 甘南",
    "620200, 嘉峪关市, prefecture, 嘉峪关",
    "620722, 肃南裕固族自治县, county, 肃南",
    "622927, 积石山保安族东乡族撒拉族自治县, county, 积石山",
    "620102, 城关区, county, 城关",
    "620171, 兰州新区, new_area, 兰州新区",
    "620000, 甘肃省, province, 甘肃"
  })
  void isWrittenShortAsThePlanWritesIt(String code, String name, String level, String shortName) {
    Region region =
        new Region(RegionCode.of(code), name, "", RegionLevel.fromWord(level).orElseThrow(), null);

    assertThat(region.shortNameZh()).isEqualTo(shortName);
  }
}
