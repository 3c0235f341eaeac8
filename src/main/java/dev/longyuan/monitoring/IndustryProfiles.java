package dev.longyuan.monitoring;

import dev.longyuan.analytics.AnalyticsRefused;
import dev.longyuan.analytics.EnterpriseRanking;
import dev.longyuan.analytics.EnterpriseRanking.RankedEnterprise;
import dev.longyuan.analytics.IndicatorEngine;
import dev.longyuan.analytics.VersionedCache;
import dev.longyuan.plan.Place;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanText;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.Sector;
import dev.longyuan.shared.DataScope;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The profiles of a region, a sector and a place: the industry table's figures for them beside what
 * the plan says of them. Enterprises are ranked by 营业收入 for the same months.
 */
@Service
public class IndustryProfiles {

  public static final int LARGEST = 10;

  private final IndustryTables tables;
  private final EnterpriseRanking ranking;
  private final IndicatorEngine engine;
  private final VersionedCache<Asked, Object> kept = new VersionedCache<>(512);

  IndustryProfiles(IndustryTables tables, EnterpriseRanking ranking, IndicatorEngine engine) {
    this.tables = tables;
    this.ranking = ranking;
    this.engine = engine;
  }

  /** What a profile depends on besides the data and the plan. */
  private record Asked(
      String kind, String planId, String code, String region, int year, DataScope scope) {}

  /**
   * A profile kept while the data and the plan stay as they were: its ranking scans every value.
   */
  private <T> T kept(
      Plan plan, Asked asked, Class<T> type, java.util.function.Supplier<T> compute) {
    return type.cast(kept.get(asked, engine.dataVersion(), plan, () -> compute.get()));
  }

  public RegionProfile region(Plan plan, String regionCode, int year, DataScope scope) {
    return kept(
        plan,
        new Asked("region", plan.id(), regionCode, regionCode, year, scope.forReading()),
        RegionProfile.class,
        () -> computeRegion(plan, regionCode, year, scope));
  }

  private RegionProfile computeRegion(Plan plan, String regionCode, int year, DataScope scope) {
    Region region = region(plan, regionCode, scope);
    IndustryTable table = tables.table(plan, year, scope);
    IndustryFigure total = table.at(regionCode, "");
    List<IndustryRow> sectors = new ArrayList<>();
    for (Sector sector : plan.sectors()) {
      IndustryFigure figure = table.at(regionCode, sector.code());
      sectors.add(
          new IndustryRow(
              sector.code(), sector.nameZh(), sector.nameEn(), figure, figure.shareOf(total)));
    }
    List<IndustryRow> parts = new ArrayList<>();
    for (Region part : plan.regions()) {
      if (region.code().equals(part.parent())) {
        IndustryFigure figure = table.at(part.code().value(), "");
        parts.add(
            new IndustryRow(
                part.code().value(), part.nameZh(), part.nameEn(), figure, figure.shareOf(total)));
      }
    }
    List<String> names =
        region.shortNameZh().equals(region.nameZh())
            ? List.of(region.nameZh())
            : List.of(region.nameZh(), region.shortNameZh());
    return new RegionProfile(
        plan.id(),
        year,
        table.period(),
        region,
        total,
        sectors,
        parts,
        largest(table, scope, List.of(regionCode), List.of()),
        plan.places().stream().filter(p -> p.regions().contains(regionCode)).toList(),
        plan.targets().stream().filter(t -> t.regions().contains(regionCode)).toList(),
        PlanText.mentions(plan, names));
  }

  public SectorProfile sector(
      Plan plan, String sectorCode, String regionCode, int year, DataScope scope) {
    return kept(
        plan,
        new Asked("sector", plan.id(), sectorCode, regionCode, year, scope.forReading()),
        SectorProfile.class,
        () -> computeSector(plan, sectorCode, regionCode, year, scope));
  }

  private SectorProfile computeSector(
      Plan plan, String sectorCode, String regionCode, int year, DataScope scope) {
    Sector sector =
        plan.sector(sectorCode)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "sector.unknown",
                        "规划没有产业“" + sectorCode + "”",
                        "the plan has no sector \"" + sectorCode + "\""));
    Region region = region(plan, regionCode, scope);
    IndustryTable table = tables.table(plan, year, scope);
    IndustryFigure figure = table.at(regionCode, sectorCode);
    List<IndustryRow> subDirections = new ArrayList<>();
    for (Sector.SubDirection sub : sector.subDirections()) {
      if (!sub.industryCodes().isEmpty()) {
        IndustryFigure part = table.at(regionCode, sub.code());
        subDirections.add(
            new IndustryRow(sub.code(), sub.nameZh(), sub.nameEn(), part, part.shareOf(figure)));
      }
    }
    List<IndustryRow> regions = new ArrayList<>();
    for (Region part : plan.regions()) {
      if (region.code().equals(part.parent()) && scope.coversRegion(part.code().value())) {
        IndustryFigure inPart = table.at(part.code().value(), sectorCode);
        regions.add(
            new IndustryRow(
                part.code().value(), part.nameZh(), part.nameEn(), inPart, inPart.shareOf(figure)));
      }
    }
    List<String> codes = new ArrayList<>(List.of(sectorCode));
    sector.subDirections().forEach(s -> codes.add(s.code()));
    List<IndustryRow> places = new ArrayList<>();
    for (Place place : plan.places()) {
      if (place.sectors().stream().anyMatch(codes::contains)) {
        List<String> members = inScope(place, scope);
        IndustryFigure inPlace = table.sum(members, IndustryTable.placeKey(place.code()));
        places.add(new IndustryRow(place.code(), place.nameZh(), place.nameEn(), inPlace, null));
      }
    }
    return new SectorProfile(
        plan.id(),
        year,
        table.period(),
        region,
        sector,
        figure,
        figure.shareOf(table.at(regionCode, "")),
        subDirections,
        regions,
        places,
        largest(
            table,
            scope,
            List.of(regionCode),
            IndustryTables.sectorKeys(plan).getOrDefault(sectorCode, List.of())),
        plan.targets().stream()
            .filter(t -> t.sectors().stream().anyMatch(codes::contains))
            .toList(),
        PlanText.section(plan, sector.section(), List.of()));
  }

  public PlaceProfile place(Plan plan, String placeCode, int year, DataScope scope) {
    return kept(
        plan,
        new Asked("place", plan.id(), placeCode, "", year, scope.forReading()),
        PlaceProfile.class,
        () -> computePlace(plan, placeCode, year, scope));
  }

  private PlaceProfile computePlace(Plan plan, String placeCode, int year, DataScope scope) {
    Place place =
        plan.place(placeCode)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "place.unknown",
                        "规划没有“" + placeCode + "”这一园区、基地或产业链",
                        "the plan has no zone, base or chain \"" + placeCode + "\""));
    IndustryTable table = tables.table(plan, year, scope);
    String key = IndustryTable.placeKey(placeCode);
    List<String> members = inScope(place, scope);
    IndustryFigure figure = table.sum(members, key);
    List<IndustryRow> regions = new ArrayList<>();
    for (String code : members) {
      Region member = plan.region(code).orElseThrow();
      IndustryFigure inMember = table.at(code, key);
      regions.add(
          new IndustryRow(
              code,
              member.nameZh(),
              member.nameEn(),
              inMember,
              inMember.shareOf(table.at(code, ""))));
    }
    List<IndustryRow> sectors = new ArrayList<>();
    for (String code : place.sectors()) {
      plan.sector(code)
          .ifPresent(
              sector -> {
                IndustryFigure inSector = table.sum(members, code);
                sectors.add(
                    new IndustryRow(
                        code,
                        sector.nameZh(),
                        sector.nameEn(),
                        inSector,
                        inSector.shareOf(figure)));
              });
    }
    List<String> marks = place.sourceText() == null ? List.of() : List.of(place.sourceText());
    return new PlaceProfile(
        plan.id(),
        year,
        table.period(),
        place,
        figure,
        regions,
        sectors,
        largest(
            table, scope, members, IndustryTables.sectorKeys(plan).getOrDefault(key, List.of())),
        plan.targets().stream().filter(t -> t.section().equals(place.section())).toList(),
        PlanText.section(plan, place.section(), marks),
        members.size() < IndustryTables.outermost(place.regions()).size());
  }

  /** The plan's region, if the user may see it. */
  private static Region region(Plan plan, String regionCode, DataScope scope) {
    Region region =
        plan.region(regionCode)
            .orElseThrow(
                () ->
                    new AnalyticsRefused(
                        "region.unknown",
                        "行政区划代码“" + regionCode + "”不在规划的行政区划中",
                        "the region code \"" + regionCode + "\" is not one of the plan's regions"));
    if (!scope.coversRegion(regionCode)) {
      throw new AnalyticsRefused(
          "scope.outside",
          "行政区划 " + regionCode + " 不在您的数据范围内",
          "the region " + regionCode + " is outside your data scope");
    }
    return region;
  }

  /** A place's member regions the user may see, none inside another. */
  private static List<String> inScope(Place place, DataScope scope) {
    return IndustryTables.outermost(place.regions()).stream().filter(scope::coversRegion).toList();
  }

  private List<RankedEnterprise> largest(
      IndustryTable table, DataScope scope, List<String> regions, List<String> industries) {
    @Nullable String period = table.period();
    if (period == null || regions.isEmpty()) {
      return List.of();
    }
    return ranking.largest("REV", scope, regions, industries, period, "ytd", LARGEST);
  }
}
