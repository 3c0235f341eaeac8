package dev.longyuan.reporting.synthetic;

import java.util.List;

/**
 * A kind of Gansu enterprise: its GB/T 4754-2017 classes and name words, how many there are and how
 * large, where they sit, and the ratios that make their numbers plausible. Sizes are operating
 * revenue in 万元 in 2014 before calibration.
 */
enum Archetype {
  REFINERY(
      new Population(0, 200_000, 0.5, 200),
      new Economics(0.18, 0.030, -0.3, 1.3),
      new Footprint(0.25, 15, 0.05, 0.6),
      new Innovation(0.9, 0.004, 0.9, 0.55),
      Seasonality.CONTINUOUS,
      own(100, 0, 0, 0, 0),
      "620104:1"),
  CHEMICAL(
      new Population(7, 9000, 1.0, 70),
      new Economics(0.22, 0.045, 0.4, 1.0),
      new Footprint(1.0, 30, 0.4, 0.55),
      new Innovation(0.35, 0.009, 0.5, 0.35),
      Seasonality.CONTINUOUS,
      own(25, 2, 33, 35, 5),
      "620100:20 620104:15 620171:8 620400:12 620300:8 620800:5 620900:6 620600:4 621000:5"
          + " 620700:4 620500:3 621100:2"),
  OIL(
      new Population(0.25, 30_000, 0.8, 120),
      new Economics(0.45, 0.060, 0.3, 2.2),
      new Footprint(0.12, 5, 0.08, 0.6),
      new Innovation(0.4, 0.006, 0, 0),
      Seasonality.CONTINUOUS,
      own(85, 0, 15, 0, 0),
      "621021:4 621022:3 621023:4 621024:2 621026:1 621027:1 620981:3"),
  OIL_SERVICE(
      new Population(1, 7000, 0.8, 35),
      new Economics(0.35, 0.040, 0.5, 1.0),
      new Footprint(0.2, 3, 0.05, 0.5),
      new Innovation(0.2, 0.005, 0, 0),
      Seasonality.GENERAL,
      own(40, 0, 30, 28, 2),
      "621002:3 621021:4 621023:2 621022:1 620981:2 620104:1"),
  NF_SMELTER(
      new Population(1.6, 25_000, 1.2, 90),
      new Economics(0.17, 0.035, 0.6, 1.8),
      new Footprint(1.1, 20, 2.0, 0.35),
      new Innovation(0.45, 0.007, 0.5, 0.35),
      Seasonality.CONTINUOUS,
      own(45, 0, 35, 18, 2),
      "620302:6 620402:6 620403:2 621221:3 621225:2 620200:2 620111:1 620321:2"),
  ALUMINIUM(
      new Population(0.3, 60_000, 0.8, 110),
      new Economics(0.18, 0.030, 0.7, 1.6),
      new Footprint(1.5, 10, 0.6, 0.4),
      new Innovation(0.4, 0.004, 0.5, 0.4),
      Seasonality.CONTINUOUS,
      own(50, 0, 35, 15, 0),
      "620111:2 620403:2 621122:2 620200:2"),
  NF_PROCESSOR(
      new Population(4.5, 8000, 1.0, 60),
      new Economics(0.15, 0.035, 0.45, 1.2),
      new Footprint(0.15, 5, 0.05, 0.8),
      new Innovation(0.35, 0.008, 0.5, 0.35),
      Seasonality.GENERAL,
      own(20, 1, 34, 42, 3),
      "620300:6 620400:8 620100:5 620171:3 620200:4 621100:1 620900:2"),
  STEEL(
      new Population(3.5, 10_000, 1.0, 70),
      new Economics(0.20, 0.030, 0.6, 1.6),
      new Footprint(1.2, 25, 1.0, 0.75),
      new Innovation(0.3, 0.006, 0.45, 0.4),
      Seasonality.CONTINUOUS,
      own(30, 1, 30, 37, 2),
      "620200:8 620100:5 620900:4 620400:2 620300:1 620500:1 620700:1 620600:1 621200:1"),
  COAL(
      new Population(3, 4500, 1.0, 30),
      new Economics(0.40, 0.040, 0.8, 1.8),
      new Footprint(0.15, 8, 1.5, 0.5),
      new Innovation(0.15, 0.003, 0, 0),
      Seasonality.CONTINUOUS,
      own(55, 5, 20, 20, 0),
      "620881:8 620823:5 620822:2 620421:5 620403:5 620111:4 620121:2 620725:3 620721:2"
          + " 621022:2 621026:2 621027:1 620922:1 620623:1"),
  MINING(
      new Population(5, 5000, 1.0, 40),
      new Economics(0.35, 0.060, 0.5, 1.5),
      new Footprint(0.3, 10, 4.0, 0.3),
      new Innovation(0.1, 0.003, 0, 0),
      Seasonality.GENERAL,
      own(35, 5, 20, 38, 2),
      "620923:3 620721:3 621221:4 621225:3 621222:2 621227:2 623001:2 620302:2 620321:1"
          + " 620402:1 620922:1 620900:2 620800:2 620500:2 621100:1 622900:1 620600:1"),
  THERMAL(
      new Population(2, 35_000, 0.9, 150),
      new Economics(0.30, 0.030, 0.6, 0.4),
      new Footprint(5.5, 60, 3.0, 0.7),
      new Innovation(0.2, 0.002, 0, 0),
      Seasonality.THERMAL,
      own(85, 0, 15, 0, 0),
      "620421:3 620802:3 620104:3 620702:2 620602:2 620302:2 620200:2 620902:1 620881:2"
          + " 620823:1 621002:1 620403:1 620171:1 620502:1"),
  HYDRO(
      new Population(3.5, 4000, 1.0, 120),
      new Economics(0.65, 0.120, 0.35, 0),
      new Footprint(0.02, 0.5, 0, 0),
      new Innovation(0.05, 0.001, 0, 0),
      Seasonality.HYDRO,
      own(45, 3, 25, 25, 2),
      "622923:3 622900:2 623000:4 621200:4 620100:2 620700:2 620400:1 620600:1 621100:1 620500:1"),
  WIND(
      new Population(3, 7000, 0.7, 250),
      new Economics(0.68, 0.080, 0.5, 0),
      new Footprint(0.02, 0.1, 0, 0),
      new Innovation(0.05, 0.001, 0, 0),
      Seasonality.WIND,
      own(70, 0, 22, 6, 2),
      "620922:6 620981:5 620921:3 620923:2 620902:1 620982:1 620702:1 620725:1 620602:1"
          + " 620621:1 620423:1 621022:1"),
  SOLAR(
      new Population(2.5, 5000, 0.6, 300),
      new Economics(0.70, 0.090, 0.45, 0),
      new Footprint(0.01, 0.1, 0, 0),
      new Innovation(0.05, 0.001, 0, 0),
      Seasonality.SOLAR,
      own(55, 0, 30, 12, 3),
      "620982:4 620922:3 620921:3 620981:3 620923:1 620902:2 620700:3 620600:3 620400:2"
          + " 620171:1 620300:2"),
  POWER_SUPPLY(
      new Population(0.6, 20_000, 1.0, 90),
      new Economics(0.22, 0.015, 0.3, 0.2),
      new Footprint(0.05, 1, 0, 0),
      new Innovation(0.2, 0.001, 0, 0),
      Seasonality.THERMAL,
      own(90, 5, 5, 0, 0),
      "620100:1 620300:1 620400:1 620500:1 620600:1 620700:1 620800:1 620900:1 621000:1"
          + " 621100:1 621200:1 622900:1 623000:1 620200:1"),
  HEAT(
      new Population(1.5, 6000, 0.8, 50),
      new Economics(0.30, 0.010, 0.7, 0.3),
      new Footprint(3.0, 20, 0.8, 0.7),
      new Innovation(0.02, 0.001, 0, 0),
      Seasonality.HEAT,
      own(60, 5, 20, 15, 0),
      "620102:4 620103:2 620104:2 620105:1 620302:2 620402:2 620502:2 620602:2 620702:2"
          + " 620802:2 620902:2 621002:2 621102:1 621202:1 622901:1 623001:1 620200:2"),
  GAS_WATER(
      new Population(2.5, 5000, 0.8, 40),
      new Economics(0.35, 0.040, 0.45, 0.2),
      new Footprint(0.2, 3, 0.02, 0.5),
      new Innovation(0.02, 0.001, 0, 0),
      Seasonality.GENERAL,
      own(55, 3, 20, 17, 5),
      "620100:5 620300:1 620400:2 620500:2 620600:2 620700:2 620800:2 620900:2 621000:2"
          + " 621100:1 621200:1 622900:1 623000:1 620200:1 620171:1"),
  TOBACCO(
      new Population(0, 300_000, 0.5, 300),
      new Economics(0.70, 0.150, -5, 0),
      new Footprint(0.03, 2, 0.01, 0.8),
      new Innovation(1.0, 0.004, 1.0, 0.6),
      Seasonality.GENERAL,
      own(100, 0, 0, 0, 0),
      "620103:1"),
  FOOD(
      new Population(22, 5500, 0.9, 35),
      new Economics(0.25, 0.050, 0.3, 0.2),
      new Footprint(0.15, 15, 0.03, 0.9),
      new Innovation(0.12, 0.003, 0.35, 0.25),
      Seasonality.FOOD,
      own(5, 4, 24, 62, 5),
      "620100:10 620500:9 621100:9 620600:9 620700:10 620800:7 620900:7 621000:6 621200:5"
          + " 622900:6 623000:3 620400:6 620300:2 620200:1"),
  BEVERAGE(
      new Population(3, 7000, 1.0, 45),
      new Economics(0.35, 0.100, 0.25, 0.1),
      new Footprint(0.12, 20, 0.03, 0.9),
      new Innovation(0.2, 0.004, 0.4, 0.3),
      Seasonality.FOOD,
      own(15, 2, 40, 38, 5),
      "620700:4 620600:4 621200:3 620100:3 620500:3 620900:3 620200:1 621000:1"),
  TEXTILES(
      new Population(1.5, 5000, 0.8, 20),
      new Economics(0.24, 0.030, 0.45, 0.3),
      new Footprint(0.2, 10, 0.02, 0.8),
      new Innovation(0.15, 0.004, 0.4, 0.3),
      Seasonality.GENERAL,
      own(15, 3, 25, 52, 5),
      "620100:4 620500:3 620600:2 620700:1 622900:1 620400:1"),
  CEMENT(
      new Population(3.5, 18_000, 0.7, 45),
      new Economics(0.30, 0.060, 0.45, 1.4),
      new Footprint(3.5, 3, 0.05, 0.9),
      new Innovation(0.3, 0.004, 0.5, 0.45),
      Seasonality.CONSTRUCTION,
      own(35, 2, 43, 20, 0),
      "620100:4 620121:3 620500:3 620600:3 620700:3 620800:4 620900:3 621000:3 621100:2"
          + " 621200:3 622900:2 620400:3 620300:1 620200:1 623000:1"),
  BUILDING(
      new Population(10, 3800, 0.7, 25),
      new Economics(0.28, 0.050, 0.45, 0.8),
      new Footprint(0.8, 5, 0.2, 0.8),
      new Innovation(0.1, 0.004, 0.35, 0.3),
      Seasonality.CONSTRUCTION,
      own(8, 4, 25, 61, 2),
      "620100:10 620500:5 620600:4 620700:4 620800:4 620900:4 621000:4 621100:3 621200:3"
          + " 622900:3 620400:4 620300:2 620200:2 623000:1"),
  EQUIPMENT(
      new Population(10, 6000, 1.0, 25),
      new Economics(0.26, 0.050, 0.4, 0.3),
      new Footprint(0.05, 3, 0.02, 0.8),
      new Innovation(0.55, 0.022, 0.7, 0.45),
      Seasonality.GENERAL,
      own(25, 2, 35, 35, 3),
      "620100:12 620103:6 620105:4 620171:4 620500:10 620900:4 620400:3 620200:2 620300:1"
          + " 620700:1 620600:1 620800:1 621100:1"),
  ELECTRONICS(
      new Population(1, 8000, 1.0, 25),
      new Economics(0.28, 0.050, 0.35, 0.1),
      new Footprint(0.06, 4, 0.01, 0.8),
      new Innovation(0.7, 0.030, 0.8, 0.55),
      Seasonality.GENERAL,
      own(25, 0, 40, 30, 5),
      "620500:5 620100:5 620171:1"),
  PHARMA(
      new Population(4, 5000, 1.0, 30),
      new Economics(0.35, 0.080, 0.3, 0.1),
      new Footprint(0.1, 10, 0.02, 0.8),
      new Innovation(0.5, 0.020, 0.6, 0.4),
      Seasonality.GENERAL,
      own(15, 1, 40, 40, 4),
      "620100:12 621100:4 621122:4 621126:3 621123:2 620500:3 621200:2 620600:1 622900:1"
          + " 620700:1 620171:2"),
  NEW_MATERIALS(
      new Population(2, 6000, 1.0, 40),
      new Economics(0.27, 0.050, 0.4, 0.8),
      new Footprint(0.5, 10, 0.3, 0.6),
      new Innovation(0.55, 0.020, 0.65, 0.45),
      Seasonality.CONTINUOUS,
      own(25, 1, 40, 30, 4),
      "620100:6 620400:5 620300:3 620200:2 620171:2 620900:1");

  /** A GB/T 4754-2017 class with the words its enterprise names use and the products it reports. */
  record Line(String industryClass, List<String> words, List<Product> products) {}

  /**
   * A product reported in physical units; {@code valuePerUnit} is 万元 of output per unit in 2015.
   */
  record Product(Element element, double valuePerUnit) {}

  /**
   * How many of the kind (relative share), their median revenue (万元) and spread, revenue per head.
   */
  record Population(double share, double medianRevenue, double sigma, double revenuePerEmployee) {}

  /** Value added over output, typical profit margin, how often loss-making, price sensitivity. */
  record Economics(double vaRatio, double margin, double lossRisk, double priceBeta) {}

  /**
   * Per 万元 of output at 2015 prices: tce of energy, m³ of water, t of solid waste and its reuse.
   */
  record Footprint(double energy, double water, double wasteGenerated, double wasteUtilised) {}

  /** Chance of R&D and its intensity; chance of joining the IT survey and NC share of processes. */
  record Innovation(
      double rdProbability, double rdIntensity, double itProbability, double ncShare) {}

  private final Population population;
  private final Economics economics;
  private final Footprint footprint;
  private final Innovation innovation;
  private final Seasonality seasonality;
  private final double[] ownership;
  private final Placement placement;

  Archetype(
      Population population,
      Economics economics,
      Footprint footprint,
      Innovation innovation,
      Seasonality seasonality,
      double[] ownership,
      String regions) {
    this.population = population;
    this.economics = economics;
    this.footprint = footprint;
    this.innovation = innovation;
    this.seasonality = seasonality;
    this.ownership = ownership;
    this.placement = Placement.parse(regions);
  }

  private static double[] own(double... weights) {
    return weights;
  }

  List<Line> lines() {
    return IndustryLines.of(this);
  }

  Population population() {
    return population;
  }

  Economics economics() {
    return economics;
  }

  Footprint footprint() {
    return footprint;
  }

  Innovation innovation() {
    return innovation;
  }

  Seasonality seasonality() {
    return seasonality;
  }

  double[] ownershipWeights() {
    return ownership.clone();
  }

  Placement placement() {
    return placement;
  }
}
