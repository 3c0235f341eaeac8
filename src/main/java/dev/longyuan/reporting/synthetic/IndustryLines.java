package dev.longyuan.reporting.synthetic;

import dev.longyuan.reporting.synthetic.Archetype.Line;
import dev.longyuan.reporting.synthetic.Archetype.Product;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The GB/T 4754-2017 classes of each kind of enterprise, with the words their names use and the
 * products they report. Values per unit are 万元 of gross output per 万吨 (per 亿千瓦时 for power) at 2015
 * prices; for a steel works or a nickel smelter they include the by-products sold.
 */
final class IndustryLines {

  private static final Map<Archetype, List<Line>> LINES = new EnumMap<>(Archetype.class);

  static {
    for (Archetype kind : Archetype.values()) {
      LINES.put(kind, linesOf(kind));
    }
  }

  private IndustryLines() {}

  static List<Line> of(Archetype kind) {
    return LINES.get(kind);
  }

  private static List<Line> linesOf(Archetype kind) {
    return switch (kind) {
      case REFINERY -> lines(line("C2511", "石化|炼化", p(Element.P_CRUDE_PROC, 4500)));
      case CHEMICAL ->
          lines(
              line("C2614", "化工|有机化工"),
              line("C2613", "盐化工|化工"),
              line("C2619", "化学工业|化工"),
              line("C2621", "化肥|化工"),
              line("C2624", "肥业|复合肥"),
              line("C2651", "树脂|化工"),
              line("C2652", "化工|橡胶"),
              line("C2661", "化学试剂|化工助剂"),
              line("C2521", "焦化|煤化工"));
      case OIL -> lines(line("B0711", "石油开采|油田开发"));
      case OIL_SERVICE -> lines(line("B1120", "石油工程技术服务|油田技术服务|钻井工程"));
      case NF_SMELTER ->
          lines(
              line("C3211", "铜业|冶炼", p(Element.P_NF10, 40_000)),
              line("C3212", "铅锌|锌业", p(Element.P_NF10, 15_000)),
              line("C3213", "镍业|镍钴", p(Element.P_NF10, 60_000)),
              line("C3221", "黄金冶炼|贵金属"));
      case ALUMINIUM -> lines(line("C3216", "铝业|电解铝", p(Element.P_NF10, 13_000)));
      case NF_PROCESSOR ->
          lines(
              line("C3251", "铜材|铜业", p(Element.P_COPPER, 46_000)),
              line("C3252", "铝材|铝业", p(Element.P_ALUMINIUM, 16_000)),
              line("C3259", "有色金属材料|合金"),
              line("C3831", "电线电缆|线缆"));
      case STEEL ->
          lines(
              line(
                  "C3120",
                  "钢铁",
                  p(Element.P_PIG_IRON, 5200),
                  p(Element.P_CRUDE_STEEL, 4600),
                  p(Element.P_STEEL, 4800)),
              line("C3130", "钢材|型钢|特钢", p(Element.P_STEEL, 3300)),
              line("C3110", "炼铁|铸业", p(Element.P_PIG_IRON, 2200)),
              line("C3140", "铁合金|硅铁"),
              line("C3311", "钢结构|钢构"),
              line("C3091", "碳素|炭素"));
      case COAL -> lines(line("B0610", "煤业|煤矿|矿业", p(Element.P_COAL, 500)));
      case MINING ->
          lines(
              line("B0810", "铁矿|矿业"),
              line("B0911", "铜矿|矿业"),
              line("B0912", "铅锌矿|矿业"),
              line("B0921", "金矿|黄金矿业"),
              line("B1011", "石灰石矿|建材矿业"),
              line("B1019", "砂石|矿业"));
      case THERMAL ->
          lines(
              line("D4411", "发电", p(Element.P_POWER, 3000)),
              line("D4412", "热电", p(Element.P_POWER, 3000)));
      case HYDRO -> lines(line("D4413", "水电|水电开发", p(Element.P_POWER, 2600)));
      case WIND -> lines(line("D4415", "风力发电|风电|新能源", p(Element.P_POWER, 4800)));
      case SOLAR -> lines(line("D4416", "光伏发电|光电|新能源", p(Element.P_POWER, 8000)));
      case POWER_SUPPLY -> lines(line("D4420", "供电|电力"));
      case HEAT -> lines(line("D4430", "热力|供热"));
      case GAS_WATER ->
          lines(line("D4511", "燃气|天然气"), line("D4610", "自来水|供水|水务"), line("D4620", "污水处理|水务"));
      case TOBACCO -> lines(line("C1620", "卷烟|烟草工业"));
      case FOOD ->
          lines(
              line("C1312", "面粉|面业"),
              line("C1331", "油脂|粮油"),
              line("C1351", "清真肉类|肉业|牛羊肉"),
              line("C1353", "食品|肉制品"),
              line("C1371", "果蔬|食品"),
              line("C1391", "淀粉|薯业"),
              line("C1441", "乳业"),
              line("C1910", "皮革|皮业"));
      case BEVERAGE ->
          lines(
              line("C1512", "酒业|酒厂"),
              line("C1513", "啤酒"),
              line("C1515", "葡萄酒业|酒庄"),
              line("C1523", "果汁|饮品"));
      case TEXTILES ->
          lines(line("C1711", "纺织|棉纺"), line("C1721", "毛纺|毛纺织"), line("C1819", "服装|服饰"));
      case CEMENT -> lines(line("C3011", "水泥|建材", p(Element.P_CEMENT, 360)));
      case BUILDING ->
          lines(
              line("C3021", "建材|水泥制品|管桩"),
              line("C3031", "新型建材|墙材"),
              line("C3041", "玻璃"),
              line("C3089", "耐火材料"),
              line("C3099", "非金属材料|新材料"));
      case EQUIPMENT ->
          lines(
              line("C3415", "风电设备"),
              line("C3421", "机床"),
              line("C3441", "泵业"),
              line("C3451", "轴承"),
              line("C3511", "矿山机械|重工"),
              line("C3512", "石油机械|石油装备"),
              line("C3516", "冶金设备"),
              line("C3670", "汽车零部件|汽车配件"),
              line("C3811", "电机|发电设备"),
              line("C3823", "电气|开关"),
              line("C3825", "光伏科技|光电"),
              line("C4011", "自动化|仪表"),
              line("C4021", "环保仪器|仪器仪表"),
              line("C3595", "安防|公共安全装备"));
      case ELECTRONICS ->
          lines(
              line("C3973", "微电子|集成电路"),
              line("C3972", "半导体"),
              line("C3982", "电子"),
              line("C3981", "电子元件"));
      case PHARMA ->
          lines(
              line("C2710", "制药|药业"),
              line("C2720", "制药"),
              line("C2730", "中药饮片|中药材|药业"),
              line("C2740", "中成药|药业|制药"),
              line("C2761", "生物制药|生物"),
              line("C2770", "医疗用品|卫材"));
      case NEW_MATERIALS ->
          lines(
              line("C2641", "涂料"),
              line("C2829", "化纤|新材料"),
              line("C3073", "特种陶瓷|新材料"),
              line("C3240", "合金材料|新材料"),
              line("C3232", "稀土|稀土新材料"));
    };
  }

  private static List<Line> lines(Line... lines) {
    return List.of(lines);
  }

  private static Line line(String industryClass, String words, Product... products) {
    return new Line(industryClass, Arrays.asList(words.split("\\|")), List.of(products));
  }

  private static Product p(Element element, double valuePerUnit) {
    return new Product(element, valuePerUnit);
  }
}
