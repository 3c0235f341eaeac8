package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.PlanCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The definitions the shipped plan carries are ones the engine reads. */
@PlatformTest
class IndicatorDefinitionsTests {

  @Autowired PlanCatalog plans;

  @Autowired IndicatorEngine engine;

  @Test
  void everyDefinitionOfTheGansuPlanParsesAgainstTheDataElements() {
    List<Indicator> defined =
        plans.plan("gansu-13fyp-industry").orElseThrow().indicators().stream()
            .filter(i -> i.definition() != null)
            .toList();

    assertThat(defined)
        .extracting(Indicator::code)
        .containsExactly("I04", "I05", "I07", "I09", "I10");
    for (Indicator indicator : defined) {
      assertThat(engine.parse(indicator.definition().expression()).aggregates())
          .as(indicator.code())
          .isNotEmpty();
      String industries = indicator.definition().industries();
      if (industries != null) {
        assertThat(plans.industryPrefixes(industries)).as(indicator.code()).isNotEmpty();
      }
    }
  }
}
