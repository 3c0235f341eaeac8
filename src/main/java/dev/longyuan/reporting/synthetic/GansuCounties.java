package dev.longyuan.reporting.synthetic;

import dev.longyuan.shared.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The county-level units of Gansu (GB/T 2260, as in the plan's division list) where synthetic
 * enterprises are placed: the 86 counties and districts, 兰州新区, and 嘉峪关, which has no counties.
 * Embedded so that the generator needs no file outside the application.
 */
public final class GansuCounties {

  /** One county-level unit; {@code place} is how an enterprise name would start with it. */
  record County(String code, String prefecture, String name, String place) {}

  private static final String TABLE =
      """
      620200 620200 嘉峪关市 嘉峪关
      620102 620100 城关区 兰州
      620103 620100 七里河区 兰州
      620104 620100 西固区 兰州
      620105 620100 安宁区 兰州
      620111 620100 红古区 兰州
      620121 620100 永登县 永登
      620122 620100 皋兰县 皋兰
      620123 620100 榆中县 榆中
      620171 620100 兰州新区 兰州新区
      620302 620300 金川区 金昌
      620321 620300 永昌县 永昌
      620402 620400 白银区 白银
      620403 620400 平川区 白银
      620421 620400 靖远县 靖远
      620422 620400 会宁县 会宁
      620423 620400 景泰县 景泰
      620502 620500 秦州区 天水
      620503 620500 麦积区 天水
      620521 620500 清水县 清水
      620522 620500 秦安县 秦安
      620523 620500 甘谷县 甘谷
      620524 620500 武山县 武山
      620525 620500 张家川回族自治县 张家川
      620602 620600 凉州区 武威
      620621 620600 民勤县 民勤
      620622 620600 古浪县 古浪
      620623 620600 天祝藏族自治县 天祝
      620702 620700 甘州区 张掖
      620721 620700 肃南裕固族自治县 肃南
      620722 620700 民乐县 民乐
      620723 620700 临泽县 临泽
      620724 620700 高台县 高台
      620725 620700 山丹县 山丹
      620802 620800 崆峒区 平凉
      620821 620800 泾川县 泾川
      620822 620800 灵台县 灵台
      620823 620800 崇信县 崇信
      620825 620800 庄浪县 庄浪
      620826 620800 静宁县 静宁
      620881 620800 华亭市 华亭
      620902 620900 肃州区 酒泉
      620921 620900 金塔县 金塔
      620922 620900 瓜州县 瓜州
      620923 620900 肃北蒙古族自治县 肃北
      620924 620900 阿克塞哈萨克族自治县 阿克塞
      620981 620900 玉门市 玉门
      620982 620900 敦煌市 敦煌
      621002 621000 西峰区 庆阳
      621021 621000 庆城县 庆城
      621022 621000 环县 环县
      621023 621000 华池县 华池
      621024 621000 合水县 合水
      621025 621000 正宁县 正宁
      621026 621000 宁县 宁县
      621027 621000 镇原县 镇原
      621102 621100 安定区 定西
      621121 621100 通渭县 通渭
      621122 621100 陇西县 陇西
      621123 621100 渭源县 渭源
      621124 621100 临洮县 临洮
      621125 621100 漳县 漳县
      621126 621100 岷县 岷县
      621202 621200 武都区 陇南
      621221 621200 成县 成县
      621222 621200 文县 文县
      621223 621200 宕昌县 宕昌
      621224 621200 康县 康县
      621225 621200 西和县 西和
      621226 621200 礼县 礼县
      621227 621200 徽县 徽县
      621228 621200 两当县 两当
      622901 622900 临夏市 临夏
      622921 622900 临夏县 临夏县
      622922 622900 康乐县 康乐
      622923 622900 永靖县 永靖
      622924 622900 广河县 广河
      622925 622900 和政县 和政
      622926 622900 东乡族自治县 东乡
      622927 622900 积石山保安族东乡族撒拉族自治县 积石山
      623001 623000 合作市 合作
      623021 623000 临潭县 临潭
      623022 623000 卓尼县 卓尼
      623023 623000 舟曲县 舟曲
      623024 623000 迭部县 迭部
      623025 623000 玛曲县 玛曲
      623026 623000 碌曲县 碌曲
      623027 623000 夏河县 夏河
      """;

  static final Map<String, String> PREFECTURE_PLACES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("620100", "兰州"),
              Map.entry("620200", "嘉峪关"),
              Map.entry("620300", "金昌"),
              Map.entry("620400", "白银"),
              Map.entry("620500", "天水"),
              Map.entry("620600", "武威"),
              Map.entry("620700", "张掖"),
              Map.entry("620800", "平凉"),
              Map.entry("620900", "酒泉"),
              Map.entry("621000", "庆阳"),
              Map.entry("621100", "定西"),
              Map.entry("621200", "陇南"),
              Map.entry("622900", "临夏"),
              Map.entry("623000", "甘南")));

  private static final List<County> ALL = parse();

  private GansuCounties() {}

  private static List<County> parse() {
    List<County> counties = new ArrayList<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      counties.add(new County(f[0], f[1], f[2], f[3]));
    }
    return List.copyOf(counties);
  }

  /** The region codes an enterprise may be placed in. */
  public static List<RegionCode> codes() {
    return ALL.stream().map(c -> RegionCode.of(c.code())).toList();
  }

  static List<County> all() {
    return ALL;
  }

  static County county(String code) {
    return ALL.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a Gansu county-level code: " + code));
  }

  static List<County> inPrefecture(String prefecture) {
    return ALL.stream().filter(c -> c.prefecture().equals(prefecture)).toList();
  }

  static String prefecturePlace(County county) {
    return PREFECTURE_PLACES.get(county.prefecture());
  }
}
