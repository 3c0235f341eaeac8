package dev.longyuan.evaluation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a report being made in the background: who asked, the step it is at ({@link
 * #STEPS}), and, once {@code done}, the version made; once {@code failed}, why (no version is
 * stored then).
 */
public record ReportGeneration(
    String id,
    ReportKey key,
    String requestedBy,
    String state,
    String step,
    @Nullable Integer version,
    @Nullable String errorZh,
    @Nullable String errorEn,
    Instant startedAt,
    @Nullable Instant finishedAt) {

  /** The steps in order: the assessment, the writing, the charts, the PDF, storing the version. */
  public static final List<String> STEPS = List.of("assess", "write", "charts", "pdf", "save");

  /** The types made in the background from the reports page: the long reports, not the briefs. */
  public static final List<String> LARGE = List.of("annual", "midterm", "final");

  /** {@link #STEPS}, for the page. */
  public List<String> steps() {
    return STEPS;
  }

  public boolean running() {
    return state.equals("running");
  }

  /** How many of the steps are behind it: all of them once done. */
  public int stepsDone() {
    return state.equals("done") ? STEPS.size() : Math.max(0, STEPS.indexOf(step));
  }

  ReportGeneration at(String next) {
    return new ReportGeneration(
        id, key, requestedBy, state, next, version, errorZh, errorEn, startedAt, finishedAt);
  }

  ReportGeneration done(int made) {
    return new ReportGeneration(
        id, key, requestedBy, "done", step, made, null, null, startedAt, Instant.now());
  }

  ReportGeneration failed(String zh, String en) {
    return new ReportGeneration(
        id, key, requestedBy, "failed", step, null, zh, en, startedAt, Instant.now());
  }
}
