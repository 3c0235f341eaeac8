package dev.longyuan.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching on a labelled set: 35 products of Gansu's industries and construction materials, each
 * offered by two suppliers in Jiuquan (酒泉), among look-alikes in the same categories (four kinds of
 * cement, two grades of rebar, four kinds of cable …), and one demand for each product worded as a
 * buyer would word it. The correct suppliers of a demand are those of its product.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketMatchingTests {

  static final String TAG = "1001";
  static final String[] COUNTIES = {"620902", "620921", "620922", "620923", "620981"};

  /** category, unit, product, specification; the demand's title and specification. */
  record Labelled(
      String category,
      String unit,
      String product,
      String specification,
      String demandTitle,
      String demandSpecification) {}

  static final List<Labelled> SET =
      List.of(
          new Labelled("C3011", "吨", "普通硅酸盐水泥", "P·O 42.5 散装", "采购P.O42.5普通硅酸盐水泥", "散装，用于桥梁承台"),
          new Labelled("C3011", "吨", "复合硅酸盐水泥", "P·C 32.5R 袋装", "复合水泥", "P.C32.5R 袋装 50kg"),
          new Labelled("C3011", "吨", "抗硫酸盐硅酸盐水泥", "P·MSR 42.5 中抗硫", "抗硫酸盐水泥", "中抗硫 42.5 用于盐渍土地基"),
          new Labelled("C3011", "吨", "白色硅酸盐水泥", "P·W 32.5 装饰用", "白水泥", "装饰工程用 32.5级"),
          new Labelled("C3021", "米", "预应力混凝土管桩", "PHC 500 AB 125", "PHC管桩", "直径500mm 壁厚125 AB型"),
          new Labelled("C3021", "米", "钢筋混凝土排水管", "DN1000 Ⅱ级 承插口", "混凝土排水管", "DN1000 Ⅱ级"),
          new Labelled("C3021", "立方米", "预拌商品混凝土", "C30 泵送", "C30泵送商品混凝土", "住宅楼主体浇筑"),
          new Labelled("C3041", "平方米", "浮法平板玻璃", "5mm 透明", "5毫米浮法玻璃", "透明 门窗用"),
          new Labelled("C3041", "平方米", "超白光伏压延玻璃", "3.2mm 钢化 镀膜", "光伏组件用超白压延玻璃", "3.2mm 钢化"),
          new Labelled("C3130", "吨", "热轧带肋钢筋", "HRB400E Φ25", "螺纹钢", "HRB400E 直径25mm"),
          new Labelled("C3130", "吨", "抗震热轧带肋钢筋", "HRB500E Φ32", "HRB500E抗震钢筋", "Φ32 高层剪力墙"),
          new Labelled("C3130", "吨", "热轧中厚钢板", "Q345B 20mm", "Q345B中厚钢板", "厚20mm 钢结构用"),
          new Labelled("C3130", "吨", "冷轧薄钢板", "SPCC 1.0mm", "冷轧钢板", "SPCC 厚1.0"),
          new Labelled("C3130", "吨", "热轧H型钢", "Q235B 400×200", "H型钢", "400*200 Q235B 厂房钢梁"),
          new Labelled("C3252", "吨", "铝合金建筑型材", "6063-T5 门窗用", "6063铝型材", "断桥门窗用"),
          new Labelled("C3252", "吨", "纯铝板带", "1060 H24 2.0mm", "纯铝板", "1060 厚2mm"),
          new Labelled(
              "C3831", "米", "交联聚乙烯绝缘电力电缆", "YJV22-8.7/15kV 3×240 铠装", "10kV铠装电力电缆", "YJV22 3*240"),
          new Labelled("C3831", "米", "铝芯架空绝缘电缆", "JKLYJ-10kV 1×185", "架空绝缘导线", "JKLYJ 185 农网改造"),
          new Labelled("C3831", "米", "屏蔽控制电缆", "KVVP 10×1.5", "控制电缆", "KVVP 10芯1.5平方 屏蔽"),
          new Labelled("C3831", "米", "光伏专用直流电缆", "PV1-F 1×4", "光伏直流电缆", "4平方 双层绝缘"),
          new Labelled("C3821", "台", "油浸式电力变压器", "S13-M-1000/10", "1000kVA油浸变压器", "S13型 10kV"),
          new Labelled("C3821", "台", "环氧树脂浇注干式变压器", "SCB13-800/10", "干式变压器", "SCB13 800kVA"),
          new Labelled("C3825", "块", "单晶硅双面光伏组件", "550Wp 双玻", "550W单晶双面光伏板", "双玻 地面电站"),
          new Labelled("C3825", "台", "组串式光伏逆变器", "196kW 1500V", "组串式逆变器", "196kW"),
          new Labelled("C3415", "片", "风力发电机组叶片", "3MW 机组 长76m", "3兆瓦风机叶片", "叶片长度76米"),
          new Labelled("C3415", "套", "风电塔筒", "3MW 轮毂高度90m", "风机塔筒", "3MW 轮毂高度90米"),
          new Labelled("C2730", "千克", "当归饮片", "岷县当归 全归片", "岷当归切片", "全归片 无硫"),
          new Labelled("C2730", "千克", "党参饮片", "纹党参 段", "党参段", "纹党参"),
          new Labelled("C2730", "千克", "黄芪饮片", "陇西黄芪 斜片", "黄芪片", "陇西产 斜片"),
          new Labelled("C2621", "吨", "颗粒尿素", "农业用 总氮≥46.4%", "尿素", "颗粒 含氮46%"),
          new Labelled("C2621", "吨", "碳酸氢铵", "农业用 氮≥17.1%", "碳铵化肥", "含氮17%"),
          new Labelled("04130101", "千块", "烧结多孔砖", "MU15 240×115×90", "多孔砖", "MU15 承重墙"),
          new Labelled(
              "17050101", "米", "高密度聚乙烯双壁波纹管", "HDPE DN500 SN8", "HDPE双壁波纹管", "DN500 环刚度SN8 市政排水"),
          new Labelled("17010201", "米", "球墨铸铁管", "K9 DN300 给水", "球墨铸铁给水管", "DN300 K9"),
          new Labelled("13330101", "平方米", "SBS改性沥青防水卷材", "4mm Ⅱ型 PY 聚酯胎", "SBS防水卷材", "4mm 聚酯胎 屋面"));

  @Autowired Market market;

  @Autowired ReportingService reporting;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  final List<String> enterprises = new ArrayList<>();

  @BeforeAll
  void twoSuppliersOfEachProduct() {
    for (int i = 0; i < 12; i++) {
      enterprises.add(
          MarketFixtures.enterprise(
              reporting, TAG, i, "酒泉测试供应企业" + i + "有限公司", COUNTIES[i % COUNTIES.length]));
    }
    DataScope province = DataScope.everything(true);
    for (int p = 0; p < SET.size(); p++) {
      Labelled l = SET.get(p);
      for (int copy = 0; copy < 2; copy++) {
        String enterprise = enterprises.get((p * 2 + copy) % enterprises.size());
        String spec = l.specification() + (copy == 0 ? " 符合国家标准" : " 可开增值税专用发票");
        market.postSupply(
            MarketFixtures.supply(enterprise, l.product(), spec, l.category(), 10_000, l.unit()),
            province,
            "test");
      }
    }
  }

  /** Each supply of this class's enterprises, by the product it offers (earlier runs' too). */
  Map<Long, String> productsOfSupplies() {
    Map<Long, String> products = new HashMap<>();
    jdbc.sql("SELECT id, product FROM market_supply WHERE enterprise_code IN (:codes)")
        .param("codes", enterprises)
        .query(
            rs -> {
              products.put(rs.getLong("id"), rs.getString("product"));
            });
    return products;
  }

  @Test
  void theCorrectSupplierIsInTheTopTenForAtLeastNineDemandsInTen() {
    DataScope province = DataScope.everything(true);
    Map<Long, String> products = productsOfSupplies();
    int hits = 0;
    double rankSum = 0;
    List<String> misses = new ArrayList<>();
    for (Labelled l : SET) {
      long id =
          market.postDemand(
              MarketFixtures.demand(
                  l.demandTitle(),
                  l.demandSpecification(),
                  l.category(),
                  100,
                  l.unit(),
                  "620902",
                  90),
              province,
              "test");
      List<Match> ranked = market.matches(id, province, 100);
      int rank = 0;
      for (int i = 0; i < ranked.size(); i++) {
        if (l.product().equals(products.get(ranked.get(i).supplyId()))) {
          rank = i + 1;
          break;
        }
      }
      if (rank >= 1 && rank <= 10) {
        hits++;
      } else {
        misses.add(l.demandTitle() + " → rank " + rank);
      }
      rankSum += rank == 0 ? ranked.size() + 1 : rank;
    }
    double hitRate = hits / (double) SET.size();
    double meanRank = rankSum / SET.size();
    System.out.printf(
        "market labelled set: %d demands, hit@10 %.3f, mean rank of the first correct supplier %.2f,"
            + " misses %s%n",
        SET.size(), hitRate, meanRank, misses);
    assertThat(hitRate).as("hit@10, misses " + misses).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aSupplyOutsideTheCategoryNeverAppearsHoweverWellItsTextMatches() {
    DataScope province = DataScope.everything(true);
    String enterprise = enterprises.get(0);
    long steel =
        market.postSupply(
            MarketFixtures.supply(enterprise, "普通硅酸盐水泥袋装专用钢带", "P·O 42.5", "C3130", 10_000, "吨"),
            province,
            "test");
    long small =
        market.postSupply(
            MarketFixtures.supply(enterprise, "普通硅酸盐水泥", "P·O 42.5 小批量", "C3011", 1, "吨"),
            province,
            "test");
    long bags =
        market.postSupply(
            MarketFixtures.supply(enterprise, "普通硅酸盐水泥", "P·O 42.5 袋装", "C3011", 10_000, "袋"),
            province,
            "test");
    long id =
        market.postDemand(
            MarketFixtures.demand("普通硅酸盐水泥", "P·O 42.5", "C3011", 100, "吨", "620902", 60),
            province,
            "test");
    List<Long> found = market.matches(id, province, 500).stream().map(Match::supplyId).toList();
    assertThat(found).isNotEmpty().doesNotContain(steel, small, bags);
    // the same index gives the same list
    assertThat(market.matches(id, province, 500)).isEqualTo(market.matches(id, province, 500));
  }

  @Test
  void theApiPostsWith201AndAnswersTheMatchesWithTheirSignals() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    String supply =
        mvc.perform(
                post("/api/market/supplies")
                    .with(TestUsers.admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"enterpriseCode":"%s","product":"耐火砖","specification":"高铝 LZ-65",
                         "categoryCode":"C3089","monthlyCapacity":500,"unit":"吨",
                         "regionCode":"620902","priceMin":2800,"priceMax":3200}
                        """
                            .formatted(enterprises.get(1))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isNumber())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long supplyId = json.readTree(supply).get("id").asLong();
    String demand =
        mvc.perform(
                post("/api/market/demands")
                    .with(TestUsers.admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"title":"高铝耐火砖","specification":"LZ-65 回转窑用","categoryCode":"C3089",
                         "quantity":300,"unit":"吨","deliveryRegionCode":"620902",
                         "deliverBy":"%s","budget":100}
                        """
                            .formatted(java.time.LocalDate.now().plusDays(60))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long demandId = json.readTree(demand).get("id").asLong();
    String body =
        mvc.perform(get("/api/market/demands/" + demandId + "/matches").with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode first = null;
    for (JsonNode match : json.readTree(body)) {
      if (match.get("supplyId").asLong() == supplyId) {
        first = match;
      }
    }
    // first, or tied first with the same listing of an earlier run on the same database
    assertThat(first).isNotNull();
    assertThat(first.get("score").asDouble())
        .isEqualTo(json.readTree(body).get(0).get("score").asDouble());
    // same text, same class, same county, 500 t a month for two months is 1000 t: 3.3 times over
    assertThat(first.get("signals").get("text").asDouble()).isEqualTo(1.0);
    assertThat(first.get("signals").get("category").asDouble()).isEqualTo(1.0);
    assertThat(first.get("signals").get("location").asDouble()).isEqualTo(1.0);
    assertThat(first.get("signals").get("capacity").asDouble()).isEqualTo(1.0);
    assertThat(first.get("score").asDouble()).isEqualTo(0.9);
    mvc.perform(
            post("/api/market/demands")
                .with(TestUsers.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"categoryCode\":\"Z9999\",\"unit\":\"吨\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("category.unknown"))
        .andExpect(jsonPath("$.messageZh").isString())
        .andExpect(jsonPath("$.messageEn").isString());
  }

  @Test
  void anEnterprisePostsOnlyItsOwnSupplies() {
    String own = enterprises.get(2);
    String other = enterprises.get(3);
    DataScope scope = DataScope.enterprise(own);
    assertThat(
            market.postSupply(
                MarketFixtures.supply(own, "铁合金", "硅铁 FeSi75", "C3140", 100, "吨"), scope, "test"))
        .isPositive();
    assertThatThrownBy(
            () ->
                market.postSupply(
                    MarketFixtures.supply(other, "铁合金", "硅铁 FeSi75", "C3140", 100, "吨"),
                    scope,
                    "test"))
        .isInstanceOfSatisfying(
            MarketRefused.class, r -> assertThat(r.code()).isEqualTo("scope.outside"));
  }
}
