package dev.longyuan.reporting.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random draws. Every stream is derived from the seed and a few integers (unit, year,
 * purpose), so a value never depends on how many draws came before it elsewhere; the maths uses
 * {@link StrictMath} so results are bit-for-bit the same on every JVM.
 */
final class Draws {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SplittableRandom random;

  private Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Draws of(long seed, long... parts) {
    long h = mix(seed ^ GOLDEN);
    for (long part : parts) {
      h = mix(h + GOLDEN * (part + 1));
    }
    return new Draws(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  double between(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  /** Standard normal, by Box–Muller. */
  double gaussian() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** A log-normal factor with median 1. */
  double logNormal(double sigma) {
    return StrictMath.exp(sigma * gaussian());
  }

  /** An index drawn with probability proportional to its weight. */
  int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
