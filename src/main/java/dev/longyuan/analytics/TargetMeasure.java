package dev.longyuan.analytics;

import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns an indicator's yearly values into the series a target of each kind is judged on
 * (docs/progress-method.md, "Kinds of target"):
 *
 * <ul>
 *   <li>a level (达到65%) is judged on the values themselves;
 *   <li>an average annual growth (年均增长7.5%) on the index the yearly growth rates chain to, base
 *       year = 100, against 100 × 1.075<sup>years</sup>; a year without a rate breaks the chain, as
 *       no later index can be known;
 *   <li>a change against the base year (比2015年下降23%, 提高2.2个百分点) on the levels, against the base
 *       value changed so; an official change against the base year, where that is what is
 *       published, gives the level base × (1 + change);
 *   <li>a cumulative count of a stock (认定200户) on the counts (by its pace when it starts from none,
 *       as additions are); of additions (攻克100项) on their running sum from the base year, which
 *       starts at zero, so that its growth cannot be compounded and is judged by its pace instead:
 *       the additions so far over those a straight path to the target would have by now;
 *   <li>a range (4–6个) against its near end, and a value beyond its far end is noted.
 * </ul>
 */
final class TargetMeasure {

  private TargetMeasure() {}

  /**
   * @param levels the indicator's values by year (only years with one)
   * @param changes the official % changes against the target's base year, by year
   * @param planBase the base-year value the plan states, used when the data have none
   * @param lastYear the year assessed
   */
  static JudgedSeries judge(
      Target target,
      Map<Integer, Double> levels,
      Map<Integer, Double> changes,
      @Nullable Double planBase,
      int lastYear) {
    boolean higher = target.direction() == Direction.HIGHER_IS_BETTER;
    Double goal = target.value() == null ? null : nearEnd(target, higher);
    List<Integer> years = new ArrayList<>();
    for (int y = target.baseYear(); y <= lastYear; y++) {
      years.add(y);
    }
    List<AssessmentNote> notes = new ArrayList<>();
    if (target.comparator() == Comparator.RANGE) {
      notes.add(
          new AssessmentNote(
              "区间目标按" + (higher ? "下限" : "上限") + "判断进度",
              "a range is judged against its " + (higher ? "lower" : "upper") + " end"));
    }
    if (target.kind() == TargetKind.AVERAGE_ANNUAL_GROWTH) {
      return averageGrowth(target, levels, years, higher, notes);
    }
    if (target.kind() == TargetKind.CHANGE_VS_BASE) {
      return changeVsBase(target, levels, changes, planBase, years, higher, notes);
    }
    if (target.kind() == TargetKind.CUMULATIVE_COUNT
        && target.countBasis() == CountBasis.ADDITIONS) {
      return additions(target, levels, years, goal, notes);
    }
    List<@Nullable Double> values = new ArrayList<>();
    for (int y : years) {
      values.add(levels.get(y));
    }
    if (target.kind() == TargetKind.LEVEL || target.kind() == TargetKind.CUMULATIVE_COUNT) {
      farEnd(target, higher, values, notes);
    }
    AssessmentNote measured =
        target.kind() == TargetKind.CUMULATIVE_COUNT
            ? new AssessmentNote("各年末累计数", "the count at each year's end")
            : new AssessmentNote("指标值", "the indicator's value");
    // a stock that starts from none (a programme begun after the base year) is the sum of what was
    // added since: its growth cannot be compounded from zero, so it is judged by its pace, as
    // additions are
    Double base = values.get(0);
    boolean fromZero =
        target.kind() == TargetKind.CUMULATIVE_COUNT && higher && base != null && base == 0.0;
    if (fromZero) {
      notes.add(
          new AssessmentNote(
              target.baseYear() + "年末为零，按达到目标的进度（直线路径）判断",
              "none at the end of "
                  + target.baseYear()
                  + ": judged by its pace on a straight path"));
    }
    return new JudgedSeries(years, values, goal, higher, fromZero, measured, notes, null);
  }

  private static double nearEnd(Target target, boolean higher) {
    if (target.comparator() == Comparator.RANGE && !higher && target.valueMax() != null) {
      return target.valueMax().doubleValue();
    }
    return target.value().doubleValue();
  }

  private static void farEnd(
      Target target, boolean higher, List<@Nullable Double> values, List<AssessmentNote> notes) {
    if (target.comparator() != Comparator.RANGE || target.valueMax() == null) {
      return;
    }
    double far = higher ? target.valueMax().doubleValue() : target.value().doubleValue();
    Double latest = null;
    for (Double v : values) {
      if (v != null) {
        latest = v;
      }
    }
    if (latest != null && (higher ? latest > far : latest < far)) {
      notes.add(
          new AssessmentNote(
              "最新值已超出目标区间" + (higher ? "上限" : "下限"),
              "the latest value lies beyond the range's " + (higher ? "upper" : "lower") + " end"));
    }
  }

  private static JudgedSeries averageGrowth(
      Target target,
      Map<Integer, Double> rates,
      List<Integer> years,
      boolean higher,
      List<AssessmentNote> notes) {
    int span = target.targetYear() - target.baseYear();
    double rate = target.value().doubleValue() / 100;
    double goal = 100 * Math.pow(higher ? 1 + rate : 1 - rate, span);
    List<@Nullable Double> index = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    Double level = 100.0;
    index.add(level);
    for (int y : years.subList(1, years.size())) {
      Double g = rates.get(y);
      if (g == null) {
        missing.add(y);
      }
      level = level == null || g == null ? null : level * (1 + g / 100);
      index.add(level);
    }
    int lastRate = rates.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    missing.removeIf(y -> y > lastRate);
    if (!missing.isEmpty()) {
      notes.add(
          new AssessmentNote(
              years(missing) + "年增速缺失，此后的累计指数无法连乘得出",
              "no growth rate for " + years(missing) + ": the index cannot be chained past it"));
    }
    return new JudgedSeries(
        years,
        index,
        goal,
        higher,
        false,
        new AssessmentNote(
            "以" + target.baseYear() + "年为100、由各年增速连乘的累计指数",
            "the index chained from each year's growth, " + target.baseYear() + " = 100"),
        notes,
        null);
  }

  private static JudgedSeries changeVsBase(
      Target target,
      Map<Integer, Double> levels,
      Map<Integer, Double> changes,
      @Nullable Double planBase,
      List<Integer> years,
      boolean higher,
      List<AssessmentNote> notes) {
    Double base = levels.get(target.baseYear());
    if (base == null && planBase != null) {
      base = planBase;
      notes.add(
          new AssessmentNote(
              "基期值取规划所列的" + target.baseYear() + "年数值",
              "the base value is the plan's own " + target.baseYear() + " figure"));
    }
    AssessmentNote measured = new AssessmentNote("指标值", "the indicator's value");
    if (base == null) {
      return new JudgedSeries(
          years,
          new ArrayList<>(java.util.Collections.nCopies(years.size(), null)),
          null,
          higher,
          false,
          measured,
          notes,
          new AssessmentNote(
              target.baseYear() + "年基期值缺失，无法确定目标水平",
              "no base-year value for " + target.baseYear() + ": the level to reach is unknown"));
    }
    double v = target.value().doubleValue();
    double sign = higher ? 1 : -1;
    boolean points = target.unit().contains("百分点");
    double goal = points ? base + sign * v : base * (1 + sign * v / 100);
    List<@Nullable Double> values = new ArrayList<>();
    List<Integer> derived = new ArrayList<>();
    for (int y : years) {
      Double value = y == target.baseYear() ? base : levels.get(y);
      if (value == null && changes.containsKey(y)) {
        value = base * (1 + changes.get(y) / 100);
        derived.add(y);
      }
      values.add(value);
    }
    if (!derived.isEmpty()) {
      notes.add(
          new AssessmentNote(
              years(derived) + "年数值由公布的较" + target.baseYear() + "年变化率与基期值推算",
              "the value for "
                  + years(derived)
                  + " is the base value changed by the published change since "
                  + target.baseYear()));
    }
    return new JudgedSeries(years, values, goal, higher, false, measured, notes, null);
  }

  private static JudgedSeries additions(
      Target target,
      Map<Integer, Double> added,
      List<Integer> years,
      @Nullable Double goal,
      List<AssessmentNote> notes) {
    List<@Nullable Double> running = new ArrayList<>();
    Double sum = 0.0;
    running.add(sum);
    List<Integer> missing = new ArrayList<>();
    for (int y : years.subList(1, years.size())) {
      Double a = added.get(y);
      if (a == null) {
        missing.add(y);
      }
      sum = sum == null || a == null ? null : sum + a;
      running.add(sum);
    }
    int lastAdded = added.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    missing.removeIf(y -> y > lastAdded);
    if (!missing.isEmpty()) {
      notes.add(
          new AssessmentNote(
              years(missing) + "年新增数缺失，此后的累计数无法得出",
              "no additions reported for " + years(missing) + ": the running sum stops there"));
    }
    return new JudgedSeries(
        years,
        running,
        goal,
        true,
        true,
        new AssessmentNote(
            target.baseYear() + "年以后的累计新增数", "the additions since " + target.baseYear()),
        notes,
        null);
  }

  private static String years(List<Integer> years) {
    return String.join("、", years.stream().map(String::valueOf).toList());
  }
}
