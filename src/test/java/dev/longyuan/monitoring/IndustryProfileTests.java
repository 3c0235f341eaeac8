package dev.longyuan.monitoring;

import static dev.longyuan.monitoring.OverviewTests.add;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.analytics.EnterpriseRanking.RankedEnterprise;
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
import dev.longyuan.shared.RegionCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The industry of a county of 白银市 where no other enterprise of the shared test database sits,
 * January–December 2024 beside 上年同期 (万元): the copper smelter A (C3211, 有色工业 and its copper
 * direction, and in 白银's coal–power–chemical chain) adds 400 of value added against 320; the
 * steel-structure works B (C3311, 冶金工业) 200 against 250, at a loss; the cotton mill C (C1711, 纺织服装)
 * is new and adds 100 with nothing a year earlier. No price index is reported for 2024 in the test
 * data, so growth is at current prices.
 */
@PlatformTest
class IndustryProfileTests {

  static final String PLAN = "gansu-13fyp-industry";
  static final String CITY = "620400";
  static final String CHAIN = "baiyin-coal-power-chem";

  /** Counties of 白银市, the first without anyone else's enterprises is this test's. */
  static final List<String> CANDIDATES = List.of("620423", "620422", "620421", "620403", "620402");

  static final String A = CreditCode.withCheckCharacter("91620400PR0F1LE0A").value();
  static final String B = CreditCode.withCheckCharacter("91620400PR0F1LE0B").value();
  static final String C = CreditCode.withCheckCharacter("91620400PR0F1LE0C").value();

  @Autowired IndustryProfiles profiles;

  @Autowired PlanCatalog plans;

  @Autowired ReportingService reporting;

  @Autowired Accounts accounts;

  @Autowired JdbcClient jdbc;

  @Autowired MockMvc mvc;

  @LocalServerPort int port;

  String county;

  Plan plan;

  @BeforeEach
  void reportTheYear() {
    plan = plans.plan(PLAN).orElseThrow();
    county =
        CANDIDATES.stream()
            .filter(
                code ->
                    jdbc.sql(
                                "SELECT count(*) FROM enterprise WHERE region_code = :c"
                                    + " AND credit_code NOT IN (:ours)")
                            .param("c", code)
                            .param("ours", List.of(A, B, C))
                            .query(Integer.class)
                            .single()
                        == 0)
            .findFirst()
            .orElseThrow();
    reporting.registerEnterprises(
        List.of(
            enterprise(A, "铜冶炼测试企业", "C3211"),
            enterprise(B, "钢结构测试企业", "C3311"),
            enterprise(C, "棉纺测试企业", "C1711")),
        List.of());
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit IN (:u)")
        .param("u", List.of(A, B, C))
        .update();
    List<ValueRow> rows = new ArrayList<>();
    add(rows, "VA", A, "2024-12", "ytd", "400", "320");
    add(rows, "VA", B, "2024-12", "ytd", "200", "250");
    add(rows, "VA", C, "2024-12", "ytd", "100", null);
    // A's revenue is far above any other test enterprise's, so it heads 白银's rankings
    add(rows, "REV", A, "2024-12", "ytd", "50000000", "40000000");
    add(rows, "REV", B, "2024-12", "ytd", "900", "1000");
    add(rows, "REV", C, "2024-12", "ytd", "300", null);
    add(rows, "PROFIT", A, "2024-12", "ytd", "150", "120");
    add(rows, "PROFIT", B, "2024-12", "ytd", "-30", "5");
    add(rows, "PROFIT", C, "2024-12", "ytd", "10", null);
    assertThat(
            reporting
                .importRows(
                    new ImportRequest(
                        "profile.csv",
                        "csv",
                        "-",
                        false,
                        "profile-test",
                        "reported",
                        "approved",
                        null,
                        DataScope.everything(true)),
                    rows,
                    List.of())
                .errors())
        .isEmpty();
  }

  @Test
  void aCountysIndustryIsItsEnterprisesSumsAndEachSectorsShareOfThem() {
    RegionProfile profile = profiles.region(plan, county, 2024, DataScope.everything(false));

    assertThat(profile.period()).isEqualTo("2024-12");
    IndustryFigure total = profile.total();
    assertThat(total.valueAddedYi()).isEqualByComparingTo("0.07");
    // growth on the comparable base: the enterprises that reported a year earlier, 600 on 570
    assertThat(total.growth()).isCloseTo(new BigDecimal("5.263157894736842"), within());
    assertThat(total.atCurrentPrices()).isTrue();
    assertThat(total.revenueYi()).isEqualByComparingTo("5000.12");
    assertThat(total.profitYi()).isEqualByComparingTo("0.013");
    assertThat(total.enterprises()).isEqualTo(3);

    IndustryRow nonferrous = row(profile.sectors(), "nonferrous");
    assertThat(nonferrous.figure().valueAddedYi()).isEqualByComparingTo("0.04");
    assertThat(nonferrous.figure().growth()).isEqualByComparingTo("25");
    assertThat(nonferrous.share()).isCloseTo(new BigDecimal("57.14285714285714"), within());
    IndustryRow metallurgy = row(profile.sectors(), "metallurgy");
    assertThat(metallurgy.figure().growth()).isEqualByComparingTo("-20");
    assertThat(metallurgy.share()).isCloseTo(new BigDecimal("28.57142857142857"), within());
    // a new enterprise has no year-earlier value: no growth, though its value added counts
    IndustryRow textiles = row(profile.sectors(), "textiles-apparel");
    assertThat(textiles.figure().valueAddedYi()).isEqualByComparingTo("0.01");
    assertThat(textiles.figure().growth()).isNull();
    assertThat(row(profile.sectors(), "biomedicine").figure().enterprises()).isZero();

    assertThat(profile.largest()).extracting(RankedEnterprise::creditCode).containsExactly(A, B, C);
    assertThat(profile.largest().get(0).value()).isEqualByComparingTo("50000000");
    assertThat(profile.passages()).isNotNull();
  }

  @Test
  void aSectorIsSplitIntoItsDirectionsAndAChainCountsItsSectorsInItsCities() {
    SectorProfile nonferrous =
        profiles.sector(plan, "nonferrous", county, 2024, DataScope.everything(false));
    assertThat(nonferrous.share()).isCloseTo(new BigDecimal("57.14285714285714"), within());
    IndustryRow copper = row(nonferrous.subDirections(), "nonferrous-copper");
    assertThat(copper.figure().valueAddedYi()).isEqualByComparingTo("0.04");
    assertThat(copper.share()).isEqualByComparingTo("100");
    assertThat(row(nonferrous.subDirections(), "nonferrous-aluminium").figure().enterprises())
        .isZero();
    assertThat(nonferrous.largest()).extracting(RankedEnterprise::creditCode).containsExactly(A);
    assertThat(nonferrous.places()).extracting(IndustryRow::code).contains(CHAIN);

    // the chain: 白银's enterprises under its sectors' industry codes, summed here by PostgreSQL
    PlaceProfile chain = profiles.place(plan, CHAIN, 2024, DataScope.everything(false));
    List<String> prefixes = IndustryTables.sectorKeys(plan).get(IndustryTable.placeKey(CHAIN));
    assertThat(chain.figure().valueAdded())
        .isEqualByComparingTo(postgresSum("VA", prefixes))
        .isGreaterThanOrEqualTo(new BigDecimal("400"));
    assertThat(chain.figure().revenue()).isEqualByComparingTo(postgresSum("REV", prefixes));
    assertThat(chain.regions()).extracting(IndustryRow::code).containsExactly(CITY);
    assertThat(chain.largest().get(0).creditCode()).isEqualTo(A);
    assertThat(chain.largest()).extracting(RankedEnterprise::creditCode).doesNotContain(B, C);
    assertThat(chain.place().stages()).contains("煤", "电", "化", "冶", "材");
    assertThat(chain.partial()).isFalse();
  }

  @Test
  void aCountyUserSeesItsOwnCountyAndNotTheCityOrTheChain() throws Exception {
    String user = TestUsers.ensure(accounts, "profile-county-" + county, "COUNTY", county, null);
    Document page =
        page(get("/monitoring/" + PLAN + "/sectors/nonferrous").param("year", "2024"), user);
    // a county user's sector page is of the county
    assertThat(page.getElementById("figure-va").text()).isEqualTo("0.04");
    mvc.perform(
            get("/monitoring/" + PLAN + "/regions/" + CITY)
                .param("year", "2024")
                .with(TestUsers.as(user)))
        .andExpect(status().isForbidden());
    Document chain =
        page(get("/monitoring/" + PLAN + "/places/" + CHAIN).param("year", "2024"), user);
    assertThat(chain.getElementById("partial")).isNotNull();
    assertThat(chain.getElementById("largest")).isNull();
    mvc.perform(get("/monitoring/" + PLAN + "/sectors/no-such-sector").with(TestUsers.as(user)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aPersonDrillsFromTheCityToTheCountyToASectorAndSeesTheFiguresComputed() throws Exception {
    ChromeDriver browser = HeadlessChromium.start();
    try {
      HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.get(
          "http://localhost:" + port + "/monitoring/" + PLAN + "/regions/" + CITY + "?year=2024");
      HeadlessChromium.waitFor(browser, By.id("parts-" + county))
          .findElement(By.tagName("a"))
          .click();
      HeadlessChromium.waitFor(browser, By.id("sectors-nonferrous"));
      assertThat(browser.getCurrentUrl()).contains("/regions/" + county);
      assertThat(browser.findElement(By.id("figure-va")).getText()).isEqualTo("0.07");
      assertThat(browser.findElement(By.id("figure-growth")).getText()).startsWith("5.26");
      assertThat(browser.findElement(By.cssSelector("#largest tbody tr td:nth-child(2)")).getText())
          .startsWith("铜冶炼测试企业");
      HeadlessChromium.screenshot(browser, "region-county");
      browser.findElement(By.cssSelector("#sectors-nonferrous a")).click();
      HeadlessChromium.waitFor(browser, By.id("sub-directions"));
      assertThat(browser.getCurrentUrl()).contains("/sectors/nonferrous").contains(county);
      assertThat(browser.findElement(By.id("figure-va")).getText()).isEqualTo("0.04");
      assertThat(browser.findElement(By.id("figure-growth")).getText()).startsWith("25.00");
      assertThat(browser.findElement(By.id("sector-share")).getText()).contains("57.14");
      HeadlessChromium.screenshot(browser, "sector-county");

      browser.get(browser.getCurrentUrl() + "&lang=en");
      HeadlessChromium.waitFor(browser, By.id("sub-directions"));
      assertThat(browser.findElement(By.cssSelector("#sub-directions thead")).getText())
          .contains("Value added (100 million yuan)", "Share of the sector (%)");

      browser.get(
          "http://localhost:"
              + port
              + "/monitoring/"
              + PLAN
              + "/sectors/nonferrous?year=2024&lang=zh-CN");
      HeadlessChromium.waitFor(browser, By.cssSelector("#cities-map[data-rendered=true] canvas"));
      assertThat(browser.findElements(By.cssSelector("#sector-regions tbody tr"))).hasSize(14);
      // the map saves as PNG from a real button, which the keyboard reaches
      org.openqa.selenium.WebElement png =
          browser.findElement(By.cssSelector("#cities-map + button.chart-png"));
      browser.executeScript("arguments[0].focus()", png);
      assertThat(browser.switchTo().activeElement()).isEqualTo(png);
      HeadlessChromium.screenshot(browser, "sector-province");
      browser.get(
          "http://localhost:" + port + "/monitoring/" + PLAN + "/places/" + CHAIN + "?year=2024");
      HeadlessChromium.waitFor(browser, By.id("place-regions"));
      assertThat(browser.findElements(By.cssSelector("#stages li"))).hasSizeGreaterThan(3);
      HeadlessChromium.screenshot(browser, "place-chain");
      // nothing the pages ran wrote an error to the console
      assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  private BigDecimal postgresSum(String element, List<String> prefixes) {
    StringBuilder any = new StringBuilder();
    for (int i = 0; i < prefixes.size(); i++) {
      any.append(i == 0 ? "" : " OR ").append("e.industry_code LIKE :p").append(i);
    }
    var sql =
        jdbc.sql(
                "SELECT coalesce(sum(v.value), 0) FROM data_value v JOIN enterprise e"
                    + " ON e.credit_code = v.reporting_unit"
                    + " WHERE v.data_element = :element AND v.period = '2024-12'"
                    + " AND v.measure = 'ytd' AND v.status = 'approved' AND NOT v.deleted"
                    + " AND e.region_code LIKE '6204%' AND ("
                    + any
                    + ")")
            .param("element", element);
    for (int i = 0; i < prefixes.size(); i++) {
      sql = sql.param("p" + i, prefixes.get(i) + "%");
    }
    return sql.query(BigDecimal.class).single();
  }

  private Document page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(TestUsers.as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static IndustryRow row(List<IndustryRow> rows, String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  private Enterprise enterprise(String code, String name, String industry) {
    return new Enterprise(
        CreditCode.of(code),
        name,
        RegionCode.of(county),
        IndustryCode.of(industry),
        SizeClass.LARGE,
        "国有",
        false);
  }

  private static Offset<BigDecimal> within() {
    return Offset.offset(new BigDecimal("0.000001"));
  }
}
