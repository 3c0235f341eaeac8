package dev.longyuan.smeservices.internal;

import dev.longyuan.plan.Region;
import dev.longyuan.plan.RegionLevel;
import dev.longyuan.smeservices.Fee;
import dev.longyuan.smeservices.NodeKind;
import dev.longyuan.smeservices.ServiceCategory;
import dev.longyuan.smeservices.ServiceNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The shipped demonstration network (模拟数据), from a fixed seed: the hub (2013), the fourteen windows
 * (2014–2015), touchpoints opened in a growing share of the counties — 10 by the end of 2015, then
 * 36, 58, 71, 75 and 78 of the 86 by 2016–2020, so that the plan's 80% by 2018 is just met — and
 * ten agencies with a few categories each.
 */
final class DemonstrationNetwork {

  static final long SEED = 20_180_080L;

  /** Counties covered at the end of 2015, 2016 … 2020. */
  static final int[] COVERED_BY = {10, 36, 58, 71, 75, 78};

  private static final Set<String> HUB_FREE =
      Set.of("information", "training", "startup", "consulting", "legal", "ip", "standards");
  private static final List<String> WINDOW_CATEGORIES =
      List.of(
          "information",
          "technology",
          "startup",
          "training",
          "financing",
          "market",
          "consulting",
          "legal",
          "digital",
          "standards");
  private static final Set<String> WINDOW_FREE =
      Set.of("information", "training", "startup", "legal");
  private static final List<String> TOUCHPOINT_CATEGORIES =
      List.of("information", "training", "startup", "financing");

  /** An agency: where it is, whom it joined, what it offers on what terms. */
  private record Agency(
      String code, String nameZh, String nameEn, String region, String[] offers) {}

  private static final List<Agency> AGENCIES =
      List.of(
          new Agency(
              "A-METROLOGY",
              "省级计量测试服务机构",
              "Provincial metrology and testing agency",
              "620000",
              new String[] {"metrology:market", "testing:market", "certification:low_cost"}),
          new Agency(
              "A-GUARANTEE",
              "省级中小企业融资担保服务机构",
              "Provincial SME financing guarantee agency",
              "620000",
              new String[] {"financing:low_cost"}),
          new Agency(
              "A-LZ-IP",
              "兰州知识产权服务中心",
              "Lanzhou intellectual property service centre",
              "620100",
              new String[] {"ip:low_cost", "legal:low_cost"}),
          new Agency(
              "A-LZ-DIGITAL",
              "兰州数字化转型促进中心",
              "Lanzhou digital transformation centre",
              "620100",
              new String[] {"digital:low_cost", "technology:market"}),
          new Agency(
              "A-BY-EQUIP",
              "白银设备共享服务平台",
              "Baiyin equipment-sharing platform",
              "620400",
              new String[] {"equipment:low_cost"}),
          new Agency(
              "A-TS-TEST",
              "天水检验检测服务机构",
              "Tianshui testing and inspection agency",
              "620500",
              new String[] {"testing:market", "standards:low_cost"}),
          new Agency(
              "A-ZY-MARKET",
              "张掖市场开拓服务机构",
              "Zhangye market development agency",
              "620700",
              new String[] {"market:low_cost"}),
          new Agency(
              "A-PL-CONSULT",
              "平凉管理咨询服务机构",
              "Pingliang management consulting agency",
              "620800",
              new String[] {"consulting:market", "training:low_cost"}),
          new Agency(
              "A-JQ-GREEN",
              "酒泉绿色化转型服务中心",
              "Jiuquan green transition centre",
              "620900",
              new String[] {"green:low_cost", "consulting:market"}),
          new Agency(
              "A-QY-LEGAL",
              "庆阳法律服务中心",
              "Qingyang legal service centre",
              "621000",
              new String[] {"legal:free"}));

  private DemonstrationNetwork() {}

  static List<ServiceNode> nodes(List<Region> regions, List<ServiceCategory> categories) {
    Random random = new Random(SEED);
    List<ServiceNode> nodes = new ArrayList<>();
    Region province =
        regions.stream().filter(r -> r.level() == RegionLevel.PROVINCE).findFirst().orElseThrow();
    nodes.add(
        new ServiceNode(
            "HUB",
            NodeKind.HUB,
            province.nameZh() + "中小企业公共服务平台（枢纽）",
            "Gansu SME public service platform (hub)",
            province.code().value(),
            null,
            LocalDate.of(2013, 6, 1),
            true,
            categories.stream()
                .map(
                    c ->
                        new ServiceNode.Offer(
                            c.code(), HUB_FREE.contains(c.code()) ? Fee.FREE : Fee.LOW_COST))
                .toList()));
    for (Region city : regions) {
      if (city.level() != RegionLevel.PREFECTURE) {
        continue;
      }
      nodes.add(
          new ServiceNode(
              "W-" + city.code().value(),
              NodeKind.WINDOW,
              city.nameZh() + "中小企业公共服务平台（窗口）",
              city.nameEn() + " SME public service platform (window)",
              city.code().value(),
              "HUB",
              LocalDate.of(2014 + random.nextInt(2), 1 + random.nextInt(12), 1),
              true,
              WINDOW_CATEGORIES.stream()
                  .map(
                      c ->
                          new ServiceNode.Offer(
                              c, WINDOW_FREE.contains(c) ? Fee.FREE : Fee.LOW_COST))
                  .toList()));
    }
    List<Region> counties =
        new ArrayList<>(regions.stream().filter(r -> r.level() == RegionLevel.COUNTY).toList());
    Collections.shuffle(counties, random);
    for (int i = 0; i < COVERED_BY[COVERED_BY.length - 1] && i < counties.size(); i++) {
      Region county = counties.get(i);
      int year = 2015;
      while (i >= COVERED_BY[year - 2015]) {
        year++;
      }
      String city = county.code().value().substring(0, 4) + "00";
      nodes.add(
          new ServiceNode(
              "T-" + county.code().value(),
              NodeKind.TOUCHPOINT,
              county.nameZh() + "中小企业服务站（触角）",
              county.nameEn() + " SME service station (touchpoint)",
              county.code().value(),
              "W-" + city,
              LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
              true,
              TOUCHPOINT_CATEGORIES.stream()
                  .map(
                      c ->
                          new ServiceNode.Offer(c, c.equals("financing") ? Fee.LOW_COST : Fee.FREE))
                  .toList()));
    }
    for (Agency agency : AGENCIES) {
      List<ServiceNode.Offer> offers = new ArrayList<>();
      for (String offer : agency.offers()) {
        String[] parts = offer.split(":");
        offers.add(new ServiceNode.Offer(parts[0], Fee.fromWord(parts[1]).orElseThrow()));
      }
      nodes.add(
          new ServiceNode(
              agency.code(),
              NodeKind.AGENCY,
              agency.nameZh(),
              agency.nameEn(),
              agency.region(),
              agency.region().equals(province.code().value()) ? "HUB" : "W-" + agency.region(),
              LocalDate.of(2015, 3 + random.nextInt(9), 1),
              true,
              List.copyOf(offers)));
    }
    return nodes;
  }
}
