package dev.longyuan.plan.internal;

import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.plan.PlanFile;
import dev.longyuan.plan.PlanProblem;
import dev.longyuan.plan.PlanReading;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped plans and those in {@code $LONGYUAN_HOME/plans/} at start. A changed file
 * replaces its plan in one transaction; a broken one is reported and leaves the stored plan as it
 * was.
 */
@Component
class PlanStartupLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlanStartupLoader.class);

  private final PlanCatalog catalog;
  private final Path home;

  PlanStartupLoader(PlanCatalog catalog, @Value("${longyuan.home}") Path home) {
    this.catalog = catalog;
    this.home = home;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    for (PlanSources.PlanSource source : PlanSources.all(home)) {
      PlanReading reading = PlanFile.read(source.text());
      if (!reading.isValid()) {
        log.error(
            "计划文件有误，未加载 / plan file refused, nothing loaded: {}\n{}",
            source.location(),
            String.join("\n", reading.problems().stream().map(PlanProblem::describe).toList()));
        continue;
      }
      var plan = reading.validPlan().orElseThrow();
      if (catalog.store(plan, source.sha256())) {
        log.info(
            "Loaded plan {} from {}: {} sections, {} indicators, {} targets",
            plan.id(),
            source.location(),
            plan.sections().size(),
            plan.indicators().size(),
            plan.targets().size());
      }
    }
  }
}
