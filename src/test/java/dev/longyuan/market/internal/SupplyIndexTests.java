package dev.longyuan.market.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.longyuan.market.Demand;
import dev.longyuan.market.Match;
import dev.longyuan.market.Supply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The index, the ranking and their parts, on a few listings in memory. */
class SupplyIndexTests {

  static final LocalDate POSTED = LocalDate.parse("2026-01-01");
  static final LocalDate BY = POSTED.plusDays(90);

  final SupplyIndex index = SupplyIndex.inMemory();
  final Ranking ranking = new Ranking(Places.gansu());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  static Supply supply(
      long id, String enterprise, String product, String category, double capacity, String region) {
    return new Supply(
        id,
        enterprise,
        enterprise,
        product,
        "",
        category,
        BigDecimal.valueOf(capacity),
        "吨",
        region,
        null,
        null,
        "",
        POSTED);
  }

  static Demand demand(String title, String category, double quantity, String region) {
    return new Demand(
        1,
        title,
        "",
        category,
        BigDecimal.valueOf(quantity),
        "吨",
        region,
        "",
        POSTED,
        BY,
        null,
        "",
        null,
        null,
        region,
        "test");
  }

  List<Match> match(Demand demand, String... excluded) {
    List<SupplyIndex.Candidate> candidates =
        index.candidates(
            new SupplyIndex.Ask(
                demand.title(),
                Categories.filterPrefix(demand.categoryCode()),
                demand.unit(),
                Ranking.leastMonthlyCapacity(demand),
                demand.deliverBy()),
            100);
    return ranking.rank(demand, candidates, Map.of(), List.of(excluded)::contains, 10);
  }

  @Test
  void aDemandFor北京FindsASupplyThatSays北京市ThroughTheBigrams() {
    index.add(
        List.of(
            supply(1, "A", "北京市标准预拌砂浆", "C3021", 1000, "620902"),
            supply(2, "B", "干混砂浆", "C3021", 1000, "620902")),
        1);
    List<Match> matches = match(demand("北京标准砂浆", "C3021", 100, "620902"));
    assertThat(matches.get(0).supplyId()).isEqualTo(1);
    assertThat(matches.get(0).signals().text()).isEqualTo(1.0);
    assertThat(matches.get(1).signals().text()).isLessThan(1.0);
  }

  @Test
  void onlyTheDemandsDivisionPassesAndCloserClassesScoreHigher() {
    index.add(
        List.of(
            supply(1, "A", "普通硅酸盐水泥", "C3011", 1000, "620902"),
            supply(2, "B", "水泥预制构件", "C3021", 1000, "620902"),
            supply(3, "C", "水泥用石灰石", "B1011", 1000, "620902"),
            supply(4, "D", "水泥包装袋", "C2923", 1000, "620902")),
        1);
    List<Match> matches = match(demand("水泥", "C3011", 100, "620902"));
    assertThat(matches).extracting(Match::supplyId).containsExactly(1L, 2L);
    assertThat(matches.get(0).signals().category()).isEqualTo(1.0);
    // C3021 shares the division C30 with C3011, not the group C301
    assertThat(matches.get(1).signals().category()).isEqualTo(0.4);
  }

  @Test
  void aSupplierThatCannotMakeTheQuantityByTheDateIsLeftOut() {
    // 90 days are 3 months: 30 t a month makes 90 t, short of 100; 34 t a month makes 102 t
    index.add(
        List.of(
            supply(1, "A", "水泥", "C3011", 30, "620902"),
            supply(2, "B", "水泥", "C3011", 34, "620902")),
        1);
    List<Match> matches = match(demand("水泥", "C3011", 100, "620902"));
    assertThat(matches).extracting(Match::supplyId).containsExactly(2L);
    // 1.02 times over: 0.6 + 0.8 × 0.02
    assertThat(matches.get(0).signals().capacity()).isCloseTo(0.616, within(1e-9));
  }

  @Test
  void anExcludedSupplierNeverAppears() {
    index.add(
        List.of(
            supply(1, "BLACK", "普通硅酸盐水泥", "C3011", 1000, "620902"),
            supply(2, "GOOD", "水泥", "C3011", 1000, "620902")),
        1);
    assertThat(match(demand("普通硅酸盐水泥", "C3011", 100, "620902"), "BLACK"))
        .extracting(Match::supplyId)
        .containsExactly(2L);
  }

  @Test
  void equalScoresAreOrderedByIdAndTheSameIndexGivesTheSameList() {
    index.add(
        List.of(
            supply(7, "A", "水泥", "C3011", 1000, "620902"),
            supply(3, "B", "水泥", "C3011", 1000, "620902"),
            supply(5, "C", "水泥", "C3011", 1000, "620902")),
        1);
    Demand demand = demand("水泥", "C3011", 100, "620902");
    assertThat(match(demand)).extracting(Match::supplyId).containsExactly(3L, 5L, 7L);
    assertThat(match(demand)).isEqualTo(match(demand));
  }

  @Test
  void theIndexRemembersItsRevisionAndIsRebuiltWhole() {
    assertThat(index.revision()).isEqualTo(-1);
    index.add(List.of(supply(1, "A", "水泥", "C3011", 1000, "620902")), 4);
    index.add(List.of(supply(2, "A", "水泥", "C3011", 1000, "620902")), 3);
    assertThat(index.revision()).isEqualTo(4);
    index.rebuild(each -> each.accept(supply(9, "A", "水泥", "C3011", 1000, "620902")), 7);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.revision()).isEqualTo(7);
  }

  @Nested
  class Parts {

    @Test
    void placesRankTheSameCountyThenTheSameCityThenByDistance() {
      Places places = Places.gansu();
      assertThat(places.nearness("620902", "620902")).isEqualTo(1.0);
      assertThat(places.nearness("620902", "620921")).isEqualTo(0.8);
      double lanzhou = places.nearness("620902", "620102");
      double jiayuguan = places.nearness("620902", "620201");
      assertThat(jiayuguan).isGreaterThan(lanzhou).isLessThan(0.7);
      assertThat(lanzhou).isGreaterThan(0.3);
      assertThat(places.nearness("620902", "110101")).isZero();
      // Jiuquan to Lanzhou is some 700 km as the crow flies
      assertThat(places.distanceKm("620902", "620102")).isBetween(600.0, 800.0);
    }

    @Test
    void categoriesFilterAtTheDivisionOrFirstClassAndGradeBelowIt() {
      assertThat(Categories.filterPrefix("C3011")).isEqualTo("C30");
      assertThat(Categories.filterPrefix("04010101")).isEqualTo("04");
      assertThat(Categories.closeness("C3011", "C3011")).isEqualTo(1.0);
      assertThat(Categories.closeness("C3011", "C3019")).isEqualTo(0.7);
      assertThat(Categories.closeness("04010101", "04010203")).isEqualTo(0.7);
      assertThat(Categories.closeness("04010101", "04990101")).isEqualTo(0.4);
      Categories shipped = Categories.shipped();
      assertThat(shipped.find("C3011"))
          .get()
          .extracting(Categories.Category::nameZh)
          .isEqualTo("非金属矿物制品业");
      assertThat(shipped.find("B3011")).isEmpty();
      assertThat(shipped.find("C")).isEmpty();
      assertThat(shipped.find("04010101"))
          .get()
          .extracting(Categories.Category::nameZh)
          .isEqualTo("水泥、砖瓦灰砂石及混凝土制品");
      assertThat(shipped.find("99010101")).isEmpty();
    }

    @Test
    void aSuppliersRecordGrowsWithDeliveredDeals() {
      assertThat(Ranking.record(0)).isZero();
      assertThat(Ranking.record(1)).isEqualTo(0.5);
      assertThat(Ranking.record(3)).isEqualTo(0.75);
    }
  }
}
