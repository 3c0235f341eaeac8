package dev.longyuan.market.internal;

import dev.longyuan.market.Demand;
import dev.longyuan.market.Match;
import dev.longyuan.market.Signals;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Orders the candidates of a demand that pass its last filters (capacity over the months each
 * supplier actually has, excluded suppliers) by a weighted sum of five signals, highest first and,
 * at equal scores, the older listing (lower id) first, so that a fixed index always gives the same
 * list.
 */
public final class Ranking {

  static final double TEXT = 0.45;
  static final double CATEGORY = 0.20;
  static final double LOCATION = 0.15;
  static final double CAPACITY = 0.10;
  static final double RECORD = 0.10;

  private final Places places;

  public Ranking(Places places) {
    this.places = places;
  }

  /** Months between two days, as 30-day months: the time a supplier has to produce. */
  public static double months(LocalDate from, LocalDate by) {
    return ChronoUnit.DAYS.between(from, by) / 30.0;
  }

  /**
   * The least monthly capacity that could deliver a demand by its date when starting on the day it
   * was posted: a filter the index applies before the exact one here.
   */
  public static double leastMonthlyCapacity(Demand demand) {
    return demand.quantity().doubleValue()
        / Math.max(months(demand.postedOn(), demand.deliverBy()), 1e-9);
  }

  /**
   * Capacity fit from how many times over a supplier could deliver the quantity in time: barely
   * (1×) 0.6, rising to 1 at 1.5×, 1 up to 10×, then falling as the order becomes small for the
   * supplier, to no less than 0.5.
   */
  static double capacityFit(double timesOver) {
    if (timesOver < 1.5) {
      return 0.6 + 0.8 * (timesOver - 1);
    }
    return timesOver <= 10 ? 1.0 : Math.max(0.5, 10 / timesOver);
  }

  /** A supplier's record: 0 with no delivered deal, ½ with one, ⅔ with two … */
  static double record(int delivered) {
    return delivered / (delivered + 1.0);
  }

  public List<Match> rank(
      Demand demand,
      List<SupplyIndex.Candidate> candidates,
      Map<String, Integer> deliveredDeals,
      Predicate<String> excluded,
      int limit) {
    double quantity = demand.quantity().doubleValue();
    List<SupplyIndex.Candidate> passed = new ArrayList<>();
    List<Double> timesOver = new ArrayList<>();
    for (SupplyIndex.Candidate c : candidates) {
      LocalDate start =
          c.availableFrom().isAfter(demand.postedOn()) ? c.availableFrom() : demand.postedOn();
      double available = c.monthlyCapacity() * months(start, demand.deliverBy());
      if (available >= quantity && !excluded.test(c.enterpriseCode())) {
        passed.add(c);
        timesOver.add(available / quantity);
      }
    }
    double bestText = passed.stream().mapToDouble(SupplyIndex.Candidate::textScore).max().orElse(0);
    List<Match> matches = new ArrayList<>(passed.size());
    for (int i = 0; i < passed.size(); i++) {
      SupplyIndex.Candidate c = passed.get(i);
      Signals signals =
          new Signals(
              round(bestText > 0 ? c.textScore() / bestText : 0),
              round(Categories.closeness(demand.categoryCode(), c.categoryCode())),
              round(places.nearness(demand.deliveryRegionCode(), c.regionCode())),
              round(capacityFit(timesOver.get(i))),
              round(record(deliveredDeals.getOrDefault(c.enterpriseCode(), 0))));
      double score =
          TEXT * signals.text()
              + CATEGORY * signals.category()
              + LOCATION * signals.location()
              + CAPACITY * signals.capacity()
              + RECORD * signals.record();
      matches.add(new Match(c.supplyId(), round(score), signals));
    }
    matches.sort(
        Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::supplyId));
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
