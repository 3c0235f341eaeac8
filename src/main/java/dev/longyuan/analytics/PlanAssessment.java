package dev.longyuan.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every target of a plan judged for a year, a region and (optionally) a sector. */
public record PlanAssessment(
    String planId,
    int year,
    String regionCode,
    @Nullable String sector,
    String method,
    List<TargetAssessment> targets) {}
