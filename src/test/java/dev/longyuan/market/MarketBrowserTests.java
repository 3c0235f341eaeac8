package dev.longyuan.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a province administrator sees of a demand and its matches in a real headless Chromium, in
 * Aksay county (阿克塞哈萨克族自治县, 620924).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketBrowserTests {

  static final String AKSAY = "620924";

  @LocalServerPort int port;

  @Autowired Market market;

  @Autowired ReportingService reporting;

  private ChromeDriver browser;
  long supply;
  long demand;

  @BeforeAll
  void aSupplyAndADemandInAksay() throws Exception {
    browser = HeadlessChromium.start();
    String enterprise = MarketFixtures.enterprise(reporting, "1004", 1, "阿克塞测试石棉制品有限公司", AKSAY);
    DataScope province = DataScope.everything(true);
    supply =
        market.postSupply(
            MarketFixtures.supply(enterprise, "无石棉纤维水泥板", "阿克塞试验批 12mm", "C3021", 5000, "张"),
            province,
            "test");
    demand =
        market.postDemand(
            MarketFixtures.demand("纤维水泥板", "12mm 阿克塞试验批 外墙挂板", "C3021", 3000, "张", AKSAY, 45),
            province,
            "test");
    HeadlessChromium.signIn(browser, port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  @AfterEach
  void noPageWroteAnErrorToTheConsole() {
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDemandPageShowsItsMatchesWithTheirSignalsAndTakesAStep() throws Exception {
    browser.get("http://localhost:" + port + "/market/demands/" + demand);
    WebElement row = browser.findElement(By.id("match-" + supply));
    // same county, same class; 5000 a month for 1.5 months is 7500, 2.5 times the 3000 asked
    assertThat(row.getText()).contains("无石棉纤维水泥板", "阿克塞测试石棉制品有限公司", "推荐", "1.00");
    assertThat(browser.findElement(By.id("matches")).getText()).contains("文本相似度", "类别接近度", "履约记录");
    HeadlessChromium.screenshot(browser, "market-demand");
    row.findElement(By.cssSelector("select[name=status] option[value=contacted]")).click();
    row.findElement(By.cssSelector("button[type=submit]")).click();
    // the page reloads after the step: wait for the new one's row rather than read the old one's
    HeadlessChromium.waitFor(
        browser, By.xpath("//*[@id='match-" + supply + "'][contains(., '已联系')]"));
    assertThat(browser.findElement(By.id("demand-category")).getText())
        .contains("C3021", "非金属矿物制品业");
  }

  @Test
  void theListsAndTheStatisticsOpen() {
    browser.get("http://localhost:" + port + "/market/demands");
    assertThat(browser.findElement(By.id("demand-" + demand)).getText()).contains("纤维水泥板");
    browser.get("http://localhost:" + port + "/market/supplies");
    assertThat(browser.findElement(By.id("supply-" + supply)).getText()).contains("无石棉纤维水泥板");
    browser.get("http://localhost:" + port + "/market/statistics");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("省内采购占比");
    browser.get("http://localhost:" + port + "/market/demands/new");
    assertThat(browser.findElements(By.id("demand-form"))).hasSize(1);
  }
}
