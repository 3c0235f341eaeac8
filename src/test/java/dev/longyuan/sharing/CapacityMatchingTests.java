package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.PlatformTest;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Capacity requests matched through the market: CNC machining in Shandan county (山丹县, 620725) and
 * in Xiahe (夏河县, 623027, far away), heat treatment and coating in Shandan (both filed under GB/T
 * 4754 C3360). A request finds the capacities of its own process only, the nearer first.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityMatchingTests {

  static final String SHANDAN = "620725";
  static final String XIAHE = "623027";
  static final DataScope PROVINCE = DataScope.everything(true);

  @Autowired Sharing sharing;
  @Autowired ReportingService reporting;

  long cncNear;
  long cncFar;
  long heat;
  long coating;
  Viewer province;

  @BeforeAll
  void spareCapacities() {
    String near = SharingFixtures.enterprise(reporting, "3601", 1, "山丹测试机械加工有限公司（模拟数据）", SHANDAN);
    String far = SharingFixtures.enterprise(reporting, "3601", 2, "夏河测试机械加工有限公司（模拟数据）", XIAHE);
    cncNear = register(near, SHANDAN, "山丹测试数控加工产能（模拟数据）", "CNC");
    cncFar = register(far, XIAHE, "夏河测试数控加工产能（模拟数据）", "CNC");
    heat = register(near, SHANDAN, "山丹测试热处理产能（模拟数据）", "HEAT");
    coating = register(near, SHANDAN, "山丹测试涂装产能（模拟数据）", "COATING");
    province = new Viewer(PROVINCE, "test", false);
  }

  long register(String owner, String county, String name, String process) {
    return sharing.register(
        SharingFixtures.capacity(
            owner, county, name, "立式加工中心 12 台", "张工", "公开", process, 2000, "机时"),
        PROVINCE,
        "test");
  }

  List<Long> matched(String process) {
    long request =
        sharing.requestCapacity(
            new CapacityRequestDraft(
                process,
                BigDecimal.valueOf(500),
                "机时",
                LocalDate.now().plusDays(60),
                SHANDAN,
                null),
            PROVINCE,
            "test");
    return sharing.matches(request, province).stream().map(m -> m.resource().id()).toList();
  }

  @Test
  void aCncRequestFindsTheCncCapacitiesTheNearerFirst() {
    List<Long> ids = matched("CNC");
    assertThat(ids).contains(cncNear, cncFar).doesNotContain(heat, coating);
    assertThat(ids.indexOf(cncNear)).isLessThan(ids.indexOf(cncFar));
  }

  @Test
  void aHeatTreatmentRequestFindsHeatTreatmentNotCoatingOfTheSameClass() {
    assertThat(matched("HEAT")).contains(heat).doesNotContain(coating, cncNear, cncFar);
  }
}
