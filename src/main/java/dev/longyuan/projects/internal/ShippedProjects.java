package dev.longyuan.projects.internal;

import dev.longyuan.plan.Plan;
import dev.longyuan.projects.Projects;
import dev.longyuan.projects.persistence.ProgressRepository;
import dev.longyuan.projects.persistence.ProjectRepository;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped demonstration projects (模拟数据) once, in the background, after reporting's
 * shipped data: their owners are the synthetic enterprises that load registers. It polls
 * reporting's progress, since reporting announces no end of its loading; it starts once that
 * loading is not running and the synthetic enterprises are registered (or, on a platform without
 * them, once reporting has been idle for two minutes, with named owners instead). One transaction
 * writes the projects and the label that says they are loaded, so a restart never loads them twice
 * and an interrupted load leaves nothing behind. Off wherever reporting's shipped data are off (the
 * tests, the command line), and off with {@code longyuan.projects.shipped-data=false}.
 */
@Component
public class ShippedProjects {

  private static final Logger log = LoggerFactory.getLogger(ShippedProjects.class);
  private static final Duration IDLE_WITHOUT_ENTERPRISES = Duration.ofMinutes(2);

  private final ReportingService reporting;
  private final Projects projects;
  private final ProjectRepository repository;
  private final ProgressRepository progress;
  private final TransactionTemplate transaction;
  private final boolean enabled;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "shipped-projects");
            thread.setDaemon(true);
            return thread;
          });
  private Instant idleSince = Instant.MAX;

  ShippedProjects(
      ReportingService reporting,
      Projects projects,
      ProjectRepository repository,
      ProgressRepository progress,
      TransactionTemplate transaction,
      @Value("${longyuan.projects.shipped-data:${longyuan.shipped-data.enabled:true}}")
          boolean enabled,
      @Value("${longyuan.shipped-data.synthetic:true}") boolean synthetic) {
    this.reporting = reporting;
    this.projects = projects;
    this.repository = repository;
    this.progress = progress;
    this.transaction = transaction;
    this.enabled = enabled && synthetic;
  }

  /** The label of this generation of the demonstration projects. */
  public static String label() {
    return "demonstration projects (seed " + DemonstrationProjects.SEED + ")";
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (enabled) {
      timer.scheduleWithFixedDelay(this::loadWhenReady, 10, 10, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }

  private void loadWhenReady() {
    try {
      if (repository.shippedLoaded(label())) {
        timer.shutdown();
        return;
      }
      if (reporting.shippedData().running()) {
        idleSince = Instant.MAX;
        return;
      }
      if (idleSince == Instant.MAX) {
        idleSince = Instant.now();
      }
      List<Enterprise> synthetic = syntheticEnterprises();
      if (synthetic.isEmpty() && Instant.now().isBefore(idleSince.plus(IDLE_WITHOUT_ENTERPRISES))) {
        return;
      }
      int loaded = load();
      log.info("Loaded {} demonstration projects (模拟数据)", loaded);
      timer.shutdown();
    } catch (RuntimeException e) {
      if (!timer.isShutdown()) {
        log.warn("The demonstration projects could not be loaded yet: {}", e.getMessage());
      }
    }
  }

  /** Loads the demonstration projects unless they are; returns how many were written. */
  public int load() {
    Integer written =
        transaction.execute(
            status -> {
              if (repository.shippedLoaded(label())) {
                return 0;
              }
              Plan plan = projects.currentPlan();
              List<DemonstrationProjects.Generated> generated =
                  DemonstrationProjects.generate(
                      plan, syntheticEnterprises(), DemonstrationProjects.SEED);
              for (DemonstrationProjects.Generated g : generated) {
                String code = g.project().code();
                repository.save(g.project(), "system");
                repository.savePlans(code, g.yearPlans());
                g.milestones()
                    .forEach(m -> progress.addMilestone(code, m.name(), m.dueDate(), m.doneDate()));
                g.reports()
                    .forEach(
                        r ->
                            progress.addReport(
                                code, r.period(), r.invested(), r.narrative(), "system"));
              }
              repository.markShippedLoaded(label(), generated.size());
              return generated.size();
            });
    return written == null ? 0 : written;
  }

  private List<Enterprise> syntheticEnterprises() {
    return reporting.enterprises(DataScope.everything(false), null, null, 1_000_000, 0).stream()
        .filter(Enterprise::synthetic)
        .toList();
  }
}
