package dev.longyuan.monitoring;

import dev.longyuan.analytics.EnterpriseRanking.RankedEnterprise;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TextBlock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An industry chain, base or zone for the months of a year so far: the industry of its sectors in
 * its member regions (each region's, as a share of the region's industry; each sector's, as a share
 * of the place's), its largest enterprises, its targets and the plan's section on it. Member
 * regions outside the user's scope are left out and {@code partial} says so.
 */
public record PlaceProfile(
    String planId,
    int year,
    @Nullable String period,
    Place place,
    IndustryFigure figure,
    List<IndustryRow> regions,
    List<IndustryRow> sectors,
    List<RankedEnterprise> largest,
    List<Target> targets,
    List<TextBlock> passages,
    boolean partial) {}
