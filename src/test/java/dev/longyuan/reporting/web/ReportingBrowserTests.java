package dev.longyuan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.accounts.Accounts;
import dev.longyuan.reporting.CreditCode;
import dev.longyuan.reporting.Enterprise;
import dev.longyuan.reporting.PanelMembership;
import dev.longyuan.reporting.ReportingService;
import dev.longyuan.reporting.SizeClass;
import dev.longyuan.shared.IndustryCode;
import dev.longyuan.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a reporter and a reviewer see of the reporting pages in a real headless Chromium. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingBrowserTests {

  static final String PLANT = CreditCode.withCheckCharacter("91620300BR0WXER01").value();

  @LocalServerPort int port;

  @Autowired ReportingService reporting;

  @Autowired JdbcClient jdbc;

  @Autowired Accounts accounts;

  private ChromeDriver browser;

  @BeforeAll
  void startBrowserAndRegisterThePlant() throws Exception {
    browser = HeadlessChromium.start();
    reporting.registerEnterprises(
        List.of(
            new Enterprise(
                CreditCode.of(PLANT),
                "测试镍钴有限公司",
                RegionCode.of("620302"),
                IndustryCode.of("C3213"),
                SizeClass.LARGE,
                "国有",
                false)),
        List.of(new PanelMembership(CreditCode.of(PLANT), 2019, true)));
    jdbc.sql("DELETE FROM data_value WHERE reporting_unit = :u").param("u", PLANT).update();
    // the plant's own reporter files its figures
    TestUsers.ensure(accounts, "plant-reporter", "ENTERPRISE", null, PLANT);
    HeadlessChromium.signIn(browser, port, "plant-reporter", TestUsers.PASSWORD);
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
  void anUploadWithBadRowsEndsInATableOfEveryBadRowAndItsReason() throws Exception {
    Path file = Files.createTempFile("upload", ".csv");
    Files.writeString(
        file,
        "data_element,reporting_unit,period,measure,value\n"
            + "GO,"
            + PLANT
            + ",2019-03,current,100\n"
            + "GO,"
            + PLANT
            + ",2019-04,current,一百\n"
            + "XX,"
            + PLANT
            + ",2019-05,current,1\n",
        StandardCharsets.UTF_8);
    browser.get("http://localhost:" + port + "/data/import?lang=zh_CN");

    browser.findElement(By.name("file")).sendKeys(file.toString());
    browser.findElement(By.cssSelector("form.upload button")).click();

    WebElement table = waitFor(By.cssSelector("table.errors"));
    List<String> rows =
        table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("3").contains("“一百”不是数字");
    assertThat(rows.get(1)).contains("4").contains("没有代码为“XX”的统计指标");
    assertThat(browser.findElement(By.cssSelector("p.notice.error")).getText()).contains("未写入任何数据");
  }

  @Test
  void aReporterFillsInTheMonthlyFormAndSeesItSaved() throws InterruptedException {
    browser.get(
        "http://localhost:"
            + port
            + "/data/form?lang=zh_CN&set=ENT-M&unit="
            + PLANT
            + "&period=2019-06");

    browser.findElement(By.name("GO.current")).sendKeys("8000");
    browser.findElement(By.name("GO.current.previous")).sendKeys("7600");
    browser.findElement(By.cssSelector("table.statistical-form + button")).click();

    assertThat(waitFor(By.cssSelector("p.notice")).getText()).contains("新增 1 条");
    assertThat(browser.findElement(By.name("GO.current")).getAttribute("value")).isEqualTo("8000");
    assertThat(browser.findElement(By.name("GO.current.previous")).getAttribute("value"))
        .isEqualTo("7600");
  }

  /** The page refreshes itself (htmx) while the import runs; wait until the element shows. */
  private WebElement waitFor(By selector) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<WebElement> found = browser.findElements(selector);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("never appeared: " + selector);
  }
}
