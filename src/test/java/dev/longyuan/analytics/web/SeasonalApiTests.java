package dev.longyuan.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ImportOutcome;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The seasonal adjustment route over one plant of 玉门市 (620981) reporting its gross output month by
 * month, 1–2月 together, from 2006 to 2009: years no other test writes.
 */
@PlatformTest
@WithMockUser(TestUsers.ADMIN)
class SeasonalApiTests {

  static final String PLANT = CreditCode.withCheckCharacter("91620981KALEND001").value();
  static final String COUNTY = "620981";

  /** Gross output's seasonal swing, January to December. */
  static final double[] SEASONAL = {
    0.9, 0.8, 1.05, 1.0, 1.02, 1.05, 0.97, 0.98, 1.03, 1.0, 1.04, 1.16
  };

  @Autowired MockMvc mvc;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void reportFourYearsOfOutput() {
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(PLANT),
                "测试季节调整冶炼厂",
                RegionCode.of(COUNTY),
                IndustryCode.of("C3140"),
                SizeClass.MEDIUM,
                "国有",
                false)),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", PLANT).update();
    Random random = new Random(2006);
    List<ValueRow> rows = new ArrayList<>();
    double january = 0;
    for (int i = 0; i < 48; i++) {
      YearMonth month = YearMonth.of(2006, 1).plusMonths(i);
      double value =
          1000
              * Math.pow(1.06, i / 12.0)
              * SEASONAL[month.getMonthValue() - 1]
              * (1 + 0.01 * random.nextGaussian());
      if (month.getMonthValue() == 1) {
        january = value;
        continue;
      }
      double reported = month.getMonthValue() == 2 ? january + value : value;
      int number = month.getMonthValue() == 2 ? 1 : month.getMonthValue();
      rows.add(
          new ValueRow(
              rows.size() + 2,
              null,
              "GO",
              PLANT,
              Period.month(month.getYear(), number).code(),
              "current",
              String.format("%.1f", reported),
              null,
              null));
    }
    ImportOutcome outcome =
        reporting.importRows(
            new ImportRequest(
                "seasonal.csv",
                "csv",
                "-",
                false,
                "seasonal-test",
                "reported",
                "approved",
                null,
                DataScope.everything(true)),
            rows,
            List.of());
    assertThat(outcome.errors()).isEmpty();
  }

  ResultActions seasonal(String from, String to) throws Exception {
    return mvc.perform(
        get("/api/analytics/seasonal")
            .param("definition", "sum(GO)")
            .param("region", COUNTY)
            .param("from", from)
            .param("to", to));
  }

  @Test
  void adjustsFourYearsOfMonthsAndForecastsTheNextYear() throws Exception {
    seasonal("2006-01/02", "2009-12")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("FLOW"))
        .andExpect(jsonPath("$.model.method").value(containsString("JDemetra+ 3.5.0")))
        .andExpect(jsonPath("$.model.springFestival.daysBefore").value(7))
        .andExpect(jsonPath("$.periods", hasSize(44)))
        .andExpect(jsonPath("$.periods[0].period").value("2006-01/02"))
        .andExpect(jsonPath("$.periods[1].period").value("2006-03"))
        .andExpect(jsonPath("$.periods[43].period").value("2009-12"))
        .andExpect(jsonPath("$.months", hasSize(48)))
        .andExpect(jsonPath("$.months[0].month").value("2006-01"))
        .andExpect(jsonPath("$.months[0].divided").value(true))
        .andExpect(jsonPath("$.months[2].divided").value(false))
        .andExpect(jsonPath("$.forecastMonths", hasSize(12)))
        .andExpect(jsonPath("$.forecastPeriods", hasSize(11)))
        .andExpect(jsonPath("$.forecastPeriods[0].period").value("2010-01/02"))
        .andExpect(jsonPath("$.projection.year").value(2009))
        .andExpect(jsonPath("$.projection.forecastPeriods", hasSize(0)))
        // the adjusted December is no longer December's 16% above the year's average
        .andExpect(
            jsonPath(
                "$.periods[43].seasonallyAdjusted",
                lessThan(1000 * Math.pow(1.06, 47 / 12.0) * 1.08)));
  }

  @Test
  void projectsTheYearFromItsFirstMonths() throws Exception {
    seasonal("2006-01/02", "2009-06")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.projection.year").value(2009))
        .andExpect(jsonPath("$.projection.reportedPeriods", hasSize(5)))
        .andExpect(jsonPath("$.projection.forecastPeriods", hasSize(6)))
        .andExpect(jsonPath("$.projection.forecastPeriods[0]").value("2009-07"));
  }

  @Test
  void refusesTwentyMonthsWith422AndTheReason() throws Exception {
    seasonal("2008-05", "2009-12")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("seasonal.too_short"))
        .andExpect(jsonPath("$.messageEn").value(containsString("at least 3 years (36 months)")))
        .andExpect(jsonPath("$.messageEn").value(containsString("has 20")))
        .andExpect(jsonPath("$.messageZh").value(containsString("只有 20 个月")));
  }

  @Test
  void refusesMonthsWithoutAValueWith422NamingThem() throws Exception {
    seasonal("2005-01/02", "2009-12")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("seasonal.gap"))
        .andExpect(jsonPath("$.messageEn").value(containsString("2005-01/02")))
        .andExpect(jsonPath("$.messageZh").value(containsString("2005-12")));
  }

  @Test
  void refusesFebruaryAloneAsABadRequest() throws Exception {
    seasonal("2006-02", "2009-12")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("period.invalid"))
        .andExpect(jsonPath("$.messageZh").value(containsString("YYYY-01/02")));
  }
}
