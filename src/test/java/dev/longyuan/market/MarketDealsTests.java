package dev.longyuan.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A match from suggestion to delivery, a declined one, both sides' notifications, and the share
 * bought in the province, in Jinta county (金塔县, 620923), whose demands no other test posts.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketDealsTests {

  static final String TAG = "1002";
  static final String JINTA = "620923";

  @Autowired Market market;

  @Autowired MarketDeals deals;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  String buyer;
  String supplier;
  String other;
  long lithium;
  long otherLithium;
  long ferroSilicon;
  long demand;
  long secondDemand;

  @BeforeAll
  void aBuyerTwoSuppliersAndTwoDemands() {
    // the demands of earlier runs on the same database go, so that the share counts this run's
    for (String table : List.of("market_notification", "market_match", "market_outside_purchase")) {
      jdbc.sql(
              "DELETE FROM "
                  + table
                  + " WHERE demand_id IN (SELECT id FROM market_demand WHERE owner_region_code = :r)")
          .param("r", JINTA)
          .update();
    }
    jdbc.sql("DELETE FROM market_demand WHERE owner_region_code = :r").param("r", JINTA).update();
    buyer = MarketFixtures.enterprise(reporting, TAG, 1, "金塔测试新能源材料有限公司", JINTA);
    supplier = MarketFixtures.enterprise(reporting, TAG, 2, "金塔测试锂盐有限公司", JINTA);
    other = MarketFixtures.enterprise(reporting, TAG, 3, "玉门测试化工有限公司", "620981");
    DataScope province = DataScope.everything(true);
    lithium =
        market.postSupply(
            MarketFixtures.supply(supplier, "电池级碳酸锂", "Li2CO3≥99.5% 金塔试验批", "C2613", 200, "吨"),
            province,
            "test");
    otherLithium =
        market.postSupply(
            MarketFixtures.supply(other, "工业级碳酸锂", "Li2CO3≥99.0% 金塔试验批", "C2613", 200, "吨"),
            province,
            "test");
    ferroSilicon =
        market.postSupply(
            MarketFixtures.supply(supplier, "硅铁合金", "FeSi75 金塔试验批", "C3140", 500, "吨"),
            province,
            "test");
    DataScope asBuyer = DataScope.enterprise(buyer);
    demand =
        market.postDemand(
            MarketFixtures.demand("电池级碳酸锂", "金塔试验批 正极材料用", "C2613", 100, "吨", JINTA, 60),
            asBuyer,
            "buyer-user");
    secondDemand =
        market.postDemand(
            MarketFixtures.demand("硅铁", "FeSi75 金塔试验批", "C3140", 100, "吨", JINTA, 60),
            asBuyer,
            "buyer-user");
  }

  StepDraft step(long supply, String status, Double amount, String reason) {
    return new StepDraft(
        supply,
        status,
        amount == null ? null : BigDecimal.valueOf(amount),
        LocalDate.now(),
        reason);
  }

  @Test
  void aMatchGoesFromContactToDeliveryBothSidesAreToldAndTheShareIsCounted() {
    DataScope asSupplier = DataScope.enterprise(supplier);
    DataScope asBuyer = DataScope.enterprise(buyer);
    assertThat(market.matches(demand, asBuyer, 10))
        .extracting(Match::supplyId)
        .contains(lithium, otherLithium);
    // a deal needs contact first, and an amount
    assertThatThrownBy(() -> deals.step(demand, step(lithium, "deal", 300.0, null), asBuyer, "b"))
        .isInstanceOfSatisfying(
            MarketRefused.class, r -> assertThat(r.code()).isEqualTo("step.order"));
    deals.step(demand, step(lithium, "contacted", null, null), asSupplier, "supplier-user");
    assertThatThrownBy(() -> deals.step(demand, step(lithium, "deal", null, null), asBuyer, "b"))
        .isInstanceOfSatisfying(
            MarketRefused.class, r -> assertThat(r.code()).isEqualTo("amount.required"));
    deals.step(demand, step(lithium, "deal", 300.0, null), asBuyer, "buyer-user");
    MatchState delivered =
        deals.step(demand, step(lithium, "delivered", null, null), asSupplier, "supplier-user");
    assertThat(delivered.status()).isEqualTo(MatchStatus.DELIVERED);
    assertThat(delivered.dealAmount()).isEqualByComparingTo("300");

    // declining needs a reason
    assertThatThrownBy(
            () -> deals.step(demand, step(otherLithium, "declined", null, " "), asBuyer, "b"))
        .isInstanceOfSatisfying(
            MarketRefused.class, r -> assertThat(r.code()).isEqualTo("reason.required"));
    deals.step(demand, step(otherLithium, "declined", null, "纯度不满足要求"), asBuyer, "buyer-user");

    // three steps of the first match and one of the second, told to the buyer; each supplier its
    // own
    assertThat(deals.notifications(asBuyer, "buyer-user"))
        .extracting(Notification::status)
        .containsExactly("declined", "delivered", "deal", "contacted");
    assertThat(deals.notifications(asSupplier, "supplier-user"))
        .extracting(Notification::status)
        .containsExactly("delivered", "deal", "contacted");
    assertThat(deals.notifications(DataScope.enterprise(other), "nobody"))
        .singleElement()
        .satisfies(n -> assertThat(n.messageZh()).contains("已婉拒", "纯度不满足要求"));

    // the second demand bought 100 (万元) outside the province: 300 of 400 in it, 75%
    deals.buyOutside(
        secondDemand,
        new OutsidePurchaseDraft(BigDecimal.valueOf(100), LocalDate.now(), "新疆采购"),
        asBuyer,
        "buyer-user");
    ProcurementShare share = deals.share(DataScope.region(RegionCode.of(JINTA)));
    assertThat(share.total().inProvince()).isEqualByComparingTo("300");
    assertThat(share.total().outside()).isEqualByComparingTo("100");
    assertThat(share.total().sharePercent()).isEqualTo(75.0);
    assertThat(share.bySector())
        .extracting(ProcurementShare.Row::key, ProcurementShare.Row::sharePercent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C26", 100.0),
            org.assertj.core.groups.Tuple.tuple("C31", 0.0));
    assertThat(share.byRegion())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.key()).isEqualTo("620900");
              assertThat(r.nameZh()).isEqualTo("酒泉市");
            });

    // the supplier now has one delivered deal: its record counts ½ in its other listing's match
    Match silicon =
        market.matches(secondDemand, asBuyer, 10).stream()
            .filter(m -> m.supplyId() == ferroSilicon)
            .findFirst()
            .orElseThrow();
    assertThat(silicon.signals().record()).isEqualTo(0.5);
  }

  @Test
  void anotherEnterpriseNeitherSeesTheDemandNorStepsInIt() {
    DataScope stranger = DataScope.enterprise(other);
    assertThatThrownBy(() -> market.demand(demand, stranger))
        .isInstanceOfSatisfying(
            MarketRefused.class, r -> assertThat(r.code()).isEqualTo("scope.outside"));
    assertThatThrownBy(
            () -> deals.step(demand, step(ferroSilicon, "contacted", null, null), stranger, "x"))
        .isInstanceOf(MarketRefused.class);
  }
}
