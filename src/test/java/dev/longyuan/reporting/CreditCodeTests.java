package dev.longyuan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

  @ParameterizedTest
  // the check characters of these were worked out by hand per GB 32100-2015
  @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "11100000000013127D"})
  void acceptsCodesWithTheRightCheckCharacter(String code) {
    assertThat(CreditCode.isValid(code)).as(code).isTrue();
  }

  @Test
  void computesTheCheckCharacterOverTheFirstSeventeen() {
    assertThat(CreditCode.withCheckCharacter("91350100M000100Y4").value())
        .isEqualTo("91350100M000100Y43");
  }

  @Test
  void refusesAWrongCheckCharacterAndSaysWhichItShouldBe() {
    assertThat(CreditCode.problemEn("91350100M000100Y44"))
        .hasValue("the check character is 4 but GB 32100-2015 gives 3");
    assertThat(CreditCode.problemZh("91350100M000100Y44")).hasValue("校验码为 4，按 GB 32100-2015 应为 3");
  }

  @Test
  void refusesLettersTheStandardLeavesOut() {
    assertThat(CreditCode.problemEn("91350100M00010OY43"))
        .hasValueSatisfying(p -> assertThat(p).contains("'O'"));
  }

  @Test
  void refusesTheWrongLength() {
    assertThat(CreditCode.problemEn("9135010"))
        .hasValue("a unified social credit code has 18 characters, not 7");
  }

  @Test
  void carriesTheRegionOfRegistration() {
    assertThat(CreditCode.of("91350100M000100Y43").registrationRegion()).isEqualTo("350100");
  }
}
