package dev.longyuan.reporting.synthetic;

import java.util.List;

/**
 * The few very large enterprises that give Gansu's industry its shape: refineries in Lanzhou,
 * Qingyang and Yumen, nickel in Jinchang, copper in Baiyin, aluminium and steel in Jiayuguan, coal
 * in Huating, Pingchuan and Honggu, the provincial grid, tobacco. Their names are invented like all
 * the others; only their place, kind and order of size follow the real structure.
 */
final class Anchors {

  /** One large enterprise: its kind, class, county and gross output in 亿元 around 2014. */
  record Anchor(Archetype archetype, String industryClass, String county, double outputYi) {}

  static final List<Anchor> ALL =
      List.of(
          new Anchor(Archetype.REFINERY, "C2511", "620104", 480),
          new Anchor(Archetype.REFINERY, "C2511", "621021", 160),
          new Anchor(Archetype.REFINERY, "C2511", "620981", 90),
          new Anchor(Archetype.OIL, "B0711", "621021", 260),
          new Anchor(Archetype.OIL, "B0711", "620981", 60),
          new Anchor(Archetype.NF_SMELTER, "C3213", "620302", 520),
          new Anchor(Archetype.NF_SMELTER, "C3211", "620402", 240),
          new Anchor(Archetype.ALUMINIUM, "C3216", "620200", 120),
          new Anchor(Archetype.ALUMINIUM, "C3216", "620111", 70),
          new Anchor(Archetype.ALUMINIUM, "C3216", "621122", 40),
          new Anchor(Archetype.ALUMINIUM, "C3216", "620403", 30),
          new Anchor(Archetype.STEEL, "C3120", "620200", 420),
          new Anchor(Archetype.STEEL, "C3120", "620104", 55),
          new Anchor(Archetype.COAL, "B0610", "620881", 85),
          new Anchor(Archetype.COAL, "B0610", "620403", 70),
          new Anchor(Archetype.COAL, "B0610", "620111", 55),
          new Anchor(Archetype.POWER_SUPPLY, "D4420", "620102", 280),
          new Anchor(Archetype.TOBACCO, "C1620", "620103", 110),
          new Anchor(Archetype.TOBACCO, "C1620", "620502", 45),
          new Anchor(Archetype.ELECTRONICS, "C3973", "620502", 40),
          new Anchor(Archetype.CHEMICAL, "C2652", "620104", 60));

  private Anchors() {}
}
