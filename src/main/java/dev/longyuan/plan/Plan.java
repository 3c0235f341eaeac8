package dev.longyuan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A plan document as data, checked whole by the loader before it is stored. */
public record Plan(
    String id,
    String titleZh,
    String titleEn,
    String documentNumber,
    String issuerZh,
    String issuerEn,
    LocalDate issuedOn,
    int baseYear,
    int targetYear,
    String preamble,
    List<PlanSection> sections,
    @Nullable IndicatorTable indicatorTable,
    List<Indicator> indicators,
    List<Target> targets,
    List<Baseline> baselines,
    List<Sector> sectors,
    List<Region> regions,
    List<Place> places,
    List<ResponsibleUnit> units,
    List<PlanTask> tasks,
    @Nullable ProgressBands progressThresholds) {

  public Plan {
    sections = List.copyOf(sections);
    indicators = List.copyOf(indicators);
    targets = List.copyOf(targets);
    baselines = List.copyOf(baselines);
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
    places = List.copyOf(places);
    units = List.copyOf(units);
    tasks = List.copyOf(tasks);
  }

  public Optional<PlanTask> task(String code) {
    return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<ResponsibleUnit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Optional<PlanSection> section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  public Optional<Target> target(String code) {
    return targets.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<Sector> sector(String code) {
    return sectors.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The plan's province, the region above all others. */
  public Optional<Region> province() {
    return regions.stream().filter(r -> r.level() == RegionLevel.PROVINCE).findFirst();
  }

  public Optional<Region> region(String code) {
    return regions.stream().filter(r -> r.code().value().equals(code)).findFirst();
  }

  public Optional<Place> place(String code) {
    return places.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public List<Place> places(PlaceKind kind) {
    return places.stream().filter(p -> p.kind() == kind).toList();
  }
}
