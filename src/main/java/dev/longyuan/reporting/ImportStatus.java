package dev.longyuan.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An import as recorded: its state and phase while it runs, its counts or errors when done. */
public record ImportStatus(
    long id,
    String fileName,
    String format,
    boolean dryRun,
    String state,
    @Nullable String phase,
    int rows,
    int created,
    int updated,
    int unchanged,
    int errorCount,
    List<ImportError> errors,
    Instant startedAt,
    @Nullable Instant finishedAt) {

  public ImportStatus {
    errors = List.copyOf(errors);
  }

  public boolean running() {
    return state.equals("running");
  }

  /** A rough share of the work done, by phase, for the progress bar. */
  public int percent() {
    if (!running()) {
      return 100;
    }
    return switch (phase == null ? "" : phase) {
      case "reading" -> 10;
      case "checking" -> 40;
      case "writing" -> 70;
      default -> 0;
    };
  }
}
