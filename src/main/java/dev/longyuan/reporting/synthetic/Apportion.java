package dev.longyuan.reporting.synthetic;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Splits an integer total (in the smallest unit of a value, such as 0.1 万元) in proportion to
 * weights by the largest-remainder method, so that the parts add up to the total exactly.
 */
final class Apportion {

  private Apportion() {}

  static long[] of(long total, double[] weights) {
    long[] caps = new long[weights.length];
    Arrays.fill(caps, Long.MAX_VALUE);
    return capped(total, weights, caps);
  }

  /** As {@link #of}, with no part above its cap; the caps must hold the total. */
  static long[] capped(long total, double[] weights, long[] caps) {
    if (total < 0) {
      throw new IllegalArgumentException("negative total " + total);
    }
    int n = weights.length;
    long[] parts = new long[n];
    if (total == 0 || n == 0) {
      return parts;
    }
    boolean[] fixed = new boolean[n];
    double[] quota = new double[n];
    long left = total;
    boolean again = true;
    while (again) {
      again = false;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          sum += weights[i];
        }
      }
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          continue;
        }
        quota[i] = sum > 0 ? left * (weights[i] / sum) : (double) left / n;
        if (quota[i] >= caps[i]) {
          fixed[i] = true;
          parts[i] = caps[i];
          left -= caps[i];
          again = true;
        }
      }
      if (left < 0) {
        throw new IllegalArgumentException("caps cannot hold " + total);
      }
    }
    long given = 0;
    for (int i = 0; i < n; i++) {
      if (!fixed[i]) {
        parts[i] = (long) Math.floor(quota[i]);
        given += parts[i];
      }
    }
    long remainder = left - given;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> fixed[i] ? 2.0 : -(quota[i] - parts[i]))
            .thenComparingInt(i -> i));
    for (int k = 0; remainder > 0; k = (k + 1) % n) {
      int i = order[k];
      if (!fixed[i] && parts[i] < caps[i]) {
        parts[i]++;
        remainder--;
      }
    }
    return parts;
  }
}
