package dev.longyuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a county bureau sees on the reports page in a real headless Chromium when it asks for a new
 * mid-term report: the generation's steps, followed until the page links the version made. The
 * county (榆中县) holds no data of any test, so its report is made whatever the others do.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTests {

  static final String COUNTY = "620123";

  @LocalServerPort int port;

  @Autowired Accounts accounts;

  private ChromeDriver browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start();
    TestUsers.ensure(accounts, "reports-county-620123", "COUNTY", COUNTY, null);
    HeadlessChromium.signIn(browser, port, "reports-county-620123", TestUsers.PASSWORD);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aNewMidTermReportShowsItsStepsAndThenLinksTheVersionMade() throws Exception {
    browser.get(
        "http://localhost:"
            + port
            + "/plans/"
            + EvaluationReportTests.PLAN
            + "/reports?lang=zh_CN");
    browser.findElement(By.cssSelector("select[name=type] option[value=midterm]")).click();
    browser.findElement(By.cssSelector("select[name=year] option[value='2018']")).click();
    browser
        .findElement(By.cssSelector("select[name=region] option[value='" + COUNTY + "']"))
        .click();
    browser.findElement(By.cssSelector("#make button")).click();

    HeadlessChromium.waitFor(browser, By.cssSelector("div.generation"));
    assertThat(browser.findElements(By.cssSelector("div.generation li.step .step-name")))
        .extracting(e -> e.getText())
        .containsExactly("评估指标", "写作", "图表", "PDF", "保存");
    var made = HeadlessChromium.waitFor(browser, By.cssSelector("div.generation .made-version"));
    assertThat(made.getText()).contains("已生成第");
    assertThat(made.findElement(By.cssSelector("a.format-pdf")).getAttribute("href"))
        .contains("region=" + COUNTY, "format=pdf", "version=");
    assertThat(browser.findElements(By.cssSelector("div.generation li.step.done"))).hasSize(5);
    HeadlessChromium.screenshot(browser, "reports-generation");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    // the version made opens for the person signed in on the pages, not only for API clients
    browser.get(made.findElement(By.cssSelector("a.format-html")).getAttribute("href"));
    assertThat(HeadlessChromium.waitFor(browser, By.id("report-title")).getText())
        .contains("中期评估报告");
  }
}
