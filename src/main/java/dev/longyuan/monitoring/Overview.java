package dev.longyuan.monitoring;

import dev.longyuan.analytics.ProgressLabel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The overview (总览) of a plan for a region and year: the key indicators as cards, the industrial
 * economy for the latest month with data, and how many targets stand at each progress label.
 */
public record Overview(
    String planId,
    int year,
    String regionCode,
    List<IndicatorCard> cards,
    @Nullable String economyPeriod,
    List<EconomyFigure> economy,
    Map<ProgressLabel, Integer> targetsByLabel) {

  public Overview {
    cards = List.copyOf(cards);
    economy = List.copyOf(economy);
    targetsByLabel = Map.copyOf(targetsByLabel);
  }
}
