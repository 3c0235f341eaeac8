package dev.longyuan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.longyuan.HeadlessChromium;
import dev.longyuan.PlatformTest;
import dev.longyuan.TestUsers;
import dev.longyuan.shared.DataScope;
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

/** What a province administrator sees of the projects pages in a real headless Chromium. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectBrowserTests {

  @LocalServerPort int port;

  @Autowired Projects projects;

  @Autowired JdbcClient jdbc;

  private ChromeDriver browser;

  @BeforeAll
  void aProjectInYongjingCounty() throws Exception {
    browser = HeadlessChromium.start();
    Drafts.deleteProjects(jdbc, "BR-");
    DataScope province = DataScope.everything(true);
    projects.create(
        Drafts.project(
            "BR-1",
            "622923",
            "biomedicine",
            "building",
            6000,
            "2018-01-01",
            "2020-12-31",
            2018,
            2000,
            2019,
            2000,
            2020,
            2000),
        province,
        "test");
    projects.fileReport("BR-1", Drafts.report("2019-02", 900), province, "test");
    projects.addMilestone(
        "BR-1",
        new MilestoneDraft("主体工程完工", LocalDate.parse("2019-06-30"), null),
        province,
        "test");
    projects.addMilestone(
        "BR-1",
        new MilestoneDraft("开工建设", LocalDate.parse("2018-01-31"), LocalDate.parse("2018-02-10")),
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
  void theListShowsTheProjectTheTotalsAndTheMap() throws Exception {
    browser.get("http://localhost:" + port + "/projects?region=622900");
    HeadlessChromium.waitFor(browser, By.cssSelector("#cities-map[data-rendered='true']"));
    assertThat(browser.findElement(By.id("project-BR-1")).getText())
        .contains("BR-1", "在建", "6,000.00");
    assertThat(browser.findElement(By.cssSelector("#city-622900")).getText()).contains("临夏回族自治州");
    HeadlessChromium.screenshot(browser, "projects-list");
  }

  @Test
  void theProjectPageChartsItsYearsAndMarksTheOverdueMilestone() throws Exception {
    browser.get("http://localhost:" + port + "/projects/BR-1");
    HeadlessChromium.waitFor(browser, By.cssSelector("#investment-chart[data-rendered='true']"));
    assertThat(browser.findElement(By.id("year-2019")).getText()).contains("2,000.00", "900.00");
    assertThat(browser.findElements(By.cssSelector("#milestones tr.overdue"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#milestones tr.overdue")).getText())
        .contains("主体工程完工", "逾期");
    assertThat(browser.findElements(By.cssSelector("#file-report"))).hasSize(1);
    HeadlessChromium.screenshot(browser, "project-page");
  }
}
