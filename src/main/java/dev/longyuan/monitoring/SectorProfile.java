package dev.longyuan.monitoring;

import dev.longyuan.analytics.EnterpriseRanking.RankedEnterprise;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TextBlock;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the plan's sectors in a region for the months of a year so far: its figure and share of
 * the region's industry, its sub-directions (shares of the sector), the sector in each city or
 * county of the region (shares of the sector), the chains and bases that involve it, its largest
 * enterprises, its targets and the plan's own section on it.
 */
public record SectorProfile(
    String planId,
    int year,
    @Nullable String period,
    Region region,
    Sector sector,
    IndustryFigure figure,
    @Nullable BigDecimal share,
    List<IndustryRow> subDirections,
    List<IndustryRow> regions,
    List<IndustryRow> places,
    List<RankedEnterprise> largest,
    List<Target> targets,
    List<TextBlock> passages) {}
