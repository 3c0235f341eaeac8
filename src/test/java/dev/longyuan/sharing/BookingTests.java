package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bookings of equipment in Linze county (临泽县, 620723), open on weekdays 08:00–16:00 from
 * 2027-01-01: the calendar and overlaps refuse, adjacent periods do not, two requests at once for
 * one slot give one booking; and the utilisation a statistician computes by hand.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingTests {

  static final String LINZE = "620723";
  static final DataScope PROVINCE = DataScope.everything(true);

  @Autowired Sharing sharing;
  @Autowired Bookings bookings;
  @Autowired ReportingService reporting;
  @Autowired MockMvc mvc;

  String owner;
  String user;
  Viewer ownerUser;
  Viewer requester;

  @BeforeAll
  void anOwnerAndARequester() {
    owner = SharingFixtures.enterprise(reporting, "3301", 1, "临泽测试精密机械有限公司（模拟数据）", LINZE);
    user = SharingFixtures.enterprise(reporting, "3301", 2, "临泽测试农机制造有限公司（模拟数据）", LINZE);
    ownerUser = new Viewer(DataScope.enterprise(owner), "linze-owner", false);
    requester = new Viewer(DataScope.enterprise(user), "linze-user", false);
  }

  long equipment(String name, String blocked) {
    return sharing.register(
        SharingFixtures.equipment(
            owner, LINZE, name, "五轴加工中心 行程 800mm", "每小时 600 元", "王工 0936-0000000", "公开", blocked),
        PROVINCE,
        "test");
  }

  long book(long resource, int day, int from, int to) {
    return bookings.request(
        new BookingDraft(resource, at(day, from), at(day, to), "试制零件加工", null), requester);
  }

  static LocalDateTime at(int day, int hour) {
    return LocalDateTime.of(2027, 6, day, hour, 0);
  }

  @Nested
  class Conflicts {

    @Test
    void anOverlapOfOneHourIsRefusedAndAnAdjacentPeriodAccepted() {
      long r = equipment("重叠测试加工中心", null);
      long first = book(r, 7, 8, 12);
      bookings.decide(first, true, null, ownerUser);
      assertThatThrownBy(() -> book(r, 7, 11, 13))
          .isInstanceOf(SharingRefused.class)
          .hasFieldOrPropertyWithValue("code", "period.taken")
          .hasMessageContaining("booking " + first);
      long adjacent = book(r, 7, 12, 16);
      bookings.decide(adjacent, true, null, ownerUser);
      assertThat(bookings.booking(adjacent, requester).status()).isEqualTo(BookingStatus.APPROVED);
    }

    @Test
    void aPendingRequestHoldsItsSlotUntilRefused() {
      long r = equipment("待审批测试加工中心", null);
      long pending = book(r, 8, 8, 10);
      assertThatThrownBy(() -> book(r, 8, 9, 11))
          .hasFieldOrPropertyWithValue("code", "period.taken");
      bookings.decide(pending, false, "设备检修", ownerUser);
      assertThat(bookings.booking(pending, requester).reason()).isEqualTo("设备检修");
      assertThat(book(r, 8, 9, 11)).isPositive();
    }

    @Test
    void aCancelledBookingFreesItsPeriodAndOnlyItsRequesterCancelsItBeforeUse() {
      long r = equipment("取消测试加工中心", null);
      long b = book(r, 9, 8, 12);
      bookings.decide(b, true, null, ownerUser);
      assertThatThrownBy(() -> book(r, 9, 10, 11))
          .hasFieldOrPropertyWithValue("code", "period.taken");
      assertThatThrownBy(() -> bookings.cancel(b, "计划调整", ownerUser))
          .hasFieldOrPropertyWithValue("code", "scope.outside");
      assertThatThrownBy(() -> bookings.cancel(b, " ", requester))
          .hasFieldOrPropertyWithValue("code", "reason.required");
      assertThat(bookings.booking(b, requester).mayCancel()).isTrue();
      assertThat(bookings.booking(b, ownerUser).mayCancel()).isFalse();

      bookings.cancel(b, "试制计划推迟", requester);
      BookingView cancelled = bookings.booking(b, ownerUser);
      assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
      assertThat(cancelled.reason()).isEqualTo("试制计划推迟");
      assertThat(cancelled.mayCancel()).isFalse();
      // the period is free again; a booking in use can no longer be cancelled
      long again = book(r, 9, 10, 11);
      bookings.decide(again, true, null, ownerUser);
      bookings.start(again, ownerUser);
      assertThatThrownBy(() -> bookings.cancel(again, "不用了", requester))
          .hasFieldOrPropertyWithValue("code", "status.wrong");
    }

    @Test
    void periodsOutsideTheCalendarAreRefused() {
      long r = equipment("日历测试加工中心", "2027-06-15");
      assertThatThrownBy(() -> book(r, 12, 8, 10))
          .as("a Saturday")
          .hasFieldOrPropertyWithValue("code", "period.closed");
      assertThatThrownBy(() -> book(r, 7, 7, 9))
          .as("before opening")
          .hasFieldOrPropertyWithValue("code", "period.closed");
      assertThatThrownBy(() -> book(r, 7, 15, 17))
          .as("after closing")
          .hasFieldOrPropertyWithValue("code", "period.closed");
      assertThatThrownBy(() -> book(r, 15, 8, 10))
          .as("a blocked day")
          .hasFieldOrPropertyWithValue("code", "period.closed");
      assertThat(book(r, 16, 8, 16)).isPositive();
    }

    @Test
    void twoRequestsAtOnceForOneSlotGiveOneBookingAndOneRefusal() throws Exception {
      long r = equipment("并发测试加工中心", null);
      for (int round = 0; round < 5; round++) {
        int day = 21 + round;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
          List<Future<Long>> results = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            Callable<Long> request =
                () -> {
                  start.await();
                  try {
                    return book(r, day, 9, 11);
                  } catch (SharingRefused refused) {
                    assertThat(refused.code()).isEqualTo("period.taken");
                    return -1L;
                  }
                };
            results.add(pool.submit(request));
          }
          start.countDown();
          List<Long> ids = new ArrayList<>();
          for (Future<Long> f : results) {
            ids.add(f.get());
          }
          assertThat(ids).as("round " + round).filteredOn(id -> id > 0).hasSize(1);
          assertThat(ids).as("round " + round).filteredOn(id -> id < 0).hasSize(1);
        } finally {
          pool.shutdownNow();
        }
      }
    }

    @Test
    void theApiRefusesAnOverlapWithACodeAndBothLanguages() throws Exception {
      long r = equipment("接口测试加工中心", null);
      bookings.decide(book(r, 9, 8, 12), true, null, ownerUser);
      TestUsers.ensure(accounts, "linze-requester", "ENTERPRISE", null, user);
      mvc.perform(
              post("/api/sharing/bookings")
                  .with(TestUsers.as("linze-requester"))
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"resourceId\":"
                          + r
                          + ",\"startsAt\":\"2027-06-09T11:00:00\",\"endsAt\":\"2027-06-09T13:00:00\","
                          + "\"purpose\":\"检测\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("period.taken"))
          .andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("重叠")))
          .andExpect(
              jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("overlaps")));
    }
  }

  @Autowired dev.longyuan.accounts.Accounts accounts;

  @Nested
  class Steps {

    @Test
    void aBookingGoesFromRequestToRatingAndOnlyTheOwnerDecides() {
      long r = equipment("流程测试加工中心", null);
      long b = book(r, 10, 8, 16);
      assertThatThrownBy(() -> bookings.decide(b, true, null, requester))
          .hasFieldOrPropertyWithValue("code", "scope.outside");
      assertThatThrownBy(() -> bookings.decide(b, false, " ", ownerUser))
          .hasFieldOrPropertyWithValue("code", "reason.required");
      bookings.decide(b, true, null, ownerUser);
      assertThatThrownBy(() -> bookings.rate(b, 5, "好", requester))
          .hasFieldOrPropertyWithValue("code", "status.wrong");
      bookings.start(b, ownerUser);
      bookings.complete(b, ownerUser);
      assertThatThrownBy(() -> bookings.rate(b, 6, "", requester))
          .hasFieldOrPropertyWithValue("code", "rating.range");
      bookings.rate(b, 4, "设备精度好，交接及时", requester);
      BookingView seen = bookings.booking(b, ownerUser);
      assertThat(seen.status()).isEqualTo(BookingStatus.COMPLETED);
      assertThat(seen.rating()).isEqualTo(4);
      assertThat(seen.ratingComment()).isEqualTo("设备精度好，交接及时");
    }
  }

  @Nested
  class Utilisation {

    @Test
    void threeCompletedEightHourDaysInJune2027Are24Of176Hours() {
      long r = equipment("利用率测试加工中心", null);
      for (int day : new int[] {1, 2, 3}) {
        long b = book(r, day, 8, 16);
        bookings.decide(b, true, null, ownerUser);
        bookings.start(b, ownerUser);
        bookings.complete(b, ownerUser);
      }
      // an approved booking not yet used does not count
      bookings.decide(book(r, 4, 8, 16), true, null, ownerUser);
      ResourceUtilisation u =
          bookings.utilisation(2027, ownerUser).stream()
              .filter(x -> x.resource().id() == r)
              .findFirst()
              .orElseThrow();
      // June 2027 has 22 weekdays: 22 × 8 = 176 hours; 3 × 8 = 24 used; 24 / 176 = 13.64 %
      dev.longyuan.sharing.Utilisation june = u.months().get(5);
      assertThat(june.period()).isEqualTo("2027-06");
      assertThat(june.bookedHours()).isEqualTo(24.0);
      assertThat(june.availableHours()).isEqualTo(176.0);
      assertThat(june.percent()).isEqualTo(13.64);
      // the year: 261 weekdays × 8 = 2088 hours; 24 / 2088 = 1.15 %
      assertThat(u.year().availableHours()).isEqualTo(2088.0);
      assertThat(u.year().percent()).isEqualTo(1.15);
      assertThat(u.months().get(4).bookedHours()).isZero();
    }

    @Test
    void anOwnersUtilisationIsTheRatioOfItsResourcesSums() {
      // an owner of its own each run, as the test database outlives a run
      String second =
          SharingFixtures.enterprise(
              reporting,
              "3302",
              java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000),
              "临泽测试检测中心（模拟数据）",
              LINZE);
      Viewer secondOwner = new Viewer(DataScope.enterprise(second), "linze-second", false);
      long weekdays =
          sharing.register(
              SharingFixtures.equipment(
                  second, LINZE, "全周测试试验台", "试验台 10 吨", "每天 3000 元", "李工", "公开", null),
              PROVINCE,
              "test");
      long mornings =
          sharing.register(
              new ResourceDraft(
                  "检验检测能力",
                  "上午开放测试实验室",
                  second,
                  LINZE,
                  "盐雾试验",
                  "1-3",
                  "09:00-13:00",
                  "2027-01-01",
                  null,
                  null,
                  "每次 800 元",
                  "赵工",
                  "公开",
                  null,
                  null,
                  null),
              PROVINCE,
              "test");
      for (int day : new int[] {1, 2, 3}) {
        long b = book(weekdays, day, 8, 16);
        bookings.decide(b, true, null, secondOwner);
        bookings.start(b, secondOwner);
        bookings.complete(b, secondOwner);
      }
      // Monday 7 June 09:00 to Tuesday 8 June 13:00: two mornings of 4 hours, in use
      long twoMornings =
          bookings.request(
              new BookingDraft(mornings, at(7, 9), at(8, 13), "盐雾试验", null), requester);
      bookings.decide(twoMornings, true, null, secondOwner);
      bookings.start(twoMornings, secondOwner);
      OwnerUtilisation o =
          bookings.ownerUtilisation(2027, secondOwner).stream()
              .filter(x -> x.ownerCode().equals(second))
              .findFirst()
              .orElseThrow();
      // June 2027: 22 weekdays × 8 h = 176 and 14 Mondays to Wednesdays × 4 h = 56 available;
      // 24 + 8 = 32 used; 32 / 232 = 13.79 %, not the mean of 13.64 % and 14.29 %
      dev.longyuan.sharing.Utilisation june = o.months().get(5);
      assertThat(june.bookedHours()).isEqualTo(32.0);
      assertThat(june.availableHours()).isEqualTo(232.0);
      assertThat(june.percent()).isEqualTo(13.79);
    }
  }
}
