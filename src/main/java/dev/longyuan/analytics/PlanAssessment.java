package dev.longyuan.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every target of a plan judged for a year, a region and (optionally) a sector, with the bounds its
 * progress ratios were compared with (the plan's own, or Open SDG's).
 */
public record PlanAssessment(
    String planId,
    int year,
    String regionCode,
    @Nullable String sector,
    String method,
    ProgressThresholds thresholds,
    List<TargetAssessment> targets) {}
