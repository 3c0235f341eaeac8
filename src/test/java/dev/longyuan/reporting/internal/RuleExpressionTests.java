package dev.longyuan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleExpressionTests {

  @Test
  void compilesAComparisonOfSumsToSql() {
    RuleExpression rule = RuleExpression.parse("SW_UTIL <= SW_GEN + SW_STOCK");

    assertThat(rule.elements()).containsExactlyInAnyOrder("SW_UTIL", "SW_GEN", "SW_STOCK");
    assertThat(rule.sqlCondition()).isEqualTo("\"SW_UTIL\" <= \"SW_GEN\" + \"SW_STOCK\"");
  }

  @Test
  void allowsNumbersAndBrackets() {
    assertThat(RuleExpression.parse("LOSS <= 2 * (REV + 0.5)").sqlCondition())
        .isEqualTo("\"LOSS\" <= 2 * ( \"REV\" + 0.5 )");
  }

  @Test
  void refusesAnythingButOneComparisonOverElements() {
    assertThatThrownBy(() -> RuleExpression.parse("VA + GO"))
        .hasMessageContaining("exactly one comparison");
    assertThatThrownBy(() -> RuleExpression.parse("VA <= GO; DROP TABLE x"))
        .hasMessageContaining("cannot read");
    assertThatThrownBy(() -> RuleExpression.parse("1 <= 2"))
        .hasMessageContaining("not a rule over data elements");
  }
}
