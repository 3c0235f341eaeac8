package dev.longyuan.smeservices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ReportingService;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public, an enterprise of 玛曲县 (623025) and its county bureau see of the network's pages
 * in a real headless Chromium: the map and the nodes, the request form, the request with its hops
 * and clock, the bureau's inbox and its acknowledgement.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmeBrowserTests {

  static final String MAQU = "623025";

  @LocalServerPort int port;
  @Autowired ServiceNetwork network;
  @Autowired WorkingCalendar calendar;
  @Autowired ReportingService reporting;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  private ChromeDriver browser;

  @BeforeAll
  void aNetworkAndItsUsers() throws Exception {
    TestNetwork.clear(jdbc);
    TestNetwork.build(network, MAQU);
    TestUsers.ensure(
        accounts, "sme-br-ent", "ENTERPRISE", null, TestNetwork.enterprise(reporting, MAQU, 1));
    TestUsers.ensure(accounts, "sme-br-county", "COUNTY", MAQU, null);
    browser = HeadlessChromium.start();
  }

  @AfterEach
  void noPageWroteAnErrorToTheConsole() {
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    TestNetwork.clear(jdbc);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void thePublicSeesTheMapAndTheNodes() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(url("/sme"));
    HeadlessChromium.waitFor(browser, By.cssSelector("#cities-map[data-rendered='true']"));
    assertThat(browser.findElement(By.id("node-" + TestNetwork.HUB)).getText())
        .contains("省级枢纽", "测试枢纽");
    assertThat(browser.findElement(By.id("node-T-" + MAQU)).getText()).contains("县区触角", "信息（免费）");
    assertThat(browser.findElement(By.id("coverage")).getText())
        .contains("1 个县区设有服务触角", "共 86 个县区");
    assertThat(browser.findElements(By.cssSelector("#categories li"))).hasSize(16);
    HeadlessChromium.screenshot(browser, "sme-network");
  }

  @Test
  void anEnterpriseAsksAndItsBureauAcknowledges() throws Exception {
    browser.manage().deleteAllCookies();
    HeadlessChromium.signIn(browser, port, "sme-br-ent", TestUsers.PASSWORD);
    browser.get(url("/sme/requests/new"));
    browser
        .findElement(By.cssSelector("select[name='categoryCode'] option[value='training']"))
        .click();
    browser.findElement(By.name("title")).sendKeys("数字化车间培训");
    browser.findElement(By.name("description")).sendKeys("希望参加培训");
    browser.findElement(By.id("submit-request")).click();

    HeadlessChromium.waitFor(browser, By.id("hops"));
    LocalDate today = ServiceRequests.day(Instant.now());
    assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("测试触角 " + MAQU);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待受理");
    assertThat(browser.findElement(By.cssSelector("#clock-acknowledge .due")).getText())
        .isEqualTo(calendar.workingDaysAfter(today, 1).toString());
    assertThat(browser.findElement(By.cssSelector("#clock-resolve .due")).getText())
        .isEqualTo(calendar.workingDaysAfter(today, 10).toString());
    assertThat(browser.findElement(By.cssSelector("#hops tr.hop-submitted")).getText())
        .contains("提出", "sme-br-ent");
    assertThat(browser.findElements(By.id("actions"))).isEmpty();
    String page = browser.getCurrentUrl();
    HeadlessChromium.screenshot(browser, "sme-request");

    browser.manage().deleteAllCookies();
    HeadlessChromium.signIn(browser, port, "sme-br-county", TestUsers.PASSWORD);
    browser.get(url("/sme/requests?node=T-" + MAQU));
    assertThat(browser.findElement(By.id("requests")).getText()).contains("数字化车间培训", "待受理");
    browser.get(page);
    browser.findElement(By.id("acknowledge")).click();
    HeadlessChromium.waitFor(browser, By.cssSelector("#hops tr.hop-acknowledged"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
    assertThat(browser.findElement(By.cssSelector("#clock-acknowledge td.met")).getText())
        .isEqualTo("按时");
    HeadlessChromium.screenshot(browser, "sme-request-acknowledged");
  }
}
