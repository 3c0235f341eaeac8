package dev.longyuan.evaluation;

import java.util.List;

/** The targets one chapter of the plan sets, with their progress. */
public record ChapterProgress(String sectionId, String title, List<TargetRow> targets) {

  public ChapterProgress {
    targets = List.copyOf(targets);
  }
}
