package dev.longyuan.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.shared.DataScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an enterprise user without clearance sees of a restricted test rig in Minle county (民乐县,
 * 620722), in a real headless Chromium: the directory row and the page with the public fields, the
 * details withheld, and the statistics chart drawn.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingBrowserTests {

  static final String SPEC = "浏览器测试保密规格 80MPa";
  static final String CONTACT = "浏览器测试联系人 13900000002";

  @LocalServerPort int port;

  @Autowired Sharing sharing;
  @Autowired Accounts accounts;
  @Autowired ReportingService reporting;

  private ChromeDriver browser;
  long rig;
  String name;

  @BeforeAll
  void aRestrictedRigAndAUserWithoutClearance() throws Exception {
    browser = HeadlessChromium.start();
    String owner = SharingFixtures.enterprise(reporting, "3701", 1, "民乐测试试验设备有限公司（模拟数据）", "620722");
    String plain = SharingFixtures.enterprise(reporting, "3701", 2, "民乐测试零部件有限公司（模拟数据）", "620722");
    TestUsers.ensure(accounts, "browser-plain", "ENTERPRISE", null, plain);
    name = "浏览器测试高压舱" + System.currentTimeMillis();
    rig =
        sharing.register(
            SharingFixtures.equipment(
                owner, "620722", name, SPEC, "每小时 8800 元", CONTACT, "受限", null),
            DataScope.everything(true),
            "test");
    HeadlessChromium.signIn(browser, port, "browser-plain", TestUsers.PASSWORD);
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
  void theDirectoryAndThePageShowThePublicFieldsOnly() throws Exception {
    browser.get("http://localhost:" + port + "/sharing?level=RESTRICTED&q=" + name);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("共享设备设施与富余产能");
    assertThat(browser.findElement(By.id("not-cleared")).getText()).contains("尚未获得受限资源查阅资格");
    String row = browser.findElement(By.id("resource-" + rig)).getText();
    assertThat(row)
        .contains(name, "军工关键设备设施", "民乐测试试验设备有限公司（模拟数据）", "张掖市", "受限", "受限信息，仅对经审核用户显示")
        .doesNotContain(SPEC, CONTACT, "每小时 8800 元");
    browser.findElement(By.linkText(name)).click();
    HeadlessChromium.waitFor(browser, By.id("withheld"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    assertThat(browser.findElement(By.id("level")).getText()).isEqualTo("受限");
    assertThat(browser.findElements(By.id("specification"))).isEmpty();
    assertThat(browser.findElements(By.id("contact"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain(SPEC, CONTACT, "每小时 8800 元", "民乐县");
    HeadlessChromium.screenshot(browser, "sharing-restricted");
  }

  @Test
  void theStatisticsPageDrawsItsChart() {
    browser.get("http://localhost:" + port + "/sharing/statistics?year=2027");
    assertThat(
            HeadlessChromium.waitFor(browser, By.cssSelector("#utilisation-chart[data-rendered]"))
                .isDisplayed())
        .isTrue();
    assertThat(browser.findElement(By.id("utilisation-" + rig)).getText()).contains(name);
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(SPEC, CONTACT);
  }
}
