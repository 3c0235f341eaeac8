package dev.longyuan.monitoring;

import static dev.longyuan.smeservices.TestNetwork.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import dev.longyuan.smeservices.Hop;
import dev.longyuan.smeservices.NewRequest;
import dev.longyuan.smeservices.ServiceLevels;
import dev.longyuan.smeservices.ServiceNetwork;
import dev.longyuan.smeservices.ServiceRequests;
import dev.longyuan.smeservices.TestNetwork;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request of an enterprise in 碌曲县 (623026) left unacknowledged over the 2018 Spring Festival: the
 * breach escalates it, once, to 甘南州's window, and the warning rule raises one alert for it, closed
 * when it is resolved.
 */
@PlatformTest
class SmeRequestAlertTests {

  static final String LUQU = "623026";

  @Autowired ServiceNetwork network;
  @Autowired ServiceRequests requests;
  @Autowired ServiceLevels levels;
  @Autowired ReportingService reporting;
  @Autowired SmeRequestChecks checks;
  @Autowired Warnings warnings;
  @Autowired JdbcClient jdbc;

  DataScope asker;
  long id;

  @BeforeEach
  void aRequestMadeBeforeTheHoliday() {
    TestNetwork.clear(jdbc);
    TestNetwork.build(network, LUQU);
    jdbc.sql("DELETE FROM warning_rule WHERE code LIKE 'sme-request-tests-%'").update();
    asker = DataScope.enterprise(TestNetwork.enterprise(reporting, LUQU, 1));
    // made on Friday 2018-02-09; by hand: Saturday the 10th is off, Sunday the 11th a make-up
    // working day, so it is to be acknowledged by 2018-02-11; resolved within 10 working days:
    // 11, 12, 13, 14 Feb (1–4), 15–21 Feb 春节 off, 22, 23 (5, 6), Saturday 24 a make-up day (7),
    // 26, 27, 28 (8–10): by 2018-02-28
    id =
        requests.submit(
            new NewRequest(null, "information", "政策咨询", ""),
            asker,
            "ent-user",
            beijing("2018-02-09T10:00"));
  }

  @AfterEach
  void clear() {
    TestNetwork.clear(jdbc);
  }

  WarningRule rule(String threshold) {
    return warnings.save(
        new WarningRule(
            0,
            "sme-request-tests-" + threshold,
            "gansu-13fyp-industry",
            "sme_request",
            "warning",
            "测试规则",
            "Test rule",
            LUQU,
            false,
            null,
            null,
            null,
            null,
            "sla_breached",
            new BigDecimal(threshold),
            1,
            true,
            "sme-request-tests",
            null));
  }

  @Test
  void aBreachEscalatesOnceToTheLevelAbove() {
    assertThat(levels.escalate(beijing("2018-02-11T17:00")))
        .isZero(); // the make-up Sunday: in time
    assertThat(levels.escalate(beijing("2018-02-12T09:00"))).isEqualTo(1);
    assertThat(levels.escalate(beijing("2018-02-13T09:00"))).isZero();

    var detail = requests.detail(id, asker, LocalDate.parse("2018-02-13"));
    assertThat(detail.request().nodeCode()).isEqualTo(TestNetwork.WINDOW);
    assertThat(detail.hops())
        .filteredOn(h -> h.action().equals("escalated"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.fromNode()).isEqualTo("T-" + LUQU);
              assertThat(h.toNode()).isEqualTo(TestNetwork.WINDOW);
              assertThat(h.reason()).isEqualTo("acknowledge_overdue");
              assertThat(h.actor()).isEqualTo("system");
            });

    // past the resolution deadline it goes up again, to the hub
    assertThat(levels.escalate(beijing("2018-03-01T09:00"))).isEqualTo(1);
    assertThat(requests.detail(id, asker, LocalDate.parse("2018-03-01")).hops())
        .extracting(Hop::action)
        .containsExactly("submitted", "escalated", "escalated");
    assertThat(requests.detail(id, asker, LocalDate.parse("2018-03-01")).request().nodeCode())
        .isEqualTo(TestNetwork.HUB);
  }

  @Test
  void theRuleFindsTheBreachByWorkingDaysLate() {
    WarningRule any = rule("0");

    assertThat(checks.findings(any, LocalDate.parse("2018-02-11"))).isEmpty();
    assertThat(checks.findings(any, LocalDate.parse("2018-02-12")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.regionCode()).isEqualTo(LUQU);
              assertThat(f.subject()).isEqualTo("SME-" + id);
              assertThat(f.value()).isEqualByComparingTo("1");
              assertThat(f.period()).isEqualTo("2018-02-11");
              assertThat(f.detail()).startsWith("政策咨询（未按时受理");
            });
    // on 2018-02-22, the first working day after the holiday, it is 4 working days late for
    // acknowledging (12, 13, 14 and 22 February) and not yet late for resolving
    assertThat(checks.findings(rule("5"), LocalDate.parse("2018-02-22"))).isEmpty();
    assertThat(checks.findings(rule("4"), LocalDate.parse("2018-02-22")))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("4"));
    // on 2018-03-01 the resolution is 1 working day late
    assertThat(checks.findings(any, LocalDate.parse("2018-03-01")))
        .singleElement()
        .satisfies(f -> assertThat(f.period()).isEqualTo("2018-02-28"));
    // another region's rule does not see it
    assertThat(
            checks.findings(
                warnings.save(
                    new WarningRule(
                        0,
                        "sme-request-tests-lanzhou",
                        "gansu-13fyp-industry",
                        "sme_request",
                        "warning",
                        "测试规则",
                        "Test rule",
                        "620100",
                        false,
                        null,
                        null,
                        null,
                        null,
                        "sla_breached",
                        BigDecimal.ZERO,
                        1,
                        true,
                        "sme-request-tests",
                        null)),
                LocalDate.parse("2018-03-01")))
        .isEmpty();
  }

  @Test
  void theBreachRaisesOneWarningClosedWhenTheRequestIsResolved() {
    levels.escalate(beijing("2018-02-12T09:00"));
    WarningRule any = rule("0");

    assertThat(warnings.evaluate(any, 2020))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("SME-" + id));
    assertThat(warnings.evaluate(any, 2020)).isEmpty();

    requests.resolve(
        id,
        "已答复",
        null,
        DataScope.region(RegionCode.of("623000")),
        "gannan-staff",
        beijing("2018-03-05T10:00"));
    warnings.evaluate(any, 2020);

    assertThat(warnings.alertsOf(any))
        .singleElement()
        .extracting(Alert::state)
        .isEqualTo("resolved");
  }
}
