package dev.longyuan.implementation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who leads a task and who co-operates in it, and on whose word: {@code plan} (the document names
 * them), {@code default} (proposed with the digitised plan, not yet confirmed) or {@code assigned}
 * (the province assigned them: by whom, when and why).
 */
public record TaskUnits(
    String leadUnit,
    List<String> coUnits,
    String basis,
    @Nullable String reason,
    @Nullable String assignedBy,
    @Nullable OffsetDateTime assignedAt) {

  public TaskUnits {
    coUnits = List.copyOf(coUnits);
  }
}
