package dev.longyuan.smeservices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.analytics.PlanAssessor;
import dev.longyuan.analytics.TargetAssessment;
import dev.longyuan.reporting.internal.ShippedDataLoader;
import dev.longyuan.shared.DataScope;
import dev.longyuan.smeservices.internal.ShippedNetwork;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demonstration network (模拟数据) on the tests' small synthetic panel: loaded once however often
 * asked, every node and request marked synthetic, coverage growing to the plan's 80% by 2018, and
 * every request's hops consistent with its deadlines; removed afterwards.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedNetworkTests {

  @Autowired ShippedDataLoader reportingData;
  @Autowired ShippedNetwork shipped;
  @Autowired ServiceNetwork network;
  @Autowired ServiceRequests requests;
  @Autowired NetworkFigures figures;
  @Autowired PlanAssessor assessor;
  @Autowired JdbcClient jdbc;

  boolean first;
  boolean second;

  @BeforeAll
  void loadTwice() {
    TestNetwork.clear(jdbc);
    reportingData.load();
    first = shipped.load();
    second = shipped.load();
  }

  @AfterAll
  void clear() {
    TestNetwork.clear(jdbc);
  }

  @Test
  void loadsOnceAHubFourteenWindows78TouchpointsAndTenAgencies() {
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    List<ServiceNode> nodes = network.nodes();
    assertThat(nodes).allSatisfy(n -> assertThat(n.synthetic()).isTrue());
    assertThat(
            nodes.stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        ServiceNode::kind, java.util.stream.Collectors.counting())))
        .containsEntry(NodeKind.HUB, 1L)
        .containsEntry(NodeKind.WINDOW, 14L)
        .containsEntry(NodeKind.TOUCHPOINT, 78L)
        .containsEntry(NodeKind.AGENCY, 10L);
  }

  @Test
  void coverageReachesTheTargetIn2018() {
    // 10, 36, 58, 71, 75, 78 of the 86 counties at the ends of 2015–2020; 71 / 86 = 82.56%
    assertThat(List.of(2015, 2016, 2017, 2018, 2019, 2020))
        .extracting(y -> network.coverage("620000", y).covered())
        .containsExactly(10, 36, 58, 71, 75, 78);
    TargetAssessment coverage =
        assessor
            .assess("gansu-13fyp-industry", 2018, DataScope.everything(false), null, null)
            .targets()
            .stream()
            .filter(t -> t.targetCode().equals("T-5.1.4-03"))
            .findFirst()
            .orElseThrow();
    assertThat(coverage.latestValue()).isEqualByComparingTo("82.56");
    assertThat(coverage.dataSource()).isEqualTo("synthetic");
    // the fourteen windows opened in 2014 and 2015
    assertThat(
            assessor
                .assess("gansu-13fyp-industry", 2020, DataScope.everything(false), null, null)
                .targets()
                .stream()
                .filter(t -> t.targetCode().equals("T-5.1.4-01"))
                .findFirst()
                .orElseThrow()
                .latestValue())
        .isEqualByComparingTo("14");
  }

  @Test
  void everyRequestIsSyntheticResolvedAndKeptItsHopsInOrder() {
    assertThat(
            jdbc.sql("SELECT count(*) FROM sme_request WHERE synthetic AND resolved_at IS NOT NULL")
                .query(Integer.class)
                .single())
        .isEqualTo(60 + 90 + 120 + 140 + 150);
    assertThat(
            jdbc.sql("SELECT count(*) FROM sme_request WHERE NOT synthetic OR resolved_at IS NULL")
                .query(Integer.class)
                .single())
        .isZero();
    // a breach and its escalation go together: a request escalated for acknowledging was
    // acknowledged after its deadline, and one escalated for resolving was resolved after its own
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM sme_request r WHERE
                      ((r.acknowledged_at AT TIME ZONE 'Asia/Shanghai')::date > r.acknowledge_due)
                      <> EXISTS (SELECT 1 FROM sme_request_hop h WHERE h.request_id = r.id
                                 AND h.reason = 'acknowledge_overdue')
                      OR ((r.resolved_at AT TIME ZONE 'Asia/Shanghai')::date > r.resolve_due)
                      <> EXISTS (SELECT 1 FROM sme_request_hop h WHERE h.request_id = r.id
                                 AND h.reason = 'resolve_overdue')""")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM sme_request r WHERE r.node_code <> (
                      SELECT h.to_node FROM sme_request_hop h WHERE h.request_id = r.id
                        AND h.to_node IS NOT NULL ORDER BY h.at DESC, h.id DESC LIMIT 1)""")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theFiguresOf2018AddUp() {
    NetworkFigures.Figures f = figures.figures(2018, null, DataScope.everything(false));
    assertThat(f.total().requests()).isEqualTo(120);
    assertThat(f.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
    assertThat(f.byNode().stream().mapToInt(NetworkFigures.Row::requests).sum()).isEqualTo(120);
    assertThat(f.total().satisfaction()).isBetween(70.0, 100.0);
    assertThat(f.total().onTimeShare()).isBetween(60.0, 100.0);
    assertThat(f.coverage().covered()).isEqualTo(71);
  }
}
