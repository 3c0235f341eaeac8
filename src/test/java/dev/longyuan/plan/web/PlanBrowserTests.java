package dev.longyuan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees of the plan browser in a real headless Chromium. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanBrowserTests {

  @LocalServerPort int port;

  private ChromeDriver browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start();
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
  void theIndicatorTableShowsTheCorrectedGrowthTargetWithTheMisprintStruckThrough() {
    open("/plans/gansu-13fyp-industry/indicators?lang=zh_CN");

    WebElement row = browser.findElement(By.id("i-I01"));
    WebElement printed = row.findElement(By.cssSelector("del.printed"));
    assertThat(row.findElements(By.cssSelector("td.num")).get(2).getText()).startsWith("7.5");
    assertThat(printed.getText()).isEqualTo("47.5");
    assertThat(printed.getCssValue("text-decoration-line")).isEqualTo("line-through");
    assertThat(printed.getAttribute("title")).contains("7.5%");
  }

  @Test
  void followingATargetToItsSentenceShowsTheSentenceMarkedOnScreen() {
    open("/plans/gansu-13fyp-industry/targets?lang=zh_CN");

    browser.findElement(By.cssSelector("tr[id='t-T-5.3.2-01'] a")).click();

    WebElement mark = HeadlessChromium.waitFor(browser, By.cssSelector("p#quote mark"));
    assertThat(mark.getText()).isEqualTo("煤炭行业逐步退出1000万吨产能");
    assertThat(mark.isDisplayed()).isTrue();
    Number top =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].getBoundingClientRect().top", mark);
    assertThat(top.doubleValue())
        .as("the marked sentence is scrolled into view")
        .isBetween(0.0, 900.0);
  }

  @Test
  void theEnglishSwitchTranslatesTheLabelsAndKeepsTheChineseNamesBeside() {
    open("/plans/gansu-13fyp-industry/sectors?lang=zh_CN");
    browser.findElement(By.linkText("English")).click();

    assertThat(HeadlessChromium.waitFor(browser, By.xpath("//h1[text()='Sectors']")).getText())
        .isEqualTo("Sectors");
    assertThat(browser.findElement(By.tagName("tbody")).getText())
        .contains("Building materials")
        .contains("建材工业");
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }
}
