package dev.longyuan.projects;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone not done by its due date, with the project it holds up. */
public record OverdueMilestone(
    String projectCode,
    String projectName,
    String regionCode,
    @Nullable String sector,
    long milestoneId,
    String milestone,
    LocalDate dueDate,
    long daysOverdue) {}
