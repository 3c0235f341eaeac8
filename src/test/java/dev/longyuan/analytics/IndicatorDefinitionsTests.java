package dev.longyuan.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.PlanCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The definitions the shipped plan carries are ones the engine reads. */
@PlatformTest
class IndicatorDefinitionsTests {

  @Autowired PlanCatalog plans;

  @Autowired IndicatorEngine engine;

  @Autowired dev.longyuan.reporting.ReportingService reporting;

  @Test
  void everyDefinitionOfTheGansuPlanNamesDataElementsThatExist() {
    List<Indicator> defined =
        plans.plan("gansu-13fyp-industry").orElseThrow().indicators().stream()
            .filter(i -> i.definition() != null)
            .toList();

    assertThat(defined)
        .extracting(Indicator::code)
        .containsExactly("I01", "I02", "I04", "I05", "I07", "I08", "I09", "I10");
    java.util.Set<String> elements =
        reporting.elements().stream()
            .map(dev.longyuan.reporting.DataElement::code)
            .collect(java.util.stream.Collectors.toSet());
    for (Indicator indicator : defined) {
      IndicatorDefinition definition = indicator.definition();
      if (definition.expression() != null) {
        assertThat(engine.parse(definition.expression()).aggregates())
            .as(indicator.code())
            .isNotEmpty();
      }
      assertThat(elements).as(indicator.code()).containsAll(definition.official());
      if (definition.officialChange() != null) {
        assertThat(elements).as(indicator.code()).contains(definition.officialChange());
      }
      String industries = definition.industries();
      if (industries != null) {
        assertThat(plans.industryPrefixes(industries)).as(indicator.code()).isNotEmpty();
      }
    }
  }
}
