package dev.longyuan.projects;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone to add: its name, due date and, when already reached, the date it was done. */
public record MilestoneDraft(
    @Nullable String name, @Nullable LocalDate dueDate, @Nullable LocalDate doneDate) {}
