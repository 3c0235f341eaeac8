package dev.longyuan.smeservices;

import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small network the tests build: a hub, 甘南州's window, a touchpoint in one county and an agency
 * for intellectual property in 甘南州; and the enterprises that ask. The tests run one class at a
 * time, and each class empties the network's tables before and after itself, since the county
 * coverage counts every touchpoint there is.
 */
public final class TestNetwork {

  public static final String HUB = "TEST-HUB";
  public static final String WINDOW = "TEST-W-623000";
  public static final String AGENCY = "TEST-A-IP";

  private TestNetwork() {}

  /** Empties the network's tables (requests, their hops, nodes, catalogues, the shipped label). */
  public static void clear(JdbcClient jdbc) {
    jdbc.sql("DELETE FROM sme_request").update();
    jdbc.sql("DELETE FROM sme_node WHERE parent_code IS NOT NULL AND kind <> 'window'").update();
    jdbc.sql("DELETE FROM sme_node WHERE parent_code IS NOT NULL").update();
    jdbc.sql("DELETE FROM sme_node").update();
    jdbc.sql("DELETE FROM sme_shipped_data").update();
  }

  /** The hub, 甘南州's window, the county's touchpoint (its code T-county) and the agency. */
  public static void build(ServiceNetwork network, String county) {
    LocalDate opened = LocalDate.of(2015, 1, 1);
    network.save(
        new ServiceNode(
            HUB,
            NodeKind.HUB,
            "测试枢纽",
            "Test hub",
            "620000",
            null,
            opened,
            false,
            List.of(
                new ServiceNode.Offer("information", Fee.FREE),
                new ServiceNode.Offer("ip", Fee.FREE))));
    network.save(
        new ServiceNode(
            WINDOW,
            NodeKind.WINDOW,
            "测试甘南窗口",
            "Test Gannan window",
            "623000",
            HUB,
            opened,
            false,
            List.of(new ServiceNode.Offer("information", Fee.FREE))));
    network.save(touchpoint(county, opened));
    network.save(
        new ServiceNode(
            AGENCY,
            NodeKind.AGENCY,
            "测试知识产权服务机构",
            "Test IP agency",
            "623000",
            WINDOW,
            opened,
            false,
            List.of(new ServiceNode.Offer("ip", Fee.LOW_COST))));
  }

  public static ServiceNode touchpoint(String county, LocalDate opened) {
    return new ServiceNode(
        "T-" + county,
        NodeKind.TOUCHPOINT,
        "测试触角 " + county,
        "Test touchpoint " + county,
        county,
        WINDOW,
        opened,
        false,
        List.of(new ServiceNode.Offer("information", Fee.FREE)));
  }

  /** Registers an enterprise in the county; returns its credit code. */
  public static String enterprise(ReportingService reporting, String county, int n) {
    String code =
        CreditCode.withCheckCharacter("91" + county + "QYFW" + String.format("%05d", n)).value();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(code),
                "测试服务需求企业" + n,
                RegionCode.of(county),
                IndustryCode.of("C3311"),
                SizeClass.SMALL,
                "私营",
                false)),
        List.of());
    return code;
  }

  /** A moment in Beijing. */
  public static Instant beijing(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ServiceRequests.BEIJING).toInstant();
  }
}
