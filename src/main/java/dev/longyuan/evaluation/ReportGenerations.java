package dev.longyuan.evaluation;

import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.Refusal;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * New versions of reports made in the background, one at a time, each followed step by step. The
 * generations are followed in memory for an hour after they finish (a restart forgets them, and one
 * running then is simply not made); the versions themselves are in the archive, stored whole at the
 * last step or not at all.
 */
@Service
public class ReportGenerations {

  static final Duration KEPT = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(ReportGenerations.class);

  private final ReportArchive archive;
  private final Map<String, ReportGeneration> generations = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "report-generation");
            thread.setDaemon(true);
            return thread;
          });

  ReportGenerations(ReportArchive archive) {
    this.archive = archive;
  }

  /** Starts making a new version of the report from the data as they are now. */
  public ReportGeneration start(ReportKey key, DataScope scope, String actor) {
    Instant now = Instant.now();
    generations
        .values()
        .removeIf(g -> g.finishedAt() != null && g.finishedAt().plus(KEPT).isBefore(now));
    ReportGeneration started =
        new ReportGeneration(
            UUID.randomUUID().toString(),
            key,
            actor,
            "running",
            ReportGeneration.STEPS.get(0),
            null,
            null,
            null,
            now,
            null);
    String id = started.id();
    generations.put(id, started);
    worker.execute(
        () -> {
          try {
            StoredReport made =
                archive.newVersion(
                    key,
                    scope,
                    actor,
                    step -> generations.computeIfPresent(id, (k, g) -> g.at(step)));
            generations.computeIfPresent(id, (k, g) -> g.done(made.version().version()));
          } catch (Refusal refused) {
            generations.computeIfPresent(
                id, (k, g) -> g.failed(refused.messageZh(), refused.messageEn()));
          } catch (RuntimeException e) {
            log.warn("Report {} could not be made", key, e);
            generations.computeIfPresent(
                id,
                (k, g) ->
                    g.failed("报告生成失败：" + e.getMessage(), "the report failed: " + e.getMessage()));
          }
        });
    return started;
  }

  /** A generation of a report the scope covers. */
  public Optional<ReportGeneration> generation(String id, DataScope scope) {
    return Optional.ofNullable(generations.get(id))
        .filter(g -> scope.coversRegion(g.key().regionCode()));
  }

  /** The generations of a plan the scope covers, the latest first. */
  public List<ReportGeneration> generations(String planId, DataScope scope) {
    return generations.values().stream()
        .filter(g -> g.key().planId().equals(planId) && scope.coversRegion(g.key().regionCode()))
        .sorted(Comparator.comparing(ReportGeneration::startedAt).reversed())
        .toList();
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
