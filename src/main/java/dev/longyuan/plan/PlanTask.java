package dev.longyuan.plan;

import java.util.List;

/**
 * A task the plan sets (加快推进…, 建设…), with the sentence that sets it; the sectors, regions and
 * places (bases, chains, zones) it concerns; the targets it serves; and the units the plan file
 * proposes to lead it and co-operate in it. The plan itself rarely names units, so {@code
 * unitsBasis} says where they come from: {@code plan} (the document names them) or {@code default}
 * (proposed with the digitised plan, for the province to confirm or change).
 */
public record PlanTask(
    String code,
    String section,
    String titleZh,
    String titleEn,
    String sourceText,
    List<String> sectors,
    List<String> regions,
    List<String> places,
    List<String> targets,
    String leadUnit,
    List<String> coUnits,
    String unitsBasis) {

  public static final List<String> UNITS_BASES = List.of("plan", "default");

  public PlanTask {
    sectors = List.copyOf(sectors);
    regions = List.copyOf(regions);
    places = List.copyOf(places);
    targets = List.copyOf(targets);
    coUnits = List.copyOf(coUnits);
  }
}
