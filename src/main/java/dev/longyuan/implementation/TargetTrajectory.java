package dev.longyuan.implementation;

import dev.longyuan.plan.Comparator;
import dev.longyuan.plan.CountBasis;
import dev.longyuan.plan.Direction;
import dev.longyuan.plan.Target;
import dev.longyuan.plan.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value a target should have reached in a year of the plan, on the path the target itself sets:
 * an average annual growth is that growth every year; a level, and a stock counted from its base,
 * move in equal steps from the base-year value to the target; additions from zero accumulate in
 * equal yearly shares; a change against the base year (下降23%) compounds evenly, a change in points
 * (提高2.2个百分点) moves in equal steps. A range is aimed at its near end. Counts are whole and rounded
 * up, since 104.0001 enterprises cannot be recognised.
 */
final class TargetTrajectory {

  private static final Set<String> WHOLE_UNITS = Set.of("户", "家", "个", "项", "件", "座", "条");

  private TargetTrajectory() {}

  /** A year's value on the path, and in words how it was found; or why there is none. */
  record Step(@Nullable BigDecimal value, String methodZh, String methodEn) {}

  static Step step(Target target, int year, @Nullable BigDecimal base) {
    BigDecimal goal = target.value();
    if (goal == null || target.kind() == TargetKind.QUALITATIVE) {
      return new Step(null, "定性目标，没有年度数值", "a qualitative target has no yearly value");
    }
    int span = target.targetYear() - target.baseYear();
    int done = Math.min(year, target.targetYear()) - target.baseYear();
    double share = (double) done / span;
    String range = target.comparator() == Comparator.RANGE ? "（区间取下限）" : "";
    String rangeEn = target.comparator() == Comparator.RANGE ? " (a range: its near end)" : "";
    switch (target.kind()) {
      case AVERAGE_ANNUAL_GROWTH:
        return new Step(
            goal,
            "年均增长" + plain(goal) + "%：每年增长" + plain(goal) + "%",
            "an average annual growth of " + plain(goal) + "%: " + plain(goal) + "% every year");
      case CHANGE_VS_BASE:
        if (target.unit().equals("%")) {
          double sign = target.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
          double factor = Math.pow(1 + sign * goal.doubleValue() / 100, share) - 1;
          return new Step(
              round(BigDecimal.valueOf(Math.abs(factor) * 100), target),
              "到"
                  + target.targetYear()
                  + "年较"
                  + target.baseYear()
                  + "年变化"
                  + plain(goal)
                  + "%，按年均匀复合：至"
                  + year
                  + "年累计变化的幅度",
              "a change of "
                  + plain(goal)
                  + "% on "
                  + target.baseYear()
                  + " by "
                  + target.targetYear()
                  + ", compounded evenly: the size of the change by "
                  + year);
        }
        return new Step(
            round(goal.multiply(BigDecimal.valueOf(share)), target),
            "到"
                + target.targetYear()
                + "年较"
                + target.baseYear()
                + "年变化"
                + plain(goal)
                + target.unit()
                + "，按年等额：至"
                + year
                + "年累计变化",
            "a change of "
                + plain(goal)
                + " "
                + target.unit()
                + " by "
                + target.targetYear()
                + ", in equal yearly steps: the change by "
                + year);
      case CUMULATIVE_COUNT:
        if (target.countBasis() == CountBasis.ADDITIONS) {
          return new Step(
              round(goal.multiply(BigDecimal.valueOf(share)), target),
              "到"
                  + target.targetYear()
                  + "年累计"
                  + plain(goal)
                  + target.unit()
                  + range
                  + "，每年完成"
                  + (span)
                  + "分之一：至"
                  + year
                  + "年累计",
              "a total of "
                  + plain(goal)
                  + " "
                  + target.unit()
                  + " by "
                  + target.targetYear()
                  + rangeEn
                  + ", one "
                  + span
                  + "th a year: the total by "
                  + year);
        }
        return fromBase(target, year, base, goal, share, range, rangeEn);
      default:
        return fromBase(target, year, base, goal, share, range, rangeEn);
    }
  }

  private static Step fromBase(
      Target target,
      int year,
      @Nullable BigDecimal base,
      BigDecimal goal,
      double share,
      String range,
      String rangeEn) {
    if (base == null) {
      if (year == target.targetYear()) {
        return new Step(
            goal, "目标年的值即规划目标" + range, "in the target year, the plan's target" + rangeEn);
      }
      return new Step(
          null,
          "没有" + target.baseYear() + "年的基期值，无法分解到年度",
          "no value for the base year " + target.baseYear() + ": no yearly step can be derived");
    }
    BigDecimal value = base.add(goal.subtract(base).multiply(BigDecimal.valueOf(share)));
    return new Step(
        round(value, target),
        "由"
            + target.baseYear()
            + "年的"
            + plain(base)
            + "等步达到"
            + target.targetYear()
            + "年的"
            + plain(goal)
            + range
            + "："
            + year
            + "年的值",
        "equal steps from "
            + plain(base)
            + " in "
            + target.baseYear()
            + " to "
            + plain(goal)
            + " in "
            + target.targetYear()
            + rangeEn
            + ": the value for "
            + year);
  }

  private static BigDecimal round(BigDecimal value, Target target) {
    return target.kind() == TargetKind.CUMULATIVE_COUNT && WHOLE_UNITS.contains(target.unit())
        ? value.setScale(0, RoundingMode.CEILING)
        : value.setScale(2, RoundingMode.HALF_UP);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
