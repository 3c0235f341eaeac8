package dev.longyuan.programs.internal;

import dev.longyuan.plan.Place;
import dev.longyuan.programs.NewCapacity;
import dev.longyuan.programs.NewRecognition;
import dev.longyuan.programs.NewWithdrawal;
import dev.longyuan.programs.Numbered;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.SizeClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The shipped demonstration data (模拟数据), generated from a fixed seed for the synthetic enterprises
 * of the shipped panel and the plan's development zones: recognitions granted from 2012 to 2020
 * (those before 2016 make the base year's stock), capacities at the end of 2015 and withdrawals
 * 2016–2020. The schedules are sized against the plan's targets so that some programmes reach them
 * and some lag, as a real register would.
 */
public final class DemonstrationData {

  static final long SEED = 20_161_151L;

  /** Recognitions granted before 2016 (over 2012–2015), then in each year 2016–2020. */
  private record Schedule(String programme, int before2016, int[] added, double national) {}

  private static final List<Schedule> ENTERPRISE_SCHEDULES =
      List.of(
          new Schedule("tech-centre", 150, new int[] {14, 15, 15, 16, 16}, 0.08),
          new Schedule("tech-innovation-demo", 18, new int[] {5, 5, 6, 6, 6}, 0.1),
          new Schedule("specialised-sme", 42, new int[] {30, 34, 36, 38, 40}, 0.05),
          new Schedule("service-manufacturing-demo", 0, new int[] {4, 6, 8, 9, 10}, 0.15),
          new Schedule("industrial-design-centre", 22, new int[] {12, 14, 16, 18, 20}, 0.1),
          new Schedule("iim-standard", 60, new int[] {60, 80, 100, 110, 120}, 0.3),
          new Schedule("iim-assessed", 0, new int[] {2, 2, 3, 3, 2}, 0.5),
          new Schedule("internet-manufacturing-pilot", 5, new int[] {8, 10, 10, 12, 12}, 0.2),
          new Schedule("new-model-leader", 2, new int[] {2, 2, 3, 3, 2}, 0.0),
          new Schedule("iot-leader", 0, new int[] {2, 3, 4, 5, 7}, 0.0),
          new Schedule("green-factory", 0, new int[] {0, 3, 8, 12, 15}, 0.4),
          new Schedule("smart-factory", 0, new int[] {4, 6, 8, 10, 12}, 0.2));

  private static final List<Schedule> ZONE_SCHEDULES =
      List.of(
          new Schedule("service-manufacturing-zone", 0, new int[] {1, 1, 2, 2, 1}, 0.0),
          new Schedule("internet-collab-park", 0, new int[] {0, 1, 1, 1, 1}, 0.0),
          new Schedule("civil-military-park", 2, new int[] {1, 1, 1, 1, 1}, 0.3),
          new Schedule("big-data-centre", 0, new int[] {0, 0, 1, 0, 0}, 0.0));

  /** Programmes whose recognitions are reviewed, some withdrawn two or three years on. */
  private static final Map<String, Double> WITHDRAWN_SHARE =
      Map.of("specialised-sme", 0.05, "tech-centre", 0.04, "iim-standard", 0.02);

  /** A product's capacity at the end of 2015, its industry, and what is withdrawn 2016–2020. */
  private record Reduction(
      String product, String industry, double total, double[] withdrawn, double skew) {}

  private static final List<Reduction> REDUCTIONS =
      List.of(
          new Reduction("coal", "B0610", 6200, new double[] {320, 260, 210, 170, 120}, 1.2),
          new Reduction("pig-iron", "C3110", 1250, new double[] {60, 40, 30, 20, 10}, 1.5),
          new Reduction("crude-steel", "C3120", 1500, new double[] {110, 80, 60, 40, 30}, 1.5),
          new Reduction("electrolytic-aluminium", "C3216", 320, new double[] {0, 0, 12, 0, 0}, 1.2),
          new Reduction("flat-glass", "C3041", 2100, new double[] {0, 120, 0, 0, 0}, 1.0),
          new Reduction("ferroalloy", "C3140", 420, new double[] {20, 15, 10, 5, 0}, 1.0),
          new Reduction("calcium-carbide", "C2613", 310, new double[] {10, 10, 0, 0, 0}, 1.0));

  /** The records to load. */
  public record Records(
      List<Numbered<NewRecognition>> recognitions,
      List<Numbered<NewCapacity>> capacities,
      List<Numbered<NewWithdrawal>> withdrawals) {}

  private DemonstrationData() {}

  /**
   * Generates the records. {@code cementOutput} is the panel's cement output by year (万吨), from
   * which cement capacity is sized: utilisation about 66% in 2015 rising towards 78% by 2020 as the
   * smallest kilns close; null when the panel reports none.
   */
  public static Records generate(
      List<Enterprise> enterprises, List<Place> zones, Map<Integer, BigDecimal> cementOutput) {
    Random random = new Random(SEED);
    List<Enterprise> pool =
        enterprises.stream()
            .filter(Enterprise::synthetic)
            .sorted(Comparator.comparing(e -> e.creditCode().value()))
            .toList();
    List<Numbered<NewRecognition>> recognitions = new ArrayList<>();
    for (Schedule schedule : ENTERPRISE_SCHEDULES) {
      List<Enterprise> candidates = candidates(schedule.programme(), pool);
      List<Enterprise> shuffled = new ArrayList<>(candidates);
      java.util.Collections.shuffle(shuffled, random);
      int next = 0;
      for (int[] yearAndCount : grants(schedule)) {
        for (int i = 0; i < yearAndCount[1] && next < shuffled.size(); i++, next++) {
          Enterprise e = shuffled.get(next);
          int granted = yearAndCount[0];
          Integer withdrawn = null;
          double share = WITHDRAWN_SHARE.getOrDefault(schedule.programme(), 0.0);
          if (random.nextDouble() < share && granted + 2 <= 2020) {
            withdrawn = granted + 2 + random.nextInt(Math.min(2, 2020 - granted - 1));
          }
          recognitions.add(
              new Numbered<>(
                  recognitions.size() + 1,
                  new NewRecognition(
                      schedule.programme(),
                      e.creditCode().value(),
                      null,
                      null,
                      null,
                      random.nextDouble() < schedule.national() ? "national" : "provincial",
                      granted,
                      withdrawn,
                      document(granted, random))));
        }
      }
    }
    List<Place> sortedZones =
        zones.stream()
            .filter(z -> !z.regions().isEmpty())
            .sorted(Comparator.comparing(Place::code))
            .toList();
    for (Schedule schedule : ZONE_SCHEDULES) {
      List<Place> shuffled = new ArrayList<>(sortedZones);
      java.util.Collections.shuffle(shuffled, random);
      int next = 0;
      for (int[] yearAndCount : grants(schedule)) {
        for (int i = 0; i < yearAndCount[1] && next < shuffled.size(); i++, next++) {
          recognitions.add(
              new Numbered<>(
                  recognitions.size() + 1,
                  new NewRecognition(
                      schedule.programme(),
                      null,
                      shuffled.get(next).code(),
                      null,
                      null,
                      random.nextDouble() < schedule.national() ? "national" : "provincial",
                      yearAndCount[0],
                      null,
                      document(yearAndCount[0], random))));
        }
      }
    }
    List<Numbered<NewCapacity>> capacities = new ArrayList<>();
    List<Numbered<NewWithdrawal>> withdrawals = new ArrayList<>();
    List<Reduction> reductions = new ArrayList<>(REDUCTIONS);
    Reduction cement = cement(cementOutput);
    if (cement != null) {
      reductions.add(cement);
    }
    for (Reduction reduction : reductions) {
      List<Enterprise> holders =
          pool.stream().filter(e -> e.industryCode().value().equals(reduction.industry())).toList();
      if (holders.isEmpty()) {
        continue;
      }
      // sizes falling off by rank, so that a few large enterprises hold most of the capacity
      double[] weights = new double[holders.size()];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Math.pow(i + 1, -reduction.skew()) * (0.8 + 0.4 * random.nextDouble());
        sum += weights[i];
      }
      Map<String, BigDecimal> remaining = new LinkedHashMap<>();
      for (int i = 0; i < holders.size(); i++) {
        BigDecimal capacity = round(reduction.total() * weights[i] / sum);
        if (capacity.signum() <= 0) {
          continue;
        }
        String code = holders.get(i).creditCode().value();
        remaining.put(code, capacity);
        capacities.add(
            new Numbered<>(
                capacities.size() + 1,
                new NewCapacity(
                    reduction.product(),
                    code,
                    capacity,
                    LocalDate.of(2015, 12, 31),
                    "模拟-甘工信发〔2016〕" + (10 + random.nextInt(90)) + "号")));
      }
      for (int k = 0; k < reduction.withdrawn().length; k++) {
        int year = 2016 + k;
        BigDecimal due = round(reduction.withdrawn()[k]);
        // the smallest first, whole, as the closing of small mines and kilns goes
        List<Map.Entry<String, BigDecimal>> bySize = new ArrayList<>(remaining.entrySet());
        bySize.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, BigDecimal> holder : bySize) {
          if (due.signum() <= 0) {
            break;
          }
          if (holder.getValue().signum() <= 0) {
            continue;
          }
          BigDecimal amount = holder.getValue().min(due);
          due = due.subtract(amount);
          remaining.put(holder.getKey(), holder.getValue().subtract(amount));
          withdrawals.add(
              new Numbered<>(
                  withdrawals.size() + 1,
                  new NewWithdrawal(
                      reduction.product(),
                      holder.getKey(),
                      LocalDate.of(year, 3 + random.nextInt(9), 1 + random.nextInt(28)),
                      amount,
                      "模拟-甘去产能办〔" + year + "〕" + (1 + withdrawals.size()) + "号")));
        }
      }
    }
    return new Records(recognitions, capacities, withdrawals);
  }

  /** Enterprises a programme recognises: large ones lead new models, SMEs are 专精特新. */
  private static List<Enterprise> candidates(String programme, List<Enterprise> pool) {
    return switch (programme) {
      case "specialised-sme" ->
          pool.stream().filter(e -> e.sizeClass() != SizeClass.LARGE).toList();
      case "new-model-leader", "iot-leader" ->
          pool.stream()
              .filter(e -> e.sizeClass() != SizeClass.MICRO && e.sizeClass() != SizeClass.SMALL)
              .toList();
      default -> pool;
    };
  }

  /** Pairs of (year granted, how many), the base stock spread over 2012–2015. */
  private static List<int[]> grants(Schedule schedule) {
    List<int[]> grants = new ArrayList<>();
    int before = schedule.before2016();
    for (int year = 2012; year <= 2015; year++) {
      grants.add(new int[] {year, before / 4 + (year - 2012 < before % 4 ? 1 : 0)});
    }
    for (int k = 0; k < schedule.added().length; k++) {
      grants.add(new int[] {2016 + k, schedule.added()[k]});
    }
    return grants;
  }

  /**
   * Cement capacity sized from the panel's output: the 2015 output at 58% utilisation, 12% of it
   * withdrawn by 2020, the smallest works first (less where the 2020 output would then use more
   * than 95% of what remains).
   */
  private static @Nullable Reduction cement(Map<Integer, BigDecimal> output) {
    BigDecimal first = output.get(2015);
    BigDecimal last = output.get(2020);
    if (first == null || first.signum() <= 0) {
      return null;
    }
    double capacity = first.doubleValue() / 0.58;
    double end = capacity * 0.88;
    if (last != null) {
      end = Math.min(capacity, Math.max(end, last.doubleValue() / 0.95));
    }
    double cut = capacity - end;
    double[] steps = {0.3 * cut, 0.25 * cut, 0.2 * cut, 0.15 * cut, 0.1 * cut};
    return new Reduction("cement", "C3011", capacity, steps, 1.2);
  }

  private static String document(int year, Random random) {
    return "模拟-甘工信发〔" + year + "〕" + (1 + random.nextInt(300)) + "号";
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
