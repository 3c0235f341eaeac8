package dev.longyuan.plan.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.plan.PlaceKind;
import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.plan.Sector;
import dev.longyuan.plan.SectorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the plan's layout: its sectors, regions, zones, bases and chains. */
final class PlanLayoutReader {

  private final Origins origins;

  PlanLayoutReader(Origins origins) {
    this.origins = origins;
  }

  Sector sector(YamlFields f) {
    f.allowOnly(
        Set.of("code", "nameZh", "nameEn", "group", "section", "industryCodes", "subDirections"));
    SectorGroup group = f.word("group", SectorGroup::fromWord, SectorGroup.words(), true);
    List<Sector.SubDirection> subDirections =
        f.list("subDirections", false).stream()
            .map(
                s -> {
                  s.allowOnly(Set.of("code", "nameZh", "nameEn", "section", "industryCodes"));
                  return origins.remember(
                      s,
                      new Sector.SubDirection(
                          s.slug("code"),
                          s.text("nameZh"),
                          s.text("nameEn"),
                          s.text("section"),
                          s.industryCodes()));
                })
            .toList();
    return origins.remember(
        f,
        new Sector(
            f.slug("code"),
            f.text("nameZh"),
            f.text("nameEn"),
            group == null ? SectorGroup.TRADITIONAL : group,
            f.text("section"),
            f.industryCodes(),
            subDirections));
  }

  Region region(YamlFields f) {
    f.allowOnly(Set.of("code", "nameZh", "nameEn", "level", "parent"));
    RegionLevel level = f.word("level", RegionLevel::fromWord, RegionLevel.words(), true);
    return origins.remember(
        f,
        new Region(
            f.regionCode("code", true),
            f.text("nameZh"),
            f.text("nameEn"),
            level == null ? RegionLevel.COUNTY : level,
            f.regionCode("parent", false)));
  }

  Place place(YamlFields f, PlaceKind kind, @Nullable String parent) {
    f.allowOnly(
        Set.of(
            "code",
            "nameZh",
            "nameEn",
            "section",
            "regions",
            "region",
            "sectors",
            "stages",
            "level",
            "scaleZh",
            "scaleValue",
            "scaleSourceText",
            "sourceText",
            "subAreas"));
    List<String> regions = new ArrayList<>(f.strings("regions"));
    String region = f.optionalText("region");
    if (region != null) {
      regions.add(region);
    }
    String sourceText =
        f.has("sourceText") ? f.optionalText("sourceText") : f.optionalText("scaleSourceText");
    return origins.remember(
        f,
        new Place(
            kind,
            f.slug("code"),
            parent,
            f.text("nameZh"),
            f.text("nameEn"),
            f.text("section"),
            regions,
            f.strings("sectors"),
            f.strings("stages"),
            f.optionalText("level"),
            f.optionalText("scaleZh"),
            f.number("scaleValue", false),
            sourceText));
  }
}
