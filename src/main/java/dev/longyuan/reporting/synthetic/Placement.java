package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.synthetic.GansuCounties.County;
import java.util.List;

/**
 * Where the enterprises of one kind sit: weights over Gansu's county-level units, written as {@code
 * "620104:15 620900:6"}. A prefecture code spreads its weight over its counties, the prefecture
 * seat and urban districts getting more than rural counties.
 */
record Placement(double[] weights) {

  static Placement parse(String spec) {
    List<County> all = GansuCounties.all();
    double[] weights = new double[all.size()];
    for (String token : spec.strip().split("\\s+")) {
      String[] kv = token.split(":");
      String code = kv[0];
      double weight = Double.parseDouble(kv[1]);
      boolean prefecture = code.endsWith("00") && !code.equals("620200");
      if (!prefecture) {
        weights[indexOf(all, code)] += weight;
        continue;
      }
      List<County> members = GansuCounties.inPrefecture(code);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("no counties in " + code);
      }
      double[] local = new double[members.size()];
      double sum = 0;
      for (int i = 0; i < local.length; i++) {
        County c = members.get(i);
        local[i] = i == 0 ? 3 : c.name().endsWith("区") ? 2 : 1;
        sum += local[i];
      }
      for (int i = 0; i < local.length; i++) {
        weights[indexOf(all, members.get(i).code())] += weight * local[i] / sum;
      }
    }
    return new Placement(weights);
  }

  private static int indexOf(List<County> all, String code) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a Gansu county-level code: " + code);
  }

  County draw(Draws draws) {
    return GansuCounties.all().get(draws.pick(weights));
  }
}
