package dev.longyuan.plan;

import dev.longyuan.shared.IndustryCode;
import java.util.List;

/** One of the plan's industrial sectors, mapped to GB/T 4754-2017, with its sub-directions. */
public record Sector(
    String code,
    String nameZh,
    String nameEn,
    SectorGroup group,
    String section,
    List<IndustryCode> industryCodes,
    List<SubDirection> subDirections) {

  public Sector {
    industryCodes = List.copyOf(industryCodes);
    subDirections = List.copyOf(subDirections);
  }

  /** A development direction within a sector (炼油 within 石油化工). */
  public record SubDirection(
      String code, String nameZh, String nameEn, String section, List<IndustryCode> industryCodes) {

    public SubDirection {
      industryCodes = List.copyOf(industryCodes);
    }
  }
}
