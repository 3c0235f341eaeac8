package dev.longyuan.plan;

import java.util.List;

/** The plan's table of key indicators as printed, with the corrections made to it. */
public record IndicatorTable(
    String section, String titleZh, String titleEn, String rawText, List<Correction> corrections) {

  public IndicatorTable {
    corrections = List.copyOf(corrections);
  }
}
