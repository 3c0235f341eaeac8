package dev.longyuan.smeservices;

import static dev.longyuan.smeservices.TestNetwork.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.RegionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request's path through the network and its service-level clock, against deadlines computed by
 * hand from the State Council's notices, for an enterprise of 夏河县 (623027), whose touchpoint is the
 * only one there is while these tests run.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRequestTests {

  static final String XIAHE = "623027";

  @Autowired ServiceNetwork network;
  @Autowired ServiceRequests requests;
  @Autowired WorkingCalendar calendar;
  @Autowired ReportingService reporting;
  @Autowired JdbcClient jdbc;

  String enterprise;
  DataScope asker;
  final DataScope county = DataScope.region(RegionCode.of(XIAHE));
  final DataScope gannan = DataScope.region(RegionCode.of("623000"));

  @BeforeAll
  void aNetworkForGannan() {
    TestNetwork.clear(jdbc);
    TestNetwork.build(network, XIAHE);
    enterprise = TestNetwork.enterprise(reporting, XIAHE, 1);
    asker = DataScope.enterprise(enterprise);
  }

  @AfterAll
  void clear() {
    TestNetwork.clear(jdbc);
  }

  @Nested
  class TheCalendar {

    @Test
    void aHolidayIsOffAndAMakeUpSaturdayIsAWorkingDay() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2017-01-30"))).isFalse(); // 春节, a Monday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2017-02-04"))).isTrue(); // 调休, a Saturday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2017-02-05"))).isFalse(); // a Sunday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2018-02-11"))).isTrue(); // 调休, a Sunday
      assertThat(calendar.isWorkingDay(LocalDate.parse("2019-03-04"))).isTrue(); // a Monday
    }

    @Test
    void the2018SpringFestivalAndItsMakeUpDays() {
      // made on Friday 2018-02-09: Saturday the 10th is off; Sunday the 11th is a make-up working
      // day (1); 12, 13, 14 (2–4); 15–21 春节 off; 22, 23 (5, 6); Saturday the 24th a make-up day
      // (7); Sunday the 25th off; 26, 27, 28 (8–10)
      LocalDate made = LocalDate.parse("2018-02-09");
      assertThat(calendar.workingDaysAfter(made, 1)).isEqualTo("2018-02-11");
      assertThat(calendar.workingDaysAfter(made, 10)).isEqualTo("2018-02-28");
      assertThat(
              calendar.workingDaysBetween(
                  LocalDate.parse("2018-02-14"), LocalDate.parse("2018-02-22")))
          .isEqualTo(1);
    }
  }

  /**
   * Made on Thursday 2017-01-26 at 15:00, the eve of the Spring Festival holiday. By hand, from the
   * notice (国办发明电〔2016〕3号): 27 January – 2 February are off (7 days; the Sunday before, 22 January,
   * was a make-up working day, but it comes before the request and does not count); Saturday 4
   * February is a make-up working day. Acknowledged within 1 working day: the first working day
   * after the 26th is Friday 3 February. Resolved within 10: 3 Feb (1), Sat 4 Feb (2), 6, 7, 8, 9,
   * 10 Feb (3–7), 13, 14, 15 Feb (8–10): by Wednesday 15 February. Counted by weekdays alone it
   * would have been 27 January and 9 February.
   */
  @Nested
  class AcrossTheSpringFestival {

    @Test
    void itGoesToTheCountyTouchpointThenAcrossToTheAgencyAndIsResolvedInTime() {
      long id =
          requests.submit(
              new NewRequest(null, "ip", "商标注册咨询", "拟注册新商标"),
              asker,
              "ent-user",
              beijing("2017-01-26T15:00"));

      RequestDetail made = requests.detail(id, asker, LocalDate.parse("2017-01-26"));
      assertThat(made.request().nodeCode()).isEqualTo("T-" + XIAHE);
      assertThat(made.clock().acknowledgeDue()).isEqualTo("2017-02-03");
      assertThat(made.clock().resolveDue()).isEqualTo("2017-02-15");
      assertThat(made.request().provisional()).isFalse();
      // on the eve: 1 working day to acknowledge (3 Feb), 10 to resolve
      assertThat(made.clock().acknowledgeDaysLeft()).isEqualTo(1);
      assertThat(made.clock().resolveDaysLeft()).isEqualTo(10);

      requests.acknowledge(id, county, "xiahe-staff", beijing("2017-02-03T10:00"));
      // the touchpoint offers no intellectual-property service: across to the agency that does,
      // on the make-up Saturday
      requests.forward(
          id, TestNetwork.AGENCY, "转知识产权服务机构", county, "xiahe-staff", beijing("2017-02-04T09:00"));

      RequestDetail passed = requests.detail(id, gannan, LocalDate.parse("2017-02-04"));
      assertThat(passed.request().nodeCode()).isEqualTo(TestNetwork.AGENCY);
      assertThat(passed.clock().acknowledgedInTime()).isTrue();
      // after Saturday the 4th: 6–10 February (5) and 13–15 February (3)
      assertThat(passed.clock().resolveDaysLeft()).isEqualTo(8);
      // the county no longer holds it, so it may no longer act on it
      assertThatThrownBy(
              () ->
                  requests.resolve(
                      id, "x", null, county, "xiahe-staff", beijing("2017-02-06T09:00")))
          .isInstanceOf(SmeRefused.class)
          .extracting(e -> ((SmeRefused) e).code())
          .isEqualTo("scope.outside");

      requests.resolve(id, "已提供商标注册指导", null, gannan, "gannan-agency", beijing("2017-02-15T16:00"));
      requests.rate(id, 5, "及时", asker, "ent-user", beijing("2017-02-16T09:00"));

      RequestDetail done = requests.detail(id, asker, LocalDate.parse("2017-03-01"));
      assertThat(done.hops())
          .extracting(Hop::action, Hop::fromNode, Hop::toNode, Hop::actor)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("submitted", null, "T-" + XIAHE, "ent-user"),
              org.assertj.core.groups.Tuple.tuple(
                  "acknowledged", "T-" + XIAHE, "T-" + XIAHE, "xiahe-staff"),
              org.assertj.core.groups.Tuple.tuple(
                  "forwarded", "T-" + XIAHE, TestNetwork.AGENCY, "xiahe-staff"),
              org.assertj.core.groups.Tuple.tuple(
                  "resolved", TestNetwork.AGENCY, TestNetwork.AGENCY, "gannan-agency"),
              org.assertj.core.groups.Tuple.tuple("rated", null, null, "ent-user"));
      assertThat(done.hops().get(2).at()).isEqualTo(beijing("2017-02-04T09:00"));
      assertThat(done.clock().resolvedInTime()).isTrue();
      assertThat(done.request().fee()).isEqualTo(Fee.LOW_COST); // the agency's catalogue
      assertThat(done.request().rating()).isEqualTo(5);
    }

    @Test
    void resolvedTheDayAfterTheDeadlineIsLate() {
      long id =
          requests.submit(
              new NewRequest(null, "information", "政策咨询", ""),
              asker,
              "ent-user",
              beijing("2017-01-26T09:00"));
      requests.resolve(id, "已答复", "free", county, "xiahe-staff", beijing("2017-02-16T09:00"));

      SlaClock clock = requests.detail(id, asker, LocalDate.parse("2017-03-01")).clock();
      assertThat(clock.resolvedInTime()).isFalse();
      assertThat(clock.breached()).isTrue();
    }
  }

  @Nested
  class Refusals {

    @Test
    void anUnknownCategoryIsRefusedAndNothingIsStored() {
      int before = jdbc.sql("SELECT count(*) FROM sme_request").query(Integer.class).single();

      assertThatThrownBy(
              () ->
                  requests.submit(
                      new NewRequest(null, "astrology", "占卜", ""),
                      asker,
                      "ent-user",
                      beijing("2019-03-04T09:00")))
          .isInstanceOfSatisfying(
              SmeRefused.class,
              e -> {
                assertThat(e.code()).isEqualTo("request.category");
                assertThat(e.field()).isEqualTo("categoryCode");
                assertThat(e.messageZh()).contains("astrology");
              });
      assertThat(jdbc.sql("SELECT count(*) FROM sme_request").query(Integer.class).single())
          .isEqualTo(before);
    }

    @Test
    void anotherEnterpriseCannotSeeOrRateTheRequest() {
      long id =
          requests.submit(
              new NewRequest(null, "training", "培训", ""),
              asker,
              "ent-user",
              beijing("2019-03-04T09:00"));
      DataScope other = DataScope.enterprise(TestNetwork.enterprise(reporting, XIAHE, 2));

      assertThatThrownBy(() -> requests.detail(id, other, LocalDate.parse("2019-03-05")))
          .isInstanceOfSatisfying(
              SmeRefused.class, e -> assertThat(e.code()).isEqualTo("request.unknown"));
      assertThatThrownBy(() -> requests.rate(id, 1, "", other, "x", beijing("2019-03-20T09:00")))
          .isInstanceOf(SmeRefused.class);
    }

    @Test
    void aRequestIsRatedOnlyOnceItIsResolved() {
      long id =
          requests.submit(
              new NewRequest(null, "training", "培训", ""),
              asker,
              "ent-user",
              beijing("2019-03-04T09:00"));

      assertThatThrownBy(
              () -> requests.rate(id, 4, "", asker, "ent-user", beijing("2019-03-05T09:00")))
          .isInstanceOfSatisfying(
              SmeRefused.class, e -> assertThat(e.code()).isEqualTo("rating.open"));
    }
  }
}
