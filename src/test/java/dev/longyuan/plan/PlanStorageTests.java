package dev.longyuan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.plan.persistence.PlanRepository;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PlanStorageTests {

  @Autowired PlanCatalog catalog;

  @Autowired JdbcClient jdbc;

  @Autowired PlanRepository repository;

  @Test
  void storesTheShippedPlanExactlyAsTheFileSaysIt() throws Exception {
    Plan fromFile = PlanFile.read(shipped()).validPlan().orElseThrow();

    assertThat(catalog.plan("gansu-13fyp-industry")).hasValue(fromFile);
  }

  @Test
  void storingTheSameSourceAgainChangesNothing() throws Exception {
    Plan plan = PlanFile.read(shipped()).validPlan().orElseThrow();
    String sha =
        jdbc.sql("SELECT source_sha256 FROM plan WHERE id = 'gansu-13fyp-industry'")
            .query(String.class)
            .single();

    assertThat(catalog.store(plan, sha)).isFalse();
  }

  @Test
  void replacesAChangedPlanWhole() throws Exception {
    String changed = minimal().replace("(test sample)", "(test sample, revised)");
    Plan first = PlanFile.read(minimal()).validPlan().orElseThrow();
    Plan second = PlanFile.read(changed).validPlan().orElseThrow();

    catalog.store(first, "sha-1");
    assertThat(catalog.store(second, "sha-2")).isTrue();

    assertThat(catalog.plan(first.id())).hasValue(second);
    assertThat(
            jdbc.sql("SELECT count(*) FROM plan_target WHERE plan_id = :id")
                .param("id", first.id())
                .query(Integer.class)
                .single())
        .isEqualTo(second.targets().size());
  }

  @Test
  void aPlanTheDatabaseRefusesLeavesTheStoredVersionIntact() throws Exception {
    Plan good = PlanFile.read(minimal()).validPlan().orElseThrow();
    catalog.store(good, "sha-good");
    // two indicator rows with the same number pass the reader but break a database constraint
    // half-way through the inserts
    List<Indicator> indicators = new ArrayList<>(good.indicators());
    Indicator second = indicators.get(1);
    indicators.set(
        1,
        new Indicator(
            second.code(),
            indicators.get(0).number(),
            second.categoryZh(),
            second.categoryEn(),
            second.nameZh(),
            second.nameEn(),
            second.unit(),
            second.attribute(),
            second.direction(),
            second.scope(),
            second.baseline(),
            second.baselineNote(),
            second.target(),
            second.targetText(),
            second.section(),
            second.tableRow(),
            second.targets(),
            second.corrections(),
            second.note(),
            second.noteEn(),
            second.definition()));
    Plan bad =
        new Plan(
            good.id(),
            "broken",
            good.titleEn(),
            good.documentNumber(),
            good.issuerZh(),
            good.issuerEn(),
            good.issuedOn(),
            good.baseYear(),
            good.targetYear(),
            good.preamble(),
            good.sections(),
            good.indicatorTable(),
            indicators,
            good.targets(),
            good.baselines(),
            good.sectors(),
            good.regions(),
            good.places(),
            good.units(),
            good.tasks(),
            good.progressThresholds());

    assertThatThrownBy(() -> catalog.store(bad, "sha-bad")).isInstanceOf(RuntimeException.class);

    assertThat(repository.find(good.id())).hasValue(good);
    assertThat(
            jdbc.sql("SELECT source_sha256 FROM plan WHERE id = :id")
                .param("id", good.id())
                .query(String.class)
                .single())
        .isEqualTo("sha-good");
  }

  private static String shipped() throws Exception {
    return resource("/plans/gansu-13fyp-industry.yaml");
  }

  private static String minimal() throws Exception {
    return resource("/test-plans/minimal-plan.yaml");
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = PlanStorageTests.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
