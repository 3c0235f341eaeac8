package dev.longyuan.monitoring;

import static dev.longyuan.monitoring.OverviewTests.add;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.analytics.AdjustedSeries;
import dev.longyuan.plan.Indicator;
import dev.longyuan.plan.IndicatorDefinition;
import dev.longyuan.plan.Plan;
import dev.longyuan.plan.PlanCatalog;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.ReportingService.ImportRequest;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.reporting.ValueRow;
import dev.longyuan.shared.DataScope;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.Period;
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly series of key indicators for a county of 临夏州 where no other enterprise of the shared
 * test database sits (OverviewTests keeps to 甘南州). Three enterprises report value added and revenue
 * every month from 1–2月 2022 to June 2025, 当月 and 累计 each beside its 上年同期; the third (N) enters in
 * 2024 and so has no 上年同期 that year. No price index is reported for these years in the test data,
 * so I01's real growth falls back to current prices.
 *
 * <p>The Gansu plan has no key indicator that adds up over the months, so a copy of it holds one
 * more ({@code I12}, revenue in 亿元) for the additive case.
 */
@PlatformTest
class IndicatorMonthlyTests {

  static final String PLAN = "gansu-13fyp-industry";

  /** The Gansu plan with an additive key indicator added, for this test only. */
  static final String SUMS_PLAN = "gansu-monthly-sums";

  /** Counties of 临夏州; the first without anyone else's enterprises is this test's. */
  static final List<String> CANDIDATES =
      List.of("622921", "622922", "622923", "622924", "622925", "622926", "622927", "622901");

  static final String A = CreditCode.withCheckCharacter("91622921XMTH00001").value();
  static final String B = CreditCode.withCheckCharacter("91622921XMTH00002").value();
  static final String N = CreditCode.withCheckCharacter("91622921XMTH00003").value();

  static final List<String> UNITS = List.of(A, B, N);

  /** Value added in an average month (万元), annual growth, first year reported. */
  static final double[] BASE = {3000, 2000, 1500};

  static final double[] GROWTH = {1.06, 1.03, 1.10};

  static final int[] FIRST_YEAR = {2022, 2022, 2024};

  /** The periods' seasonal pattern: 1–2月 (two months), March … December. */
  static final double[] SEASON = {1.8, 1.0, 1.0, 1.05, 1.05, 1.1, 0.95, 0.95, 1.0, 1.05, 1.3};

  @Autowired IndicatorMonthly monthly;

  @Autowired ReportingService reporting;

  @Autowired PlanCatalog plans;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @LocalServerPort int port;

  String county;

  @BeforeEach
  void reportTheMonths() {
    storeThePlanWithASum();
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code NOT IN (:ours)")
                            .param("c", code)
                            .param("ours", UNITS)
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(
            enterprise(A, "C3311", county),
            enterprise(B, "C1711", county),
            enterprise(N, "C2614", county)),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)").param("u", UNITS).update();
    List<ValueRow> rows = new ArrayList<>();
    for (int e = 0; e < UNITS.size(); e++) {
      for (int y = FIRST_YEAR[e]; y <= 2025; y++) {
        boolean comparable = y > FIRST_YEAR[e] || FIRST_YEAR[e] == 2022;
        for (int p = 0; p < SEASON.length && !(y == 2025 && p > 4); p++) {
          String period = Period.monthsOf(y).get(p).code();
          for (String element : List.of("VA", "REV")) {
            add(
                rows,
                element,
                UNITS.get(e),
                period,
                "current",
                current(element, e, y, p),
                comparable ? current(element, e, y - 1, p) : null);
            add(
                rows,
                element,
                UNITS.get(e),
                period,
                "ytd",
                ytd(element, e, y, p),
                comparable ? ytd(element, e, y - 1, p) : null);
          }
        }
      }
    }
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "monthly.csv",
                        "csv",
                        "-",
                        false,
                        "monthly-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Nested
  class AGrowthRate {

    @Test
    void isItsCumulativeGrowthByMonthOnTheComparableBaseAtCurrentPricesForWantOfPriceIndices() {
      MonthlyIndicator series =
          monthly.series(PLAN, "I01", 2025, DataScope.everything(false), county).orElseThrow();

      assertThat(series.kind()).isEqualTo(MonthlyIndicator.Kind.CUMULATIVE);
      assertThat(series.atCurrentPrices()).isTrue();
      assertThat(series.flow()).isNull();
      assertThat(series.elementSeries()).containsExactly("va");
      // 1–2月 2022 (上年同期 given for 2022) to 1–6月 2025
      assertThat(series.cumulative()).hasSize(11 * 3 + 5);
      assertThat(series.cumulative().get(0).period()).isEqualTo("2022-01/02");
      assertThat(series.cumulative().get(series.cumulative().size() - 1).period())
          .isEqualTo("2025-06");
      // 1–3月 2024: N entered that year and has no 上年同期, so only A and B are compared
      assertThat(value(series, "2024-03"))
          .isCloseTo(growth(2024, 1, List.of(0, 1)), org.assertj.core.data.Offset.offset(1e-6));
      // 1–3月 2025: all three, N against its 2024
      assertThat(value(series, "2025-03"))
          .isCloseTo(growth(2025, 1, List.of(0, 1, 2)), org.assertj.core.data.Offset.offset(1e-6));
      MonthlyIndicator.CumulativeMonth march = month(series, "2024-03");
      assertThat(march.year()).isEqualTo(2024);
      assertThat(march.lastMonth()).isEqualTo(3);
      assertThat(month(series, "2024-01/02").lastMonth()).isEqualTo(2);
    }

    @Test
    void thePageTablesItSaysWhyItIsNotAdjustedAndLinksToTheValueAddedSeries() throws Exception {
      Document page = page(PLAN, "I01");

      Element section = page.getElementById("monthly");
      assertThat(section).isNotNull();
      assertThat(section.select("h2").text()).isEqualTo("月度走势");
      assertThat(page.getElementById("monthly-why").text()).contains("不做季节调整");
      assertThat(page.getElementById("monthly-prices").text()).contains("现价");
      assertThat(page.select("#monthly-table tbody tr")).hasSize(38);
      Element march = page.getElementById("m-2024-03");
      assertThat(march.select("td").get(0).text()).isEqualTo("2024年1–3月");
      assertThat(march.select("td").get(1).text())
          .isEqualTo(String.format("%.2f", growth(2024, 1, List.of(0, 1))));
      assertThat(page.getElementById("m-2024-01-02").select("td").get(0).text())
          .isEqualTo("2024年1–2月");
      assertThat(page.getElementById("monthly-element-va").attr("href"))
          .startsWith("/monitoring/" + PLAN + "/economy/va?year=2025&region=" + county);
      assertThat(page.getElementById("series-data").data()).contains("\"adjusted\":null");
    }

    @Test
    void itsCsvIsTheTable() throws Exception {
      Document page = page(PLAN, "I01");
      List<String> lines = csv(PLAN, "I01");

      assertThat(lines.get(0)).isEqualTo("period,measure,value");
      List<Element> table = page.select("#monthly-table tbody tr");
      assertThat(lines).hasSize(table.size() + 1);
      for (int i = 0; i < table.size(); i++) {
        String[] cells = lines.get(i + 1).split(",");
        assertThat(table.get(i).id()).isEqualTo("m-" + cells[0].replace('/', '-'));
        assertThat(cells[1]).isEqualTo("ytd");
        assertThat(table.get(i).select("td").get(1).text())
            .isEqualTo(
                new BigDecimal(cells[2])
                    .setScale(2, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString());
      }
    }
  }

  @Nested
  class AnIndicatorThatAddsUp {

    @Test
    void isItsMonthsAsReportedSeasonallyAdjustedAndTrend() {
      MonthlyIndicator series =
          monthly.series(SUMS_PLAN, "I12", 2025, DataScope.everything(false), county).orElseThrow();

      assertThat(series.kind()).isEqualTo(MonthlyIndicator.Kind.FLOW);
      assertThat(series.cumulative()).isEmpty();
      AdjustedSeries adjusted = series.flow().adjusted();
      assertThat(adjusted).as(series.reasonEn()).isNotNull();
      assertThat(adjusted.periods()).hasSize(38);
      // every 当月 value is the three enterprises' revenue that month, in 亿元
      for (AdjustedSeries.PeriodRow row : adjusted.periods()) {
        Period period = Period.parse(row.period());
        int p = Period.monthsOf(period.year()).indexOf(period);
        double sum = 0;
        for (int e = 0; e < UNITS.size(); e++) {
          if (period.year() >= FIRST_YEAR[e]) {
            sum += Double.parseDouble(current("REV", e, period.year(), p));
          }
        }
        assertThat(row.raw()).as(row.period()).isCloseTo(sum / 10_000, within());
      }
    }

    @Test
    void thePageDrawsItAsTheEconomyPageDoesAndItsCsvIsTheTable() throws Exception {
      Document page = page(SUMS_PLAN, "I12");

      assertThat(page.getElementById("monthly")).isNotNull();
      assertThat(page.getElementById("monthly-why")).isNull();
      assertThat(page.getElementById("series-method").text()).contains("Spring Festival");
      List<Element> table = page.select("#monthly-table tbody tr");
      assertThat(table).hasSize(38);
      // March 2024: 3 × (3000 × 1.06² + 2000 × 1.03² + 1500) × the month's pattern and noise
      double march = 0;
      for (int e = 0; e < UNITS.size(); e++) {
        march += Double.parseDouble(current("REV", e, 2024, 1));
      }
      assertThat(page.getElementById("m-2024-03").select("td").get(1).text())
          .isEqualTo(String.format("%.2f", march / 10_000));

      List<String> lines = csv(SUMS_PLAN, "I12");
      assertThat(lines.get(0)).isEqualTo("period,measure,raw,seasonally_adjusted,trend");
      assertThat(lines).hasSize(table.size() + 1);
      for (int i = 0; i < table.size(); i++) {
        String[] cells = lines.get(i + 1).split(",");
        List<String> shown = table.get(i).select("td").eachText();
        assertThat(shown.get(0)).isEqualTo(cells[0]);
        assertThat(cells[1]).isEqualTo("current");
        for (int c = 1; c <= 3; c++) {
          assertThat(shown.get(c))
              .isEqualTo(String.format("%.2f", Double.parseDouble(cells[c + 1])));
        }
      }
    }
  }

  @Nested
  class AnIndicatorOfYearlyData {

    @Test
    void hasNoMonthlySeriesNorSection() throws Exception {
      assertThat(monthly.series(PLAN, "I04", 2025, DataScope.everything(false), county)).isEmpty();
      // water per 万元 of value added: water is reported yearly, value added monthly
      assertThat(monthly.series(PLAN, "I08", 2025, DataScope.everything(false), county)).isEmpty();

      Document page = page(PLAN, "I04");
      assertThat(page.getElementById("monthly")).isNull();
      assertThat(page.getElementById("series-data")).isNull();
      mvc.perform(
              get("/monitoring/" + PLAN + "/indicators/I04/monthly")
                  .param("year", "2025")
                  .param("region", county)
                  .with(TestUsers.admin()))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void theChartsRenderWithoutBrowserErrors() throws Exception {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      for (String[] asked : List.of(new String[] {PLAN, "I01"}, new String[] {SUMS_PLAN, "I12"})) {
        browser.get(
            "http://localhost:"
                + port
                + "/monitoring/"
                + asked[0]
                + "/indicators/"
                + asked[1]
                + "?year=2025&region="
                + county);
        HeadlessChromium.waitFor(
            browser, By.cssSelector("#monthly #series-chart[data-rendered=true] canvas"));
        browser.executeScript("document.getElementById('monthly').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "indicator-" + asked[1] + "-monthly");
        assertThat(HeadlessChromium.consoleErrors(browser)).as(asked[1]).isEmpty();
      }
    } finally {
      browser.quit();
    }
  }

  /** The cumulative growth to a period, by hand: Σ 累计 over Σ its 上年同期 of the units given. */
  static double growth(int year, int p, List<Integer> units) {
    double now = 0;
    double before = 0;
    for (int e : units) {
      now += Double.parseDouble(ytd("VA", e, year, p));
      before += Double.parseDouble(ytd("VA", e, year - 1, p));
    }
    return now / before * 100 - 100;
  }

  /**
   * Enterprise e's 当月 value of VA (revenue is three times it) in the p-th period of a year: its
   * base grown by the year, times the period's pattern and a small irregular part, in whole 万元.
   */
  static String current(String element, int e, int year, int p) {
    double irregular = 1 + 0.02 * Math.sin(13 * (year * 11 + p) + e);
    double va = BASE[e] * Math.pow(GROWTH[e], year - 2022) * SEASON[p] * irregular;
    return String.valueOf(Math.round(va) * (element.equals("REV") ? 3 : 1));
  }

  static String ytd(String element, int e, int year, int p) {
    long sum = 0;
    for (int q = 0; q <= p; q++) {
      sum += Long.parseLong(current(element, e, year, q));
    }
    return String.valueOf(sum);
  }

  private Document page(String planId, String code) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                get("/monitoring/" + planId + "/indicators/" + code)
                    .param("year", "2025")
                    .param("region", county)
                    .with(TestUsers.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private List<String> csv(String planId, String code) throws Exception {
    String csv =
        new String(
            mvc.perform(
                    get("/monitoring/" + planId + "/indicators/" + code + "/monthly")
                        .param("year", "2025")
                        .param("region", county)
                        .param("format", "csv")
                        .with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string(
                            "Content-Disposition",
                            "attachment; filename=\""
                                + planId
                                + "-"
                                + code
                                + "-"
                                + county
                                + "-2025-monthly.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    return csv.substring(1).lines().toList(); // after the byte-order mark
  }

  private static double value(MonthlyIndicator series, String period) {
    return month(series, period).value().doubleValue();
  }

  private static MonthlyIndicator.CumulativeMonth month(MonthlyIndicator series, String period) {
    return series.cumulative().stream()
        .filter(m -> m.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** Stores the Gansu plan again as {@link #SUMS_PLAN}, with I12: revenue, 当月 in 亿元. */
  private void storeThePlanWithASum() {
    Plan gansu = plans.plan(PLAN).orElseThrow();
    Indicator first = gansu.indicators().get(0);
    List<Indicator> indicators = new ArrayList<>(gansu.indicators());
    indicators.add(
        new Indicator(
            "I12",
            12,
            first.categoryZh(),
            first.categoryEn(),
            "规模以上工业营业收入（测试）",
            "Operating revenue (test)",
            "亿元",
            first.attribute(),
            first.direction(),
            null,
            null,
            null,
            null,
            "-",
            first.section(),
            "-",
            List.of(),
            List.of(),
            null,
            null,
            new IndicatorDefinition("sum(REV) / 10000", null, List.of(), null)));
    plans.store(
        new Plan(
            SUMS_PLAN,
            gansu.titleZh(),
            gansu.titleEn(),
            gansu.documentNumber(),
            gansu.issuerZh(),
            gansu.issuerEn(),
            gansu.issuedOn(),
            gansu.baseYear(),
            gansu.targetYear(),
            gansu.preamble(),
            gansu.sections(),
            gansu.indicatorTable(),
            indicators,
            gansu.targets(),
            gansu.baselines(),
            gansu.sectors(),
            gansu.regions(),
            gansu.places(),
            gansu.units(),
            gansu.tasks(),
            gansu.progressThresholds()),
        "sha-monthly-sums-1");
  }

  static Enterprise enterprise(String code, String industry, String county) {
    return new Enterprise(
        CreditCode.of(code),
        "测试月度企业",
        RegionCode.of(county),
        IndustryCode.of(industry),
        SizeClass.MEDIUM,
        "国有",
        false);
  }
}
