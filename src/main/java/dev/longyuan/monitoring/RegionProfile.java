package dev.longyuan.monitoring;

import dev.longyuan.analytics.EnterpriseRanking.RankedEnterprise;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TextBlock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A city's (or county's, or the province's) industry for the months of a year so far: the whole,
 * each of the plan's sectors in it, its counties, its largest enterprises by revenue, and what the
 * plan sets out for it — its places, its targets and the passages that name it.
 */
public record RegionProfile(
    String planId,
    int year,
    @Nullable String period,
    Region region,
    IndustryFigure total,
    List<IndustryRow> sectors,
    List<IndustryRow> parts,
    List<RankedEnterprise> largest,
    List<Place> places,
    List<Target> targets,
    List<TextBlock> passages) {}
